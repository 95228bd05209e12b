import {
  authorize,
  decide,
  permissionAtLeast,
  type Guarded,
  type RequesterFacts,
} from '../../src/authorize/authorize';
import { PERMISSIONS, type Permission } from '../../src/manifest/types';
import { HttpError, MemoryGitHubApi } from '../support/memory-adapters';

function guarded(more: Partial<Guarded> = {}): Guarded {
  return { name: 'link_checker', permission: 'triage', allowUsers: [], allowTeams: [], ...more };
}

function facts(more: Partial<RequesterFacts> = {}): RequesterFacts {
  return { login: 'alice', teams: {}, ...more };
}

describe('permissionAtLeast', () => {
  const pairs: [Permission, Permission][] = [];
  for (const have of PERMISSIONS) for (const need of PERMISSIONS) pairs.push([have, need]);

  test.each(pairs)('%s against %s', (have, need) => {
    expect(permissionAtLeast(have, need)).toBe(PERMISSIONS.indexOf(have) >= PERMISSIONS.indexOf(need));
  });

  test('the order is read < triage < write < maintain < admin', () => {
    expect(permissionAtLeast('triage', 'read')).toBe(true);
    expect(permissionAtLeast('read', 'triage')).toBe(false);
    expect(permissionAtLeast('write', 'triage')).toBe(true);
    expect(permissionAtLeast('triage', 'write')).toBe(false);
    expect(permissionAtLeast('maintain', 'write')).toBe(true);
    expect(permissionAtLeast('write', 'maintain')).toBe(false);
    expect(permissionAtLeast('admin', 'maintain')).toBe(true);
    expect(permissionAtLeast('maintain', 'admin')).toBe(false);
  });
});

describe('decide', () => {
  const pairs: [Permission, Permission][] = [];
  for (const have of PERMISSIONS) for (const need of PERMISSIONS) pairs.push([have, need]);

  test.each(pairs)('having %s, needing %s', (have, need) => {
    const decision = decide(guarded({ permission: need }), facts({ permission: have }));
    const enough = PERMISSIONS.indexOf(have) >= PERMISSIONS.indexOf(need);
    expect(decision.allowed).toBe(enough);
    expect(decision.permission).toBe(have);
    if (!enough) {
      expect(decision.reason).toContain('@alice');
      expect(decision.reason).toContain(`\`${have}\``);
      expect(decision.reason).toContain(`\`${need}\``);
      expect(decision.reason).toContain('link_checker');
    }
  });

  test('a permission that could not be read is refused, naming the need and the error', () => {
    const decision = decide(
      guarded({ permission: 'write' }),
      facts({ permissionError: 'HTTP 404: Not Found' }),
    );
    expect(decision.allowed).toBe(false);
    expect(decision.permission).toBeUndefined();
    expect(decision.reason).toContain('`write`');
    expect(decision.reason).toContain('HTTP 404: Not Found');
    expect(decision.reason).toContain('@alice');
  });

  test('allow-users is case-insensitive', () => {
    const script = guarded({ allowUsers: ['Bob', 'ALICE'] });
    expect(decide(script, facts({ permission: 'triage' })).allowed).toBe(true);
    expect(decide(script, facts({ login: 'carol', permission: 'admin' })).allowed).toBe(false);
  });

  test('allow-users does not lower the permission needed', () => {
    const decision = decide(
      guarded({ permission: 'write', allowUsers: ['alice'] }),
      facts({ permission: 'read' }),
    );
    expect(decision.allowed).toBe(false);
  });

  test('allow-teams: a member is allowed', () => {
    const decision = decide(
      guarded({ allowTeams: ['org/editors', 'org/admins'] }),
      facts({ permission: 'write', teams: { 'org/editors': false, 'org/admins': true } }),
    );
    expect(decision).toMatchObject({ allowed: true, permission: 'write' });
    expect(decision.reason).toContain('org/admins');
  });

  test('not listed: refused, naming the users and teams', () => {
    const decision = decide(
      guarded({ allowUsers: ['bob'], allowTeams: ['org/editors'] }),
      facts({ permission: 'admin', teams: { 'org/editors': false } }),
    );
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('@bob');
    expect(decision.reason).toContain('@org/editors');
    expect(decision.reason).toContain('@alice');
    expect(decision.reason).not.toContain('members: read');
  });

  test('a membership that could not be read explains `members: read`', () => {
    const decision = decide(
      guarded({ allowTeams: ['org/editors'] }),
      facts({ permission: 'write', teams: { 'org/editors': 'HTTP 403: Resource not accessible' } }),
    );
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('org/editors');
    expect(decision.reason).toContain('HTTP 403: Resource not accessible');
    expect(decision.reason).toContain('`members: read`');
  });
});

