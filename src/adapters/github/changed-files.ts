/**
 * The changed files of a push, for the action: computed with git in the workflow repository's checkout,
 * fetching what it lacks from that repository on the server with the action's token (an extra header, never
 * stored in the checkout).
 */
import { pushChangedFiles } from '../../workspace/changed-files';
import { Git } from '../../workspace/git';

export function pushChangedFilesIn(
  checkout: string,
  options: { token: string; serverUrl: string; repository: string },
): (payload: Record<string, unknown>) => Promise<string[]> {
  return async (payload) => {
    const git = await Git.create({ cwd: checkout, token: options.token, serverUrl: options.serverUrl });
    const changed = await pushChangedFiles(git, payload, `${options.serverUrl}/${options.repository}`);
    return changed.files;
  };
}
