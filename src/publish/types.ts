/** What publishing a write script's changes is made of. */

export interface PullRequestLink {
  url: string;
  number: number;
  /** opened: new; updated: the same open pull request got the new commit. */
  action: 'opened' | 'updated';
  repository: string;
}

/** A changed path's kind, from git's name-status letter, in words. */
export const CHANGE_KIND_WORDS: Readonly<Record<string, string>> = {
  A: 'added',
  M: 'modified',
  D: 'deleted',
  R: 'renamed',
  C: 'copied',
  T: 'type changed',
};

/** `3 added, 1 deleted`: the counts of a change summary that are not zero. */
export function changeKinds(changes: ChangeSummary, count: (n: number) => string): string {
  return (
    [
      ['added', changes.added],
      ['modified', changes.modified],
      ['deleted', changes.deleted],
      ['renamed', changes.renamed],
    ] as const
  )
    .filter(([, n]) => n > 0)
    .map(([kind, n]) => `${count(n)} ${kind}`)
    .join(', ');
}

export interface ChangeSummary {
  /** Number of changed paths. */
  count: number;
  added: number;
  modified: number;
  deleted: number;
  renamed: number;
  /** The first few paths with their kind (A, M, D, R, T), for display. */
  files: { status: string; path: string }[];
}
