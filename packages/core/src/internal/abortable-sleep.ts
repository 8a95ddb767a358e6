import { APIUserAbortError } from '../errors.js';

/** Waits `ms`, or rejects with `APIUserAbortError` as soon as `signal` aborts, leaving no timer behind. */
export function abortableSleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  if (signal?.aborted) return Promise.reject(userAbortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      reject(userAbortError(signal as AbortSignal));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export function userAbortError(signal: AbortSignal): APIUserAbortError {
  return new APIUserAbortError('Request was aborted by the caller.', { cause: signal.reason });
}
