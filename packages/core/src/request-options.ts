/**
 * Options for one call, given as the last argument of every method. Each overrides the client's
 * setting for this call only.
 *
 * @example
 * await maniac.evaluation.runs.retrieve(runId, { timeout: 5_000, maxRetries: 0, signal });
 */
export interface RequestOptions {
  /** Aborts the call at once, including any retry wait; the call throws `APIUserAbortError`. */
  signal?: AbortSignal | undefined;
  /** Milliseconds each attempt may take, the response body included. */
  timeout?: number | undefined;
  /** How many times to retry a failed attempt, under the retry policy. */
  maxRetries?: number | undefined;
  /** Extra headers for this call. */
  headers?: Record<string, string> | undefined;
  /**
   * Sent as `Idempotency-Key`, the same on every attempt. It tells the server that repeats are one
   * request, so a create or cancel is then retried like a GET.
   */
  idempotencyKey?: string | undefined;
}
