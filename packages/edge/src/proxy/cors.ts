/** CORS settings of the proxy. Without them, the proxy answers no preflight and adds no CORS headers. */
export interface CorsOptions {
  /** Allowed origins: one, a list, `'*'`, or a predicate. */
  origin: string | string[] | ((origin: string) => boolean);
  /** Seconds a browser may cache a preflight. Default 600. */
  maxAge?: number;
}

const allowedRequestHeaders = 'content-type, idempotency-key, x-maniac-retry-count, x-request-id';
const exposedResponseHeaders = 'x-request-id, retry-after, retry-after-ms, x-should-retry';

export function originAllowed(cors: CorsOptions, origin: string): boolean {
  if (typeof cors.origin === 'function') return cors.origin(origin);
  if (cors.origin === '*') return true;
  return (Array.isArray(cors.origin) ? cors.origin : [cors.origin]).includes(origin);
}

/** The CORS headers for an allowed origin, on a preflight or on an actual response. */
export function corsHeaders(cors: CorsOptions, origin: string, preflightMethods?: string[]): Record<string, string> {
  const headers: Record<string, string> = {
    'access-control-allow-origin': cors.origin === '*' ? '*' : origin,
    vary: 'Origin',
  };
  if (preflightMethods) {
    headers['access-control-allow-methods'] = preflightMethods.join(', ');
    headers['access-control-allow-headers'] = allowedRequestHeaders;
    headers['access-control-max-age'] = String(cors.maxAge ?? 600);
  } else {
    headers['access-control-expose-headers'] = exposedResponseHeaders;
  }
  return headers;
}
