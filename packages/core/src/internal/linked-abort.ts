/**
 * An `AbortSignal` of our own that aborts when the caller's `signal` does (with its reason) or
 * when `ms` have passed, if given. How both an attempt's timeout and `waitFor`'s deadline work:
 * `timedOut()` tells the two causes apart, and `dispose()` clears the timer and the listener.
 */
export function linkedAbort(signal: AbortSignal | undefined, ms: number | undefined) {
  const controller = new AbortController();
  const forwardAbort = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', forwardAbort, { once: true });
  if (signal?.aborted) forwardAbort();
  let timedOut = false;
  const timer =
    ms === undefined
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          controller.abort();
        }, ms);
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forwardAbort);
    },
  };
}
