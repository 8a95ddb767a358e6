/** What `.withResponse()` resolves to: the parsed data with the raw response it came from. */
export interface WithResponse<T> {
  data: T;
  /** The final response (after any retries). Its body has already been read. */
  response: Response;
  /** The `x-request-id` response header: quote it when reporting a problem. */
  requestId: string | undefined;
}

/**
 * What every method returns: a promise of the parsed data, which can also give the raw response.
 *
 * @example
 * const run = await maniac.evaluation.runs.retrieve(runId);
 * const { data, response, requestId } = await maniac.evaluation.runs.retrieve(runId).withResponse();
 */
export class APIPromise<T> implements PromiseLike<T> {
  readonly #start: () => Promise<WithResponse<T>>;
  #started: Promise<WithResponse<T>> | undefined;

  /** `lazy` defers the request until the promise is awaited, iterated or asked for its response. */
  constructor(start: () => Promise<WithResponse<T>>, { lazy = false } = {}) {
    this.#start = start;
    if (!lazy) this.#result();
  }

  #result(): Promise<WithResponse<T>> {
    this.#started ??= this.#start();
    return this.#started;
  }

  /** The data together with the `Response` and its request id. */
  withResponse(): Promise<WithResponse<T>> {
    return this.#result();
  }

  // biome-ignore lint/suspicious/noThenProperty: this class is a promise, so it has a then.
  then<Fulfilled = T, Rejected = never>(
    onFulfilled?: ((value: T) => Fulfilled | PromiseLike<Fulfilled>) | null,
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<Fulfilled | Rejected> {
    return this.#result().then(
      (result) =>
        typeof onFulfilled === 'function' ? onFulfilled(result.data) : (result.data as unknown as Fulfilled),
      onRejected,
    );
  }

  catch<Rejected = never>(
    onRejected?: ((reason: unknown) => Rejected | PromiseLike<Rejected>) | null,
  ): Promise<T | Rejected> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<T> {
    return this.then().finally(onFinally);
  }

  get [Symbol.toStringTag](): string {
    return 'APIPromise';
  }
}
