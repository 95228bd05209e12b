import {
  DEFAULT_RETRY_POLICY,
  isRateLimited,
  isSafeToRepeat,
  retryDelay,
  type FailedCall,
  type RetryPolicy,
} from '../../src/adapters/github/retry';

const POLICY: RetryPolicy = {
  serverRetries: 3,
  baseDelayMs: 100,
  rateLimitRetries: 2,
  maxRateLimitWaitMs: 60_000,
};
const NOW = Date.UTC(2024, 0, 1, 12, 0, 0);

function call(more: Partial<FailedCall> = {}): FailedCall {
  return {
    method: 'GET',
    url: '/repos/o/r/issues/5',
    status: 502,
    headers: {},
    message: 'Bad Gateway',
    ...more,
  };
}

describe('server errors', () => {
  test.each(['GET', 'PATCH', 'PUT', 'DELETE', 'get', 'patch'])(
    '%s 5xx is retried with exponential backoff, up to the cap',
    (method) => {
      const failed = call({ method, url: '/repos/o/r/issues/comments/77', status: 503 });
      expect([0, 1, 2, 3].map((attempt) => retryDelay(failed, attempt, POLICY, NOW))).toEqual([
        100,
        200,
        400,
        undefined,
      ]);
    },
  );

  test.each([500, 502, 503, 504])('status %i is retried', (status) => {
    expect(retryDelay(call({ status }), 0, POLICY, NOW)).toBe(100);
  });

  test('a dropped connection (no status) is retried like a 5xx', () => {
    expect(retryDelay(call({ status: undefined, message: 'ECONNRESET' }), 1, POLICY, NOW)).toBe(200);
  });

  test('the default policy', () => {
    const failed = call();
    expect(retryDelay(failed, 0, DEFAULT_RETRY_POLICY, NOW)).toBe(1000);
    expect(retryDelay(failed, 2, DEFAULT_RETRY_POLICY, NOW)).toBe(4000);
    expect(retryDelay(failed, DEFAULT_RETRY_POLICY.serverRetries, DEFAULT_RETRY_POLICY, NOW)).toBeUndefined();
  });

  test.each([
    '/repos/o/r/issues/5/comments',
    '/repos/{owner}/{repo}/issues/{issue_number}/comments',
    'https://api.github.com/repos/o/r/issues/5/comments',
    '/repos/o/r/pulls',
    '/repos/{owner}/{repo}/pulls',
    '/repos/o/r/issues',
    '/repos/{owner}/{repo}/issues',
    '/repos/o/r/issues/5/comments?per_page=1',
  ])('a POST that creates (%s) is never retried on 5xx', (url) => {
    expect(isSafeToRepeat('POST', url)).toBe(false);
    expect(isSafeToRepeat('post', url)).toBe(false);
    for (const status of [500, 502, 503, undefined]) {
      expect(retryDelay(call({ method: 'POST', url, status }), 0, POLICY, NOW)).toBeUndefined();
    }
  });

  test.each([
    '/repos/o/r/issues/5/reactions',
    '/repos/{owner}/{repo}/issues/{issue_number}/reactions',
    '/repos/o/r/issues/comments/77/reactions',
    '/repos/{owner}/{repo}/issues/comments/{comment_id}/reactions',
    '/repos/o/r/issues/5/labels',
    '/repos/{owner}/{repo}/issues/{issue_number}/labels',
    '/repos/o/r/actions/runs/9/cancel',
  ])('a POST that is safe to repeat (%s) is retried on 5xx', (url) => {
    expect(isSafeToRepeat('POST', url)).toBe(true);
    expect(retryDelay(call({ method: 'POST', url, status: 502 }), 0, POLICY, NOW)).toBe(100);
  });

  test('every other method is safe to repeat, whatever the path', () => {
    for (const method of ['GET', 'PATCH', 'PUT', 'DELETE']) {
      expect(isSafeToRepeat(method, '/repos/o/r/issues/5/comments')).toBe(true);
      expect(isSafeToRepeat(method, '/repos/o/r/pulls')).toBe(true);
    }
  });
});

