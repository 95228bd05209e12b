import type { GitHubApi, Reporter, ReporterFactory } from '../../ports';
import { IssueReporter } from './issue-reporter';

/** Reports nowhere: runs that belong to no issue (their report is the job summary and the outputs). */
const NOWHERE: Reporter = { accept: async () => undefined, update: async () => undefined };

/** The action's reporters: the status comment of the request's issue, when it has one. */
export function issueReporters(
  api: GitHubApi,
  mask: (text: string) => string,
  warn: (message: string) => void,
  notice?: (message: string) => void,
): ReporterFactory {
  return ({ issue, commentId, statusLabels, progressIntervalSeconds }) =>
    issue
      ? new IssueReporter(api, issue, mask, warn, {
          commentId,
          statusLabels,
          progressIntervalSeconds,
          notice,
        })
      : NOWHERE;
}
