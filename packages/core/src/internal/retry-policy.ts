/**
 * When to retry and how long to wait: pure functions, so that the policy can be read in one place
 * and tested without a network.
 *
 * Idempotent requests (GET, HEAD, OPTIONS, PUT, DELETE, or any request with an `Idempotency-Key`)
 * are retried after a connection error, 408, 409, 429 or any status of 500 and above. Other
 * requests, creating and cancelling a run among them, are retried only when the server cannot
 * have acted on them: the connection was refused before anything was sent, a 429, or a 503 that
 * says when to come back. `x-should-retry: false` from the server turns any retry off, and
 * `x-should-retry: true` turns one on for idempotent requests only: a header cannot prove that a
 * failed create did not start a paid run.
 */

const idempotentMethods = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE']);
const retryableStatuses = new Set([408, 409, 429]);

const initialDelayMs = 500;
const maximumBackoffMs = 8000;

/** `headers` has lower-case names, as a `Headers` gives them. */
export function isIdempotent(method: string, headers: Record<string, string>): boolean {
  return idempotentMethods.has(method) || 'idempotency-key' in headers;
}

/** The server's own word on retrying, when it gives one. */
function serverSaysRetry(headers: Headers): boolean | undefined {
  const value = headers.get('x-should-retry');
  if (value === 'true') return true;
  if (value === 'false') return false;
  return undefined;
}

export function shouldRetryResponse(status: number, headers: Headers, idempotent: boolean): boolean {
  const explicit = serverSaysRetry(headers);
  if (explicit === false) return false;
  if (idempotent) return explicit ?? (retryableStatuses.has(status) || status >= 500);
  return status === 429 || (status === 503 && retryHintMs(headers) !== undefined);
}

export type ConnectionFailure = 'refused' | 'timeout' | 'other';

export function shouldRetryConnectionFailure(failure: ConnectionFailure, idempotent: boolean): boolean {
  // A refused connection never carried the request, so even a POST is safe to send again.
  return idempotent || failure === 'refused';
}

/**
 * The wait the server asks for, in milliseconds: `retry-after-ms`, then `Retry-After` as seconds
 * or as an HTTP date. `undefined` when there is no usable hint.
 */
export function retryHintMs(headers: Headers, now = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const retryAfter = headers.get('retry-after');
  if (retryAfter === null || retryAfter.trim() === '') return undefined;
  const seconds = Number(retryAfter);
  if (Number.isFinite(seconds)) return seconds >= 0 ? seconds * 1000 : undefined;
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff from 0.5 s, doubling, capped at 8 s, less up to a quarter of jitter. */
export function backoffMs(retryCount: number, random = Math.random()): number {
  const delay = Math.min(initialDelayMs * 2 ** retryCount, maximumBackoffMs);
  return delay * (1 - random * 0.25);
}

const refusedCodes = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
]);

/**
 * Whether a fetch failure happened before the request could be sent: the connection was refused or
 * never established. Node's fetch keeps the reason in a `cause` chain (sometimes an AggregateError);
 * other runtimes say less, and an unknown failure counts as possibly sent.
 */
export function wasRefusedBeforeSending(error: unknown, depth = 0): boolean {
  if (typeof error !== 'object' || error === null || depth > 4) return false;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === 'string' && refusedCodes.has(code)) return true;
  if (Array.isArray(errors) && errors.length > 0) {
    return errors.every((inner) => wasRefusedBeforeSending(inner, depth + 1));
  }
  return wasRefusedBeforeSending(cause, depth + 1);
}
