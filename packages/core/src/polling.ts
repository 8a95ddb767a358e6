import { APIUserAbortError, WaitForTimeoutError } from './errors.js';
import { abortableSleep } from './internal/abortable-sleep.js';
import { linkedAbort } from './internal/linked-abort.js';
import type { EvaluationRun } from './types.js';

const terminalStatuses = new Set(['completed', 'error', 'failed', 'cancelled', 'canceled']);

/**
 * Whether a run has finished: `finished_at` or `error_at` is set, or its status is `completed`,
 * `error`, `failed`, `cancelled` or `canceled`. Any other status, known or new, means keep polling.
 * `waitFor`, the React hooks and the CLI all use this one function.
 *
 * @example
 * if (isTerminalRun(run)) console.log('done:', run.status);
 */
export function isTerminalRun(run: Pick<EvaluationRun, 'status' | 'finished_at' | 'error_at'>): boolean {
  return Boolean(run.finished_at) || Boolean(run.error_at) || terminalStatuses.has(run.status);
}

/** Options of `waitFor` and `createAndWait`. */
export interface WaitForOptions {
  /** Milliseconds between the first polls. Default 2000. */
  intervalMs?: number;
  /** The wait between polls grows by a fifth each time, up to this. Default the larger of 10 s and `intervalMs`. */
  maxIntervalMs?: number;
  /** Give up after this many milliseconds with `WaitForTimeoutError`, which carries the last run seen. */
  timeoutMs?: number;
  /** Stops polling at once; the call throws `APIUserAbortError`. */
  signal?: AbortSignal;
  /** Called with the run after every poll, the first included. */
  onPoll?: (run: EvaluationRun) => void;
}

const growth = 1.2;

/**
 * Polls `retrieve` until the run is terminal. Each poll is a normal request, so transient errors
 * are retried under the client's retry policy before they end the wait.
 */
export async function pollUntilTerminal(
  runId: string,
  retrieve: (runId: string, signal: AbortSignal) => PromiseLike<EvaluationRun>,
  { intervalMs = 2000, maxIntervalMs, timeoutMs, signal, onPoll }: WaitForOptions,
): Promise<EvaluationRun> {
  const deadline = linkedAbort(signal, timeoutMs);
  const cap = maxIntervalMs ?? Math.max(10_000, intervalMs);
  let lastRun: EvaluationRun | undefined;
  try {
    for (let wait = intervalMs; ; wait = Math.min(wait * growth, cap)) {
      lastRun = await retrieve(runId, deadline.signal);
      onPoll?.(lastRun);
      if (isTerminalRun(lastRun)) return lastRun;
      await abortableSleep(wait, deadline.signal);
    }
  } catch (error) {
    if (deadline.timedOut() && error instanceof APIUserAbortError) {
      throw new WaitForTimeoutError(
        `Run ${runId} did not finish within ${timeoutMs} ms; last status: ${lastRun?.status ?? 'unknown'}.`,
        lastRun,
      );
    }
    throw error;
  } finally {
    deadline.dispose();
  }
}
