import type { GitHubApi, ReactionContent } from '../../ports';
import type { Reporter } from '../../ports';
import { renderStatusComment, statusMarker } from '../../report/status-comment';
import type { RunReport, RunStatus } from '../../report/types';

type Warn = (message: string) => void;

const LABELS: Partial<Record<RunStatus, string>> = {
  succeeded: 'script:succeeded',
  failed: 'script:failed',
  'timed-out': 'script:failed',
  cancelled: 'script:failed',
};

/**
 * Keeps one status comment on the issue up to date (created once, found again by its hidden marker, edited
 * in place), with the reactions and the optional status labels. A failing API call is reported as a
 * warning and never stops the run.
 */
export class IssueReporter implements Reporter {
  private commentId?: number;
  private lastBody?: string;
  private accepted = false;
  private commentUrl?: string;

  constructor(
    private readonly api: GitHubApi,
    private readonly issue: number,
    private readonly mask: (text: string) => string,
    private readonly warn: Warn,
    private readonly options: { commentId?: number; statusLabels: boolean },
  ) {}

  /** The status comment, once it exists. */
  get url(): string | undefined {
    return this.commentUrl;
  }

  async update(report: RunReport): Promise<void> {
    const body = renderStatusComment(report, this.mask);
    if (body !== this.lastBody) {
      await this.attempt('update the status comment', async () => {
        if (this.commentId === undefined) {
          // A create that may have happened is looked up by the marker, never repeated blindly.
          const comment = await this.api.createComment(this.issue, body, statusMarker(report.job));
          this.commentId = comment.id;
          this.commentUrl = comment.htmlUrl;
        } else {
          await this.api.updateComment(this.commentId, body);
        }
        this.lastBody = body;
      });
    }
    if (report.phase === 'done') await this.finish(report);
  }

  /** 👀 and the running label, once the request is accepted. */
  async accept(): Promise<void> {
    if (this.accepted) return;
    this.accepted = true;
    await this.react('eyes');
    if (this.options.statusLabels) {
      await this.attempt('label the issue', async () => {
        await this.api.removeLabel(this.issue, 'script:succeeded');
        await this.api.removeLabel(this.issue, 'script:failed');
        await this.api.addLabels(this.issue, ['script:running']);
      });
    }
  }

  private async finish(report: RunReport): Promise<void> {
    await this.react(report.status === 'succeeded' ? 'rocket' : 'confused');
    const label = report.status ? LABELS[report.status] : undefined;
    if (this.options.statusLabels && this.accepted && label) {
      await this.attempt('label the issue', async () => {
        await this.api.removeLabel(this.issue, 'script:running');
        await this.api.addLabels(this.issue, [label]);
      });
    }
  }

  private async react(content: ReactionContent): Promise<void> {
    await this.attempt(`add the ${content} reaction`, async () => {
      if (this.options.commentId) await this.api.addCommentReaction(this.options.commentId, content);
      else await this.api.addIssueReaction(this.issue, content);
    });
  }

  private async attempt(what: string, action: () => Promise<void>): Promise<void> {
    try {
      await action();
    } catch (error) {
      this.warn(`Could not ${what} on issue #${this.issue}: ${(error as Error).message}`);
    }
  }
}
