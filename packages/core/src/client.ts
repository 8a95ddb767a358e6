import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { type Fetch, fetchWithErrors } from './internal/fetch-with-errors.js';
import { serializePath } from './internal/serialize-path.js';
import { validateApiKey, validateBaseURL } from './internal/validate-client-options.js';
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
  /** Where the API lives. Defaults to `https://platform.maniac.ai`. */
  baseURL?: string;
  /** A `fetch` to use instead of the global one: for tests, tracing or a custom agent. */
  fetch?: Fetch;
  /** Headers sent with every request. They override the SDK's own, `Authorization` included. */
  defaultHeaders?: Record<string, string>;
}

/**
 * The Maniac API client. Runs anywhere with web `fetch`: Node 20+, Bun, Deno, browsers, Workers.
 *
 * @example
 * import { Maniac } from '@maniac/core';
 *
 * const maniac = new Maniac({ apiKey: process.env.MANIAC_API_KEY });
 * const { data } = await maniac.evaluation.runs.list({ status: 'running' });
 */
export class Maniac {
  /** Where requests go, without a trailing slash. */
  readonly baseURL: string;
  /**
   * The typed openapi-fetch client for any operation in the spec, with the same auth and errors
   * as the resource methods, but no input checks of its own.
   *
   * @example
   * const { data } = await maniac.api.GET('/v1/evaluation/runs/{run_id}', {
   *   params: { path: { run_id: 'erun_2f9c1a7e4b' } },
   * });
   */
  readonly api: Client<paths>;
  /** The evaluation API: `maniac.evaluation.runs`. */
  readonly evaluation: Evaluation;

  constructor(options: ClientOptions) {
    // `?? {}` so that plain JavaScript calling `new Maniac()` gets the apiKey error, not a TypeError.
    const { apiKey, baseURL = DEFAULT_BASE_URL, fetch = globalThis.fetch, defaultHeaders } = options ?? {};
    validateApiKey(apiKey);
    validateBaseURL(baseURL);
    this.baseURL = baseURL.replace(/\/+$/, '');
    this.api = createClient<paths>({
      baseUrl: this.baseURL,
      // The key lives only in this closure's headers: never on the instance, never in an error.
      headers: { ...(apiKey === null ? {} : { Authorization: `Bearer ${apiKey}` }), ...defaultHeaders },
      fetch: fetchWithErrors(fetch, apiKey),
      pathSerializer: serializePath,
    });
    this.evaluation = new Evaluation(this.api);
  }

  /**
   * Checks that the API is up. Needs no key.
   *
   * @example
   * const { ok } = await maniac.health();
   */
  async health(): Promise<HealthResponse> {
    const { data } = await this.api.GET('/healthz');
    return data as HealthResponse;
  }
}
