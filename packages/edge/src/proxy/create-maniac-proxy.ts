import { DEFAULT_BASE_URL, InvalidInputError } from '@maniac/core';
import { type CorsOptions, corsHeaders, originAllowed } from './cors.js';
import { forwardedQuery, matchOperation, type OperationId, operationsAt } from './match-operation.js';

export interface ManiacProxyOptions {
  /** The Maniac API key. It stays on the server: browsers talk to the proxy with no key. */
  apiKey: string;
  /** Where the API lives. Default `https://platform.maniac.ai`. */
  baseURL?: string;
  /**
   * Operations to allow besides the read-only ones (`healthz`, `listEvaluationRuns`,
   * `getEvaluationRun`), by operationId: `createEvaluationRun`, `cancelEvaluationRun`.
   */
  allow?: OperationId[];
  /** Decides whether a request may pass, for example by checking your own session cookie. */
  authorize?: (request: Request) => boolean | Promise<boolean>;
  /** Answer CORS preflights and add CORS headers for these origins. Off by default. */
  cors?: CorsOptions;
  /** The path the proxy is mounted at, such as `/api/maniac`, removed before matching. Default none. */
  basePath?: string;
  /** A `fetch` to reach the API with. Default the global one. */
  fetch?: (input: string, init: RequestInit) => Promise<Response>;
}

/** The operations every proxy allows: they only read. */
export const READ_ONLY_OPERATIONS: readonly OperationId[] = ['healthz', 'listEvaluationRuns', 'getEvaluationRun'];

/**
 * The only request headers forwarded. Anything else (cookies, the browser's Authorization, method
 * overrides, X-Forwarded-*) stays at the proxy.
 */
const forwardedRequestHeaders = [
  'accept',
  'accept-language',
  'content-type',
  'idempotency-key',
  'prefer',
  'user-agent',
  'x-maniac-retry-count',
  'x-request-id',
];
/** Error bodies are read to remove the key before they reach the browser; beyond this, cut. */
const maximumErrorBody = 64 * 1024;
/** Response headers not passed back: fetch has already decoded the body, and cookies stay upstream. */
const droppedResponseHeaders = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'set-cookie'];

function errorResponse(status: number, code: string, message: string, headers: Record<string, string> = {}): Response {
  return Response.json(
    { error: { message, type: 'proxy_error', code, param: null } },
    { status, headers: { 'cache-control': 'no-store', ...headers } },
  );
}

/**
 * A request handler that lets browser code call the Maniac API without ever holding the key: it
 * forwards allowed operations with the key added, and refuses everything else. Mount it in a
 * Worker, a Vercel Edge function, Deno Deploy, or any server with web `Request`/`Response`.
 *
 * @example
 * const proxy = createManiacProxy({ apiKey: env.MANIAC_API_KEY, allow: ['createEvaluationRun'] });
 * export default { fetch: (request) => proxy(request) };
 */
