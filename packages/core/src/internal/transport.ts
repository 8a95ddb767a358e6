import { APIConnectionError, APIConnectionTimeoutError, ManiacError } from '../errors.js';
import type { RequestOptions } from '../request-options.js';
import { abortableSleep, userAbortError } from './abortable-sleep.js';
import { createAPIError, createInvalidResponseError } from './create-api-error.js';
import { linkedAbort } from './linked-abort.js';
import type { LevelLogger } from './logger.js';
import { PlainRequest } from './plain-request.js';
import {
  backoffMs,
  type ConnectionFailure,
  isIdempotent,
  retryHintMs,
  shouldRetryConnectionFailure,
  shouldRetryResponse,
  wasRefusedBeforeSending,
} from './retry-policy.js';

export type Fetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

interface TransportSettings {
  fetch: Fetch;
  secret: string | null;
  maxRetries: number;
  timeout: number;
  maxRetryDelay: number;
  log: LevelLogger;
}

/**
 * The parsed JSON of each successful response the transport returns, so that resource methods do
 * not parse a body twice. A WeakMap, so nothing outlives its response.
 */
const parsedBodies = new WeakMap<Response, unknown>();

type AttemptResult = { response: Response; text: string } | { failure: ConnectionFailure; error: unknown };

/**
 * Sends one logical request: attempts with a per-attempt timeout, retries under the retry policy,
 * and turns every outcome into data or a typed `ManiacError`. It is the `fetch` that openapi-fetch
 * calls, so resource methods and `maniac.api` share it, after any user middleware.
 */
