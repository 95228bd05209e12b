import type { GitHubApi, ReactionContent } from '../../ports';
import type { Reporter } from '../../ports';
import { PacedEditor, progressIntervalMs } from '../../report/pace';
import { renderStatusComment, statusMarker } from '../../report/status-comment';
import type { Phase, RunReport, RunStatus } from '../../report/types';

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
 *
 * Edits are paced (PacedEditor): a new phase goes out at once; while the script runs, what changes (its
 * progress, the time it has run, the last lines of its log) goes out at most once per `progress-interval`,
 * never as an unchanged body; a rate-limit answer delays the next edit; the final state is always written.
 */
export class IssueReporter implements Reporter {
  private commentId?: number;
  private lastBody?: string;
  private accepted = false;
  private commentUrl?: string;
  private editor?: PacedEditor;
  private phase?: Phase;

  constructor(
    private readonly api: GitHubApi,
    private readonly issue: number,
    private readonly mask: (text: string) => string,
    private readonly warn: Warn,
    private readonly options: {
      commentId?: number;
      statusLabels: boolean;
      /** Seconds between two progress edits (default 15, at least 5). */
      progressIntervalSeconds?: number;
      /** Told when GitHub's rate limit delays the edits. */
      notice?: (message: string) => void;
    },
  ) {}

  /** The status comment, once it exists. */
  get url(): string | undefined {
    return this.commentUrl;
  }

  async update(report: RunReport): Promise<void> {
    const body = renderStatusComment(report, this.mask);
    const newPhase = report.phase !== this.phase;
    this.phase = report.phase;
    if (this.commentId === undefined || !this.editor) {
      // Not created yet (or the create failed): tried again on the next phase, not on every progress line.
      if (body !== this.lastBody && (newPhase || report.phase === 'done')) {
        await this.attempt('update the status comment', async () => {
          // A create that may have happened is looked up by the marker, never repeated blindly.
          const comment = await this.api.createComment(this.issue, body, statusMarker(report.job));
          this.commentId = comment.id;
          this.commentUrl = comment.htmlUrl;
          this.lastBody = body;
          this.editor = this.pacedEditor(comment.id);
          this.editor.created(body);
        });
      }
    } else if (report.phase === 'done') {
      await this.editor.finish(body);
    } else if (newPhase) {
      await this.editor.now(body);
    } else {
      this.editor.update(body);
    }
    if (report.phase === 'done') await this.finish(report);
  }

  private pacedEditor(commentId: number): PacedEditor {
    return new PacedEditor({
      intervalMs: progressIntervalMs(this.options.progressIntervalSeconds),
      send: async (text) => {
        await this.api.updateComment(commentId, text);
        this.lastBody = text;
      },
      onError: (error) =>
        this.warn(`Could not update the status comment on issue #${this.issue}: ${(error as Error).message}`),
      onRateLimit: (waitMs) =>
        (this.options.notice ?? this.warn)(
          `GitHub's rate limit holds back the status comment of issue #${this.issue} for ${Math.ceil(waitMs / 1000)} s; the run goes on.`,
        ),
    });
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
