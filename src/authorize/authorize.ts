import type { GitHubApi } from '../ports';
import { PERMISSIONS, type Permission, type Script } from '../manifest/types';

/** What authorization reads of a script. */
export type Guarded = Pick<Script, 'name' | 'permission' | 'allowUsers' | 'allowTeams'>;

/** May this requester run this script, and why (or why not), in words for the issue. */
export interface Decision {
  allowed: boolean;
  reason: string;
  /** The requester's permission, when it could be read. */
  permission?: Permission;
}

/** What was learned about the requester; gathered by `authorize`, judged by `decide`. */
export interface RequesterFacts {
  login: string;
  permission?: Permission;
  /** Why the permission could not be read (any error means no permission). */
  permissionError?: string;
  /** `org/team` → member or not; a string is why membership could not be read. */
  teams: Record<string, boolean | string>;
}

export function permissionAtLeast(have: Permission, need: Permission): boolean {
  return PERMISSIONS.indexOf(have) >= PERMISSIONS.indexOf(need);
}

/** The pure decision. */
export function decide(script: Guarded, facts: RequesterFacts): Decision {
  const who = `@${facts.login}`;
  if (!facts.permission) {
    return {
      allowed: false,
      reason:
        `${who} needs at least \`${script.permission}\` permission on this repository to run \`${script.name}\`, ` +
        `and their permission could not be read (${facts.permissionError ?? 'unknown error'}), so the request ` +
        'is refused. Ask a maintainer to check that you are a collaborator.',
    };
  }
  if (!permissionAtLeast(facts.permission, script.permission)) {
    return {
      allowed: false,
      permission: facts.permission,
      reason:
        `${who} has \`${facts.permission}\` permission on this repository, but \`${script.name}\` needs at least ` +
        `\`${script.permission}\`. Ask a maintainer to raise your permission, or to run it for you.`,
    };
  }
  const listed = script.allowUsers.length > 0 || script.allowTeams.length > 0;
  if (!listed)
    return { allowed: true, permission: facts.permission, reason: `${who} has ${facts.permission}` };
  if (script.allowUsers.some((u) => u.toLowerCase() === facts.login.toLowerCase())) {
    return { allowed: true, permission: facts.permission, reason: `${who} is in allow-users` };
  }
  const team = script.allowTeams.find((t) => facts.teams[t] === true);
  if (team) return { allowed: true, permission: facts.permission, reason: `${who} is a member of ${team}` };
  const unreadable = script.allowTeams.filter((t) => typeof facts.teams[t] === 'string');
  const lists = [
    script.allowUsers.length ? `users ${script.allowUsers.map((u) => `@${u}`).join(', ')}` : '',
    script.allowTeams.length ? `teams ${script.allowTeams.map((t) => `@${t}`).join(', ')}` : '',
  ].filter(Boolean);
  return {
    allowed: false,
    permission: facts.permission,
    reason:
      `\`${script.name}\` may only be run by ${lists.join(' and ')}, and ${who} is not one of them.` +
      (unreadable.length
        ? ` (Membership of ${unreadable.join(', ')} could not be read: ${unreadable.map((t) => facts.teams[t]).join('; ')}. ` +
          'The token needs `members: read` on the organization.)'
        : ''),
  };
}

/** Gathers the facts with the API (any error means no) and decides. */
export async function authorize(api: GitHubApi, script: Guarded, login: string): Promise<Decision> {
  const facts: RequesterFacts = { login, teams: {} };
  try {
    facts.permission = await api.getPermission(login);
  } catch (error) {
    facts.permissionError = errorText(error);
  }
  const decision = decide(script, facts);
  if (decision.allowed || !facts.permission || script.allowTeams.length === 0) return decision;
  if (!permissionAtLeast(facts.permission, script.permission)) return decision;
  for (const team of script.allowTeams) {
    const [org, slug] = team.split('/');
    try {
      facts.teams[team] = await api.isTeamMember(org, slug, login);
    } catch (error) {
      facts.teams[team] = errorText(error);
    }
    if (facts.teams[team] === true) break;
  }
  return decide(script, facts);
}

function errorText(error: unknown): string {
  const e = error as { status?: number; message?: string };
  return e.status ? `HTTP ${e.status}: ${e.message ?? ''}`.trim() : (e.message ?? String(error));
}
