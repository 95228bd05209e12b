/** Reaching a job's content repository: the checkout, and git's words for "no access" in the user's. */
import type { Job, ResolvedTarget } from '../plan/job';
import type { Checkout } from '../ports';
import { isInside } from '../shared/paths';
import { checkoutTarget, cloneUrlFor } from './checkout';
import { Git, GitError } from './git';

/** How the content repositories are reached. */
export interface ContentAccess {
  token: string;
  serverUrl: string;
}

export function needTarget(job: Job): ResolvedTarget {
  if (!job.target) throw new Error(`\`${job.script.name}\` has no content repository`);
  return job.target;
}

/** Output directories inside the checkout are never committed. */
export function excluded(job: Job, dir: string): string[] {
  return isInside(dir, job.outputDir) ? [job.outputDir] : [];
}

/** Actions: a depth-1 fetch of the target's ref into its path, authenticated with the content token. */
export async function checkoutForAction(job: Job, access: ContentAccess): Promise<Checkout> {
  const target = needTarget(job);
  const git = await Git.create({ cwd: job.cwd, token: access.token, serverUrl: access.serverUrl });
  try {
    return await checkoutTarget(git, {
      url: cloneUrlFor(target, access.serverUrl),
      ref: target.ref,
      dest: target.absolutePath,
    });
  } catch (error) {
    throw explainGitFailure(error, target.repository, 'read');
  }
}

const DENIED =
  /could not read Username|Authentication failed|returned error: 40[13]|HTTP 40[13]|Permission to .* denied|403 Forbidden/i;
const MISSING = /Repository not found|not found|returned error: 404|does not appear to be a git repository/i;

/** Turns git's words for "no access" into what the user can do about it. */
export function explainGitFailure(error: unknown, repository: string, access: 'read' | 'write'): Error {
  if (!(error instanceof GitError)) return error as Error;
  const text = `${error.message}\n${error.stderr}`;
  const need =
    access === 'read'
      ? `read access to \`${repository}\` (Contents: read)`
      : `write access to \`${repository}\` (Contents: write, Pull requests: write)`;
  if (DENIED.test(text)) {
    return new Error(
      `the content token was refused by \`${repository}\`: it needs ${need}. Set the \`content-token\` input to ` +
        'a GitHub App installation token or a fine-grained token with that access.',
    );
  }
  if (MISSING.test(text)) {
    return new Error(
      `\`${repository}\` was not found, or the content token cannot see it: check \`repository\` in the manifest ` +
        `and that the \`content-token\` has ${need}.`,
    );
  }
  return error;
}
