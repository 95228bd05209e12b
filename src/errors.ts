/**
 * Errors a user can cause. Each carries messages written for the person who made the mistake:
 * what was wrong and how to fix it. A stack trace is never the message.
 */

/** One thing wrong with what a user gave, and how to fix it. */
export interface Problem {
  /** What was wrong, in the user's words ("Argument `count` must be a number, got `abc`."). */
  message: string;
  /** How to fix it ("Give a whole number between 1 and 10."). */
  fix?: string;
  /** The argument or field it is about, when there is one. */
  field?: string;
}

/** Where in a file a problem is. Lines and columns start at 1. */
export interface Position {
  file: string;
  line: number;
  column: number;
}

export interface ManifestProblem extends Problem {
  position: Position;
}

/** Base of every error a user can cause; the pipeline reports these as `rejected`. */
export class UserError extends Error {
  readonly problems: Problem[];
  constructor(summary: string, problems: Problem[] = []) {
    super(summary);
    this.name = 'UserError';
    this.problems = problems;
  }
}

/** The manifest is missing, not YAML, or fails the schema or the semantic checks. All problems at once. */
export class ManifestError extends UserError {
  override readonly problems: ManifestProblem[];
  constructor(problems: ManifestProblem[]) {
    super(
      `The manifest has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n` +
        problems
          .map((p) => `${p.position.file}:${p.position.line}:${p.position.column}: ${p.message}`)
          .join('\n'),
      problems,
    );
    this.name = 'ManifestError';
    this.problems = problems;
  }
}

/** The request names something that does not exist, or its arguments are wrong. */
export class RequestError extends UserError {
  constructor(summary: string, problems: Problem[] = []) {
    super(summary, problems);
    this.name = 'RequestError';
  }
}

/** Formats a list of problems as plain text lines. */
export function formatProblems(problems: Problem[]): string {
  return problems.map((p) => `- ${p.message}${p.fix ? ` ${p.fix}` : ''}`).join('\n');
}