describe('client errors', () => {
  test.each([
    [400, 'Bad Request'],
    [401, 'Bad credentials'],
    [403, 'Resource not accessible by integration'],
    [404, 'Not Found'],
    [409, 'Conflict'],
    [422, 'Validation Failed'],
  ])('%i is never retried', (status, message) => {
    for (const method of ['GET', 'POST', 'PATCH', 'DELETE']) {
      const failed = call({ method, status, message, url: '/repos/o/r/issues/5/labels' });
      expect(isRateLimited(failed)).toBe(false);
      expect(retryDelay(failed, 0, POLICY, NOW)).toBeUndefined();
    }
  });

  test('a plain 403 with rate limit headers that are not exhausted is not a rate limit', () => {
    const failed = call({
      status: 403,
      message: 'Must have admin rights to Repository.',
      headers: { 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(NOW / 1000 + 60) },
    });
    expect(isRateLimited(failed)).toBe(false);
    expect(retryDelay(failed, 0, POLICY, NOW)).toBeUndefined();
  });
});

describe('rate limits', () => {
  test('429 with retry-after is retried for any method after the time asked', () => {
    for (const method of ['GET', 'POST', 'PATCH']) {
      const failed = call({
        method,
        url: '/repos/o/r/issues/5/comments',
        status: 429,
        headers: { 'retry-after': '7' },
      });
      expect(isRateLimited(failed)).toBe(true);
      expect(retryDelay(failed, 0, POLICY, NOW)).toBe(7000);
    }
  });

  test('403 with retry-after is a secondary rate limit', () => {
    const failed = call({
      method: 'POST',
      url: '/repos/o/r/pulls',
      status: 403,
      headers: { 'retry-after': '30' },
    });
    expect(isRateLimited(failed)).toBe(true);
    expect(retryDelay(failed, 0, POLICY, NOW)).toBe(30_000);
  });

  test('403 with a secondary rate limit message and no hint backs off', () => {
    const failed = call({
      method: 'POST',
      url: '/repos/o/r/issues/5/comments',
      status: 403,
      message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.',
    });
    expect(isRateLimited(failed)).toBe(true);
    const first = retryDelay(failed, 0, POLICY, NOW)!;
    const second = retryDelay(failed, 1, POLICY, NOW)!;
    expect(first).toBeGreaterThan(0);
    expect(second).toBeGreaterThan(first);
    expect(retryDelay(failed, 2, POLICY, NOW)).toBeUndefined();
  });

  test('403 with x-ratelimit-remaining 0 waits until the reset', () => {
    const failed = call({
      status: 403,
      message: 'API rate limit exceeded',
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 42) },
    });
    expect(isRateLimited(failed)).toBe(true);
    expect(retryDelay(failed, 0, POLICY, NOW)).toBe(42_000);
  });

  test('a reset already past means no wait', () => {
    const failed = call({
      status: 429,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 - 5) },
    });
    expect(retryDelay(failed, 0, POLICY, NOW)).toBe(0);
  });

  test('retry-after wins over the reset time', () => {
    const failed = call({
      status: 429,
      headers: {
        'retry-after': '3',
        'x-ratelimit-remaining': '0',
        'x-ratelimit-reset': String(NOW / 1000 + 50),
      },
    });
    expect(retryDelay(failed, 0, POLICY, NOW)).toBe(3000);
  });

  test('a wait longer than the cap is not retried', () => {
    const long = call({ status: 429, headers: { 'retry-after': '61' } });
    expect(retryDelay(long, 0, POLICY, NOW)).toBeUndefined();
    const reset = call({
      status: 403,
      headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(NOW / 1000 + 3600) },
    });
    expect(retryDelay(reset, 0, POLICY, NOW)).toBeUndefined();
    expect(retryDelay(reset, 0, DEFAULT_RETRY_POLICY, NOW)).toBeUndefined();
  });

  test('the number of rate limit retries is capped', () => {
    const failed = call({ status: 429, headers: { 'retry-after': '1' } });
    expect(retryDelay(failed, 0, POLICY, NOW)).toBe(1000);
    expect(retryDelay(failed, 1, POLICY, NOW)).toBe(1000);
    expect(retryDelay(failed, 2, POLICY, NOW)).toBeUndefined();
  });
});
