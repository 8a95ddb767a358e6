import createClient, { type Client, type Middleware } from 'openapi-fetch';
import { APIPromise } from './api-promise.js';
import type { paths } from './generated/openapi.js';
import { createLevelLogger, type Logger, type LogLevel, validateLogLevel } from './internal/logger.js';
import { OperationCaller } from './internal/operation-caller.js';
import { serializePath } from './internal/serialize-path.js';
import { createTransport, type Fetch } from './internal/transport.js';
import { validateApiKey, validateBaseURL, validateBrowserUse } from './internal/validate-client-options.js';
import { validateClientRetryOptions } from './internal/validate-input.js';
import type { RequestOptions } from './request-options.js';
import { Evaluation } from './resources/evaluation/evaluation.js';
import type { HealthResponse } from './types.js';

/** The host of the Maniac API. */
export const DEFAULT_BASE_URL = 'https://platform.maniac.ai';

export interface ClientOptions {
  /**
   * Your Maniac API key, sent as `Authorization: Bearer <key>`. Required: pass `null` explicitly
   * to send no key, for a client that talks to a key-holding proxy such as `@maniac/edge`.
   */
  apiKey: string | null;
  /** Where the API lives. Default `https://platform.maniac.ai`. */
  baseURL?: string;
  /** A `fetch` to use instead of the global one: for tests, tracing or a custom agent. */
  fetch?: Fetch;
  /** Headers sent with every request. They override the SDK's own, `Authorization` included. */
  defaultHeaders?: Record<string, string>;
  /** Retries of a failed attempt, under the retry policy in the README. Default 2. */
  maxRetries?: number;
  /** Milliseconds each attempt may take, the body included. Default 60 000. */
  timeout?: number;
  /**
   * The longest wait a server may ask for with `Retry-After` before a retry. A longer request is
   * not waited for: the error is thrown at once. Default 60 000 ms.
   */
  maxRetryDelay?: number;
  /** `'off' | 'error' | 'warn' | 'info' | 'debug'`. Default `'warn'`: retries that were given up. */
  logLevel?: LogLevel;
  /** Where log lines go. Default `console`. The key and bearer tokens are always redacted. */
  logger?: Logger;
  /** openapi-fetch middleware (`onRequest`, `onResponse`, `onError`), run once per call, for tracing. */
  middleware?: Middleware[];
  /**
   * Allow an `apiKey` in a browser page, where every visitor can read it. Off by default: in a
   * browser, put the key behind `createManiacProxy` from `@maniac/edge` and use `apiKey: null`.
   */
  dangerouslyAllowBrowser?: boolean;
}

/**
 * The Maniac API client. Runs anywhere with web `fetch`: Node 20+, Bun, Deno, browsers, Workers.
 *
 * @example
 * import { Maniac } from '@maniac/core';
 *
 * const maniac = new Maniac({ apiKey: process.env.MANIAC_API_KEY });
 * const page = await maniac.evaluation.runs.list({ status: 'running' });
 */
export class Maniac {
  /** Where requests go, without a trailing slash. */
  readonly baseURL: string;
  /**
   * The typed openapi-fetch client for any operation in the spec, with the same auth, retries and
   * typed errors as the resource methods, but no input checks of its own.
   *
   * @example
   * const { data } = await maniac.api.GET('/v1/evaluation/runs/{run_id}', {
   *   params: { path: { run_id: 'erun_2f9c1a7e4b' } },
   * });
   */
  readonly api: Client<paths>;
  /** The evaluation API: `maniac.evaluation.runs`. */
  readonly evaluation: Evaluation;
  readonly #caller: OperationCaller;

  constructor(options: ClientOptions) {
    // `?? {}` so that plain JavaScript calling `new Maniac()` gets the apiKey error, not a TypeError.
    const {
      apiKey,
      baseURL = DEFAULT_BASE_URL,
      fetch = globalThis.fetch,
      defaultHeaders,
      maxRetries = 2,
      timeout = 60_000,
      maxRetryDelay = 60_000,
      logLevel = 'warn',
      logger = console,
      middleware = [],
      dangerouslyAllowBrowser = false,
    } = options ?? ({} as ClientOptions);
    validateApiKey(apiKey);
    validateBrowserUse(apiKey, dangerouslyAllowBrowser);
    validateBaseURL(baseURL);
    validateClientRetryOptions({ maxRetries, timeout, maxRetryDelay });
    validateLogLevel(logLevel);
    this.baseURL = baseURL.replace(/\/+$/, '');

    const transport = createTransport({
      fetch,
      secret: apiKey,
      maxRetries,
      timeout,
      maxRetryDelay,
      log: createLevelLogger(logLevel, logger, apiKey),
    });
    this.api = createClient<paths>({
      baseUrl: this.baseURL,
      // The key lives only in this closure's headers: never on the instance, never in an error.
      headers: { ...(apiKey === null ? {} : { Authorization: `Bearer ${apiKey}` }), ...defaultHeaders },
      fetch: (request, init?: RequestInit) => transport.send(request, init, {}),
      pathSerializer: serializePath,
    });
    // Before any middleware: without one, resource methods skip building a real Request.
    this.#caller = new OperationCaller(this.api, transport);
    this.api.use(...middleware);
    this.evaluation = new Evaluation(this.#caller);
  }

  /**
   * Checks that the API is up. Needs no key.
   *
   * @example
   * const { ok } = await maniac.health();
   */
  health(options?: RequestOptions): APIPromise<HealthResponse> {
    return new APIPromise(() =>
      this.#caller.call<HealthResponse>(options, (init) => this.api.GET('/healthz', { ...init })),
    );
  }
}
