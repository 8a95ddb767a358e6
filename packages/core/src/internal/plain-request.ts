/**
 * The request openapi-fetch builds for a resource call that no middleware will see: the URL and
 * init it serialized, without a WHATWG `Request`. A real one parses the URL, validates every
 * header and creates an AbortSignal, and the transport only takes it apart again to send each
 * attempt: together that cost more than the rest of the SDK's layer. openapi-fetch takes it as
 * its `Request` option; with middleware, a real `Request` is built, since middleware may read it.
 */
export class PlainRequest {
  readonly url: string;
  readonly method: string;
  /** openapi-fetch's merged headers: already a `Headers` of its own, edited in place per attempt. */
  readonly headers: Headers;
  readonly body: BodyInit | undefined;
  readonly signal: AbortSignal | undefined;
  readonly redirect: RequestRedirect | undefined;

  constructor(url: string, init: RequestInit) {
    this.url = url;
    this.method = init.method ?? 'GET';
    this.headers = init.headers as Headers;
    this.body = init.body ?? undefined;
    this.signal = init.signal ?? undefined;
    this.redirect = init.redirect;
  }
}