export function createManiacProxy(options: ManiacProxyOptions): (request: Request) => Promise<Response> {
  const { apiKey, authorize, cors, fetch = globalThis.fetch } = options ?? ({} as ManiacProxyOptions);
  if (typeof apiKey !== 'string' || apiKey === '') {
    throw new InvalidInputError('apiKey', 'is required: the proxy adds it to every request it forwards');
  }
  // Checked here, not on the first request: Headers would throw a TypeError quoting the whole key.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new InvalidInputError('apiKey', 'must contain only printable ASCII characters without spaces');
  }
  const baseURL = (options.baseURL ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
  const basePath = (options.basePath ?? '').replace(/\/+$/, '');
  const allowed = new Set<string>([...READ_ONLY_OPERATIONS, ...(options.allow ?? [])]);

  return async function maniacProxy(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const origin = request.headers.get('origin');
    const allowedCors = cors && origin && originAllowed(cors, origin) ? cors : undefined;
    const withCors = (response: Response) => {
      if (allowedCors && origin)
        for (const [name, value] of Object.entries(corsHeaders(allowedCors, origin))) response.headers.set(name, value);
      return response;
    };

    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      return withCors(errorResponse(404, 'unknown_path', `No Maniac operation at ${url.pathname}.`));
    }
    const pathname = url.pathname.slice(basePath.length) || '/';

    if (request.method === 'OPTIONS' && cors && request.headers.has('access-control-request-method')) {
      if (!allowedCors || !origin)
        return errorResponse(403, 'origin_not_allowed', 'This origin may not call the proxy.');
      const methods = operationsAt(pathname)
        .filter((operation) => allowed.has(operation.operationId))
        .map((operation) => operation.method);
      if (methods.length === 0) return errorResponse(404, 'unknown_path', `No allowed operation at ${pathname}.`);
      return new Response(null, { status: 204, headers: corsHeaders(allowedCors, origin, methods) });
    }

    // A browser sends Origin with every cross-site write. Without CORS allowing that origin, a
    // write from another site (a form posting to the proxy) is refused: it would carry the
    // visitor's cookies through `authorize`.
    const writes = request.method !== 'GET' && request.method !== 'HEAD' && request.method !== 'OPTIONS';
    if (writes && origin && origin !== url.origin && !allowedCors) {
      return errorResponse(403, 'origin_not_allowed', 'Cross-origin writes to the proxy are refused.');
    }

    const match = matchOperation(request.method, pathname);
    if (match.kind === 'escape') return withCors(errorResponse(400, 'invalid_path', `Refused: ${match.reason}.`));
    if (match.kind === 'unknown-path') {
      return withCors(errorResponse(404, 'unknown_path', `No Maniac operation at ${pathname}.`));
    }
    if (match.kind === 'method-not-allowed') {
      return withCors(
        errorResponse(405, 'method_not_allowed', `${request.method} is not an operation of ${pathname}.`, {
          allow: match.allowed.join(', '),
        }),
      );
    }
    const { operation } = match;
    if (!allowed.has(operation.operationId)) {
      return withCors(
        errorResponse(403, 'operation_not_allowed', `The proxy does not allow ${operation.operationId}.`),
      );
    }
    const query = forwardedQuery(operation, url.searchParams);
    if (typeof query !== 'string') {
      return withCors(
        errorResponse(
          400,
          'unknown_query_parameter',
          `${query.unknown} is not a parameter of ${operation.operationId}.`,
        ),
      );
    }
    if (authorize && !(await authorize(request))) {
      return withCors(errorResponse(401, 'unauthorized', 'The proxy did not authorize this request.'));
    }

    const headers = new Headers();
    for (const name of forwardedRequestHeaders) {
      const value = request.headers.get(name);
      if (value !== null) headers.set(name, value);
    }
    headers.set('authorization', `Bearer ${apiKey}`);
    const hasBody = request.body !== null && request.method !== 'GET' && request.method !== 'HEAD';
    let upstream: Response;
    try {
      upstream = await fetch(`${baseURL}${pathname}${query}`, {
        method: request.method,
        headers,
        // Streamed through, never buffered. `duplex` is what Node's fetch needs to send a stream.
        body: hasBody ? request.body : null,
        ...(hasBody ? { duplex: 'half' } : {}),
        redirect: 'manual',
        signal: request.signal,
      } as RequestInit);
    } catch {
      return withCors(errorResponse(502, 'upstream_unreachable', 'The proxy could not reach the Maniac API.'));
    }
    const responseHeaders = new Headers(upstream.headers);
    for (const name of droppedResponseHeaders) responseHeaders.delete(name);
    const init = { status: upstream.status, statusText: upstream.statusText, headers: responseHeaders };
    if (upstream.status < 400) return withCors(new Response(upstream.body, init));
    // An error body may repeat the key it rejected: take the key out, then cut the body short (in
    // that order, so that no part of a key at the cut survives).
    const text = (await upstream.text()).split(apiKey).join('[redacted]').slice(0, maximumErrorBody);
    return withCors(new Response(text, init));
  };
}