export function createTransport(settings: TransportSettings) {
  // Called unbound: Workers throw "Illegal invocation" when fetch runs with another `this`.
  const { log, fetch } = settings;

  async function attempt(
    url: string,
    init: RequestInit,
    timeout: number,
    signal: AbortSignal | undefined,
  ): Promise<AttemptResult> {
    const deadline = linkedAbort(signal, timeout);
    try {
      const response = await fetch(url, { ...init, signal: deadline.signal });
      // The body is read inside the attempt, so a stalled or cut-off body is bounded by the timeout
      // and reported as a connection failure, not as a parse error later.
      const text = await response.text();
      return { response, text };
    } catch (error) {
      if (signal?.aborted) throw userAbortError(signal);
      if (deadline.timedOut()) return { failure: 'timeout', error };
      return { failure: wasRefusedBeforeSending(error) ? 'refused' : 'other', error };
    } finally {
      deadline.dispose();
    }
  }

  /**
   * A real `Request` (from `maniac.api`, or when middleware is registered) has its body read once,
   * so that each attempt can send it again, and its response is given back with a fresh body for
   * openapi-fetch to parse. A `PlainRequest` (a resource call) already holds its serialized body,
   * and gets back the consumed response itself: its JSON is in `parsedBodies`.
   */
  async function send(
    request: Request | PlainRequest,
    init: RequestInit | undefined,
    options: RequestOptions,
  ): Promise<Response> {
    const plain = request instanceof PlainRequest;
    const { method, url, signal } = request;
    if (signal?.aborted) throw userAbortError(signal);
    const maxRetries = options.maxRetries ?? settings.maxRetries;
    const timeout = options.timeout ?? settings.timeout;
    const body = plain ? request.body : request.body === null ? undefined : await request.arrayBuffer();
    // A plain record, not the `Headers`: Node's fetch converts a `Headers` pair by pair, a record at once.
    const headers: Record<string, string> = {};
    request.headers.forEach((value, name) => {
      headers[name] = value;
    });
    const requestInit: RequestInit = { ...init, method, body, redirect: request.redirect };
    const idempotent = isIdempotent(method, headers);
    // A resource call's URL stays relative when baseURL is (in a browser page): any base will do.
    const describe = () => `${method} ${new URL(url, 'http://relative.invalid').pathname}`;

    const attemptLabel = (retryCount: number) => `attempt ${retryCount + 1} of ${maxRetries + 1}`;

    for (let retryCount = 0; ; retryCount++) {
      const debug = log.enabled('debug');
      const started = debug ? Date.now() : 0;
      const result = await attempt(
        url,
        { ...requestInit, headers: { ...headers, 'x-maniac-retry-count': String(retryCount) } },
        timeout,
        signal,
      );

      if ('failure' in result) {
        const error =
          result.failure === 'timeout'
            ? new APIConnectionTimeoutError(`Request timed out after ${timeout} ms (${attemptLabel(retryCount)}).`, {
                cause: result.error,
              })
            : new APIConnectionError(`Connection error: ${describeCause(result.error)}`, { cause: result.error });
        if (debug) {
          log.debug(`${describe()} failed: ${error.message} (${attemptLabel(retryCount)}, ${Date.now() - started} ms)`);
        }
        if (!shouldRetryConnectionFailure(result.failure, idempotent)) throw error;
        await waitBeforeRetry(error, retryCount, backoffMs(retryCount));
        continue;
      }

      const { response, text } = result;
      if (debug) {
        log.debug(`${describe()} → ${response.status} (${attemptLabel(retryCount)}, ${Date.now() - started} ms)`);
      }
      if (response.ok) return successResponse(response, text, method, !plain);

      const error = createAPIError(response.status, response.headers, text, settings.secret);
      if (!shouldRetryResponse(response.status, response.headers, idempotent)) throw error;
      const hint = retryHintMs(response.headers);
      if (hint !== undefined && hint > settings.maxRetryDelay) {
        log.warn(
          `${describe()} → ${response.status}: the server asks to wait ${Math.round(hint)} ms, over maxRetryDelay (${settings.maxRetryDelay} ms); not retrying.`,
        );
        throw error;
      }
      await waitBeforeRetry(error, retryCount, hint ?? backoffMs(retryCount));
    }

    /** Throws `error` when no retry is left (warning if some were spent), else waits `delay`. */
    async function waitBeforeRetry(error: Error, retryCount: number, delay: number): Promise<void> {
      if (retryCount >= maxRetries) {
        if (maxRetries > 0) log.warn(`${describe()} gave up after ${maxRetries + 1} attempts: ${error.message}`);
        throw error;
      }
      log.info(`${describe()} will retry in ${Math.round(delay)} ms after: ${error.message}`);
      await abortableSleep(delay, signal);
    }
  }

  /**
   * The data of the response a resource method got back from openapi-fetch. Almost always one
   * `send` returned, parsed already. But a middleware may answer in its place (a mock, a cache):
   * then that response is checked and parsed here, as `send` would have, rather than lost.
   */
  async function dataOf(response: Response, error: unknown): Promise<unknown> {
    if (parsedBodies.has(response)) return parsedBodies.get(response);
    if (!response.ok) {
      // openapi-fetch has read this body already, into `error`.
      const text = typeof error === 'string' ? error : (JSON.stringify(error) ?? '');
      throw createAPIError(response.status, response.headers, text, settings.secret);
    }
    if (response.bodyUsed) {
      throw new ManiacError('A middleware read the body of the response it returned: read response.clone()');
    }
    return parseBody(response, await response.text(), 'GET');
  }

  function parseBody(response: Response, text: string, method: string): unknown {
    if (response.status === 204 || response.status === 205 || method === 'HEAD') return undefined;
    if (text === '') {
      throw createInvalidResponseError(response, text, 'the body is empty where JSON was expected', settings.secret);
    }
    try {
      return JSON.parse(text);
    } catch {
      throw createInvalidResponseError(response, text, 'the body is not valid JSON', settings.secret);
    }
  }

  function successResponse(response: Response, text: string, method: string, rebuildBody: boolean): Response {
    const data = parseBody(response, text, method);
    const result = rebuildBody
      ? // Only a bodyless status gives no data: JSON.parse never returns undefined.
        new Response(data === undefined ? null : text, {
          status: response.status,
          statusText: response.statusText,
          headers: response.headers,
        })
      : response;
    parsedBodies.set(result, data);
    return result;
  }

  return { send, dataOf };
}

export type Transport = ReturnType<typeof createTransport>;

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports "fetch failed" and keeps the reason (ECONNREFUSED, other side closed …) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
