/** A typed Script with the manifest's defaults, for tests that build manifests by hand. */
import { DEFAULT_COMMIT_AUTHOR, type Script } from '../../src/manifest/types';

export function scriptOf(name: string, extra: Partial<Script> = {}): Script {
  return {
    name,
    title: name,
    description: '',
    command: ['python3', `${name}.py`],
    mode: 'read',
    targets: [],
    args: [],
    outputs: { expect: [] },
    pullRequest: { title: name, labels: [], draft: false },
    timeoutMinutes: 30,
    retries: 0,
    env: {},
    permission: 'triage',
    allowUsers: [],
    allowTeams: [],
    workingDirectory: '.',
    passArgs: 'flags',
    commitAuthor: DEFAULT_COMMIT_AUTHOR,
    ...extra,
  };
}
