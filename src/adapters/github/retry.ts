/**
 * When a failed GitHub API call may be tried again, and after how long. Pure, so it is tested on its own.
 *
 * - Rate limits (429, or 403 with `retry-after` / an exhausted `x-ratelimit-remaining` / a "secondary rate
 *   limit" message): the request was not processed, so any method is retried after the time GitHub asks.
 * - Server errors (5xx) and dropped connections: retried with backoff, but only for requests that are safe
 *   to repeat. A create (a new comment, a new pull request) may have happened; its caller recovers instead.
 */
export interface FailedCall {
  method: string;
  url: string;
  status?: number;
  headers: Record<string, string | undefined>;
  message: string;
}

export interface RetryPolicy {
  /** Retries after a server error or dropped connection. */
  serverRetries: number;
  /** Base of the exponential backoff, in ms. */
  baseDelayMs: number;
  /** Retries after a rate limit. */
  rateLimitRetries: number;
  /** The longest wait for a rate limit, in ms; past it the call fails. */
  maxRateLimitWaitMs: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  serverRetries: 3,
  baseDelayMs: 1000,
  rateLimitRetries: 3,
  maxRateLimitWaitMs: 120_000,
};

/** POSTs that create something new: repeating one after a lost answer could create it twice. */
/** Matched on the path or on octokit's route template (`/issues/{issue_number}/comments`). */
const CREATES = [/\/issues\/[^/]+\/comments$/, /\/pulls$/, /\/issues$/];

export function isSafeToRepeat(method: string, url: string): boolean {
  if (method.toUpperCase() !== 'POST') return true;
  const pathOnly = url.split('?')[0];
  return !CREATES.some((re) => re.test(pathOnly));
}

export function isRateLimited(call: FailedCall): boolean {
  if (call.status === 429) return true;
  if (call.status !== 403) return false;
  return (
    call.headers['retry-after'] !== undefined ||
    call.headers['x-ratelimit-remaining'] === '0' ||
    /rate limit/i.test(call.message)
  );
}

/** Milliseconds to wait before trying again, or undefined when the call must not be retried. */
export function retryDelay(
  call: FailedCall,
  attempt: number,
  policy: RetryPolicy = DEFAULT_RETRY_POLICY,
  now: number = Date.now(),
): number | undefined {
  if (isRateLimited(call)) {
    if (attempt >= policy.rateLimitRetries) return undefined;
    const after = Number(call.headers['retry-after']);
    let wait = Number.isFinite(after) && after >= 0 ? after * 1000 : undefined;
    const reset = Number(call.headers['x-ratelimit-reset']);
    if (wait === undefined && call.headers['x-ratelimit-remaining'] === '0' && Number.isFinite(reset)) {
      wait = Math.max(0, reset * 1000 - now);
    }
    // A secondary rate limit without a hint: GitHub asks for at least a minute; start smaller and grow.
    wait ??= policy.baseDelayMs * 2 ** (attempt + 2);
    return wait <= policy.maxRateLimitWaitMs ? wait : undefined;
  }
  const serverSide = call.status === undefined || call.status >= 500;
  if (!serverSide || !isSafeToRepeat(call.method, call.url)) return undefined;
  if (attempt >= policy.serverRetries) return undefined;
  return policy.baseDelayMs * 2 ** attempt;
}