describe('authorize', () => {
  test.each(PERMISSIONS.map((p) => [p]))('with %s permission against triage', async (have) => {
    const api = new MemoryGitHubApi({ alice: have });
    const decision = await authorize(api, guarded(), 'alice');
    expect(decision.allowed).toBe(permissionAtLeast(have, 'triage'));
    expect(decision.permission).toBe(have);
    expect(api.callsOf('getPermission')).toEqual([['alice']]);
  });

  test('a permission API error means no permission, and says why', async () => {
    const api = new MemoryGitHubApi({ alice: new HttpError(502, 'Bad Gateway') });
    const decision = await authorize(api, guarded({ permission: 'write' }), 'alice');
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('`write`');
    expect(decision.reason).toContain('HTTP 502: Bad Gateway');
  });

  test('an error without a status is named by its message', async () => {
    const api = new MemoryGitHubApi({ alice: new Error('socket hang up') });
    const decision = await authorize(api, guarded(), 'alice');
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('socket hang up');
  });

  test('a user who is not a collaborator is refused', async () => {
    const decision = await authorize(new MemoryGitHubApi(), guarded({ permission: 'read' }), 'stranger');
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('HTTP 404');
  });

  test('allow-users (case-insensitive): no team lookups needed', async () => {
    const api = new MemoryGitHubApi({ Alice: 'write' });
    const decision = await authorize(api, guarded({ allowUsers: ['ALICE'], allowTeams: ['org/x'] }), 'alice');
    expect(decision.allowed).toBe(true);
    expect(api.callsOf('isTeamMember')).toEqual([]);
  });

  test('allow-teams: a member is allowed', async () => {
    const api = new MemoryGitHubApi({ alice: 'triage' })
      .setTeam('org/other', ['zed'])
      .setTeam('org/editors', ['Alice']);
    const decision = await authorize(api, guarded({ allowTeams: ['org/other', 'org/editors'] }), 'alice');
    expect(decision.allowed).toBe(true);
    expect(decision.reason).toContain('org/editors');
    expect(api.callsOf('isTeamMember')).toEqual([
      ['org', 'other', 'alice'],
      ['org', 'editors', 'alice'],
    ]);
  });

  test('allow-teams: stops at the first team the requester is in', async () => {
    const api = new MemoryGitHubApi({ alice: 'triage' })
      .setTeam('org/first', ['alice'])
      .setTeam('org/second', ['alice']);
    await authorize(api, guarded({ allowTeams: ['org/first', 'org/second'] }), 'alice');
    expect(api.callsOf('isTeamMember')).toEqual([['org', 'first', 'alice']]);
  });

  test('allow-teams: not a member is refused, listing users and teams', async () => {
    const api = new MemoryGitHubApi({ alice: 'admin' }).setTeam('org/editors', ['bob']);
    const decision = await authorize(
      api,
      guarded({ allowUsers: ['carol'], allowTeams: ['org/editors'] }),
      'alice',
    );
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('@carol');
    expect(decision.reason).toContain('@org/editors');
  });

  test('a membership that cannot be read is refused, explaining `members: read`', async () => {
    const api = new MemoryGitHubApi({ alice: 'write' }).setTeam(
      'org/editors',
      new HttpError(403, 'Resource not accessible by integration'),
    );
    const decision = await authorize(api, guarded({ allowTeams: ['org/editors'] }), 'alice');
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('HTTP 403: Resource not accessible by integration');
    expect(decision.reason).toContain('`members: read`');
  });

  test('no team lookups when the permission is already too low', async () => {
    const api = new MemoryGitHubApi({ alice: 'read' }).setTeam('org/editors', ['alice']);
    const decision = await authorize(
      api,
      guarded({ permission: 'write', allowTeams: ['org/editors'] }),
      'alice',
    );
    expect(decision.allowed).toBe(false);
    expect(decision.reason).toContain('`read`');
    expect(api.callsOf('isTeamMember')).toEqual([]);
  });

  test('no team lookups when the permission cannot be read', async () => {
    const api = new MemoryGitHubApi({ alice: new HttpError(500, 'boom') }).setTeam('org/editors', ['alice']);
    const decision = await authorize(api, guarded({ allowTeams: ['org/editors'] }), 'alice');
    expect(decision.allowed).toBe(false);
    expect(api.callsOf('isTeamMember')).toEqual([]);
  });
});
