import { describe, expect, it } from 'vitest';
import {
  backoffMs,
  isIdempotent,
  retryHintMs,
  shouldRetryConnectionFailure,
  shouldRetryResponse,
  wasRefusedBeforeSending,
} from '../src/internal/retry-policy.js';

const headers = (init: Record<string, string> = {}) => new Headers(init);

describe('backoff', () => {
  it('starts at 0.5 s, doubles, and is capped at 8 s', () => {
    expect([0, 1, 2, 3, 4, 5, 9].map((retry) => backoffMs(retry, 0))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
  });

  it('has up to a quarter of jitter, never more', () => {
    expect(backoffMs(0, 1)).toBe(375);
    for (let index = 0; index < 100; index++) {
      const delay = backoffMs(2);
      expect(delay).toBeGreaterThanOrEqual(1500);
      expect(delay).toBeLessThanOrEqual(2000);
    }
  });
});

describe('server hints', () => {
  const now = Date.parse('2026-12-03T12:00:00Z');

  it('prefers retry-after-ms, then Retry-After seconds, then an HTTP date', () => {
    expect(retryHintMs(headers({ 'retry-after-ms': '250', 'retry-after': '9' }), now)).toBe(250);
    expect(retryHintMs(headers({ 'retry-after': '2' }), now)).toBe(2000);
    expect(retryHintMs(headers({ 'retry-after': '0' }), now)).toBe(0);
    expect(retryHintMs(headers({ 'retry-after': 'Thu, 03 Dec 2026 12:00:03 GMT' }), now)).toBe(3000);
    expect(retryHintMs(headers({ 'retry-after': 'Thu, 03 Dec 2026 11:00:00 GMT' }), now)).toBe(0);
  });

  it('ignores hints it cannot read', () => {
    expect(retryHintMs(headers(), now)).toBeUndefined();
    expect(retryHintMs(headers({ 'retry-after': 'soon' }), now)).toBeUndefined();
    expect(retryHintMs(headers({ 'retry-after': '-5' }), now)).toBeUndefined();
    expect(retryHintMs(headers({ 'retry-after-ms': 'x', 'retry-after': '1' }), now)).toBe(1000);
  });
});

describe('which responses are retried', () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 599])('idempotent: %i is retried', (status) => {
    expect(shouldRetryResponse(status, headers(), true)).toBe(true);
  });

  it.each([400, 401, 403, 404, 410, 422])('idempotent: %i is not', (status) => {
    expect(shouldRetryResponse(status, headers(), true)).toBe(false);
  });

  it('non-idempotent: only 429, and 503 with a hint, since the server cannot have acted', () => {
    expect(shouldRetryResponse(429, headers(), false)).toBe(true);
    expect(shouldRetryResponse(503, headers({ 'retry-after': '1' }), false)).toBe(true);
    expect(shouldRetryResponse(503, headers({ 'retry-after-ms': '10' }), false)).toBe(true);
    for (const status of [408, 409, 500, 502, 503, 504])
      expect(shouldRetryResponse(status, headers(), false)).toBe(false);
  });

  it('x-should-retry overrides the rules both ways for idempotent requests', () => {
    expect(shouldRetryResponse(500, headers({ 'x-should-retry': 'false' }), true)).toBe(false);
    expect(shouldRetryResponse(400, headers({ 'x-should-retry': 'true' }), true)).toBe(true);
  });

  it('x-should-retry can stop a non-idempotent retry, never start one', () => {
    expect(shouldRetryResponse(500, headers({ 'x-should-retry': 'true' }), false)).toBe(false);
    expect(shouldRetryResponse(429, headers({ 'x-should-retry': 'false' }), false)).toBe(false);
    expect(shouldRetryResponse(429, headers({ 'x-should-retry': 'true' }), false)).toBe(true);
  });

  it('POST and PATCH are idempotent only with an Idempotency-Key', () => {
    expect(isIdempotent('GET', {})).toBe(true);
    expect(isIdempotent('DELETE', {})).toBe(true);
    expect(isIdempotent('POST', {})).toBe(false);
    expect(isIdempotent('PATCH', {})).toBe(false);
    expect(isIdempotent('POST', { 'idempotency-key': 'k' })).toBe(true);
  });
});

describe('connection failures', () => {
  const fetchFailed = (cause: unknown) => new TypeError('fetch failed', { cause });
  const withCode = (code: string) => Object.assign(new Error(code), { code });

  it('recognises a refusal before sending in the cause chain', () => {
    expect(wasRefusedBeforeSending(fetchFailed(withCode('ECONNREFUSED')))).toBe(true);
    expect(wasRefusedBeforeSending(fetchFailed(withCode('ENOTFOUND')))).toBe(true);
    expect(
      wasRefusedBeforeSending(fetchFailed(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]))),
    ).toBe(true);
  });

  it('treats a reset, a closed socket or an unknown failure as possibly sent', () => {
    expect(wasRefusedBeforeSending(fetchFailed(withCode('ECONNRESET')))).toBe(false);
    expect(wasRefusedBeforeSending(fetchFailed(withCode('UND_ERR_SOCKET')))).toBe(false);
    expect(wasRefusedBeforeSending(new TypeError('Failed to fetch'))).toBe(false);
    expect(
      wasRefusedBeforeSending(fetchFailed(new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNRESET')]))),
    ).toBe(false);
  });

  it('retries a refusal for any method, other failures only when idempotent', () => {
    expect(shouldRetryConnectionFailure('refused', false)).toBe(true);
    expect(shouldRetryConnectionFailure('timeout', false)).toBe(false);
    expect(shouldRetryConnectionFailure('other', false)).toBe(false);
    expect(shouldRetryConnectionFailure('timeout', true)).toBe(true);
    expect(shouldRetryConnectionFailure('other', true)).toBe(true);
  });
});
