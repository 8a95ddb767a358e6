import type { Client } from 'openapi-fetch';
import type { WithResponse } from '../api-promise.js';
import type { paths } from '../generated/openapi.js';
import type { RequestOptions } from '../request-options.js';
import { PlainRequest } from './plain-request.js';
import type { Transport } from './transport.js';
import { validateRequestOptions } from './validate-input.js';

/** What a resource method adds to an openapi-fetch call: its request options and transport. */
interface OperationInit {
  fetch: (request: Request | PlainRequest, init?: RequestInit) => Promise<Response>;
  /** What openapi-fetch builds the request as: see `PlainRequest`. */
  Request: typeof Request | typeof PlainRequest;
  signal: AbortSignal | undefined;
  headers: Record<string, string> | undefined;
  parseAs: 'stream';
}

/**
 * How resource methods call an operation: through `maniac.api` (so user middleware sees every
 * call), with this call's options bound to the transport, and the body already parsed by it.
 */
export class OperationCaller {
  readonly api: Client<paths>;
  readonly #transport: Transport;
  /** Whether any middleware is registered: it needs real `Request`s and readable responses. */
  #middlewareRegistered = false;

  /** Takes over `api.use`, so middleware registered at any time, before or after, is seen. */
  constructor(api: Client<paths>, transport: Transport) {
    this.api = api;
    this.#transport = transport;
    const use = api.use;
    api.use = (...added) => {
      this.#middlewareRegistered ||= added.length > 0;
      use(...added);
    };
  }

  async call<Data>(
    options: RequestOptions | undefined,
    operation: (init: OperationInit) => Promise<{ response: Response; error?: unknown }>,
  ): Promise<WithResponse<Data>> {
    validateRequestOptions(options);
    const callOptions = options ?? {};
    const { idempotencyKey, headers, signal } = callOptions;
    const { response, error } = await operation({
      fetch: (request, init) => this.#transport.send(request, init, callOptions),
      Request: this.#middlewareRegistered ? globalThis.Request : PlainRequest,
      signal,
      headers: idempotencyKey === undefined ? headers : { ...headers, 'Idempotency-Key': idempotencyKey },
      // The transport has parsed the body already: openapi-fetch must not read it again.
      parseAs: 'stream',
    });
    return {
      data: (await this.#transport.dataOf(response, error)) as Data,
      response,
      requestId: response.headers.get('x-request-id') ?? undefined,
    };
  }
}
