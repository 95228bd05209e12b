import type { RepoRef } from '../ports';

/** `owner/name` as a RepoRef. */
export function parseRepo(full: string): RepoRef {
  const [owner, repo] = full.split('/');
  return { owner, repo };
}
