/**
 * The request openapi-fetch builds for a resource call that no middleware will see: the URL and
 * init it serialized, without a WHATWG `Request`. A real one parses the URL, validates every
 * header and creates an AbortSignal, and the transport only takes it apart again to send each
 * attempt: together that cost more than the rest of the SDK's layer. openapi-fetch takes it as
 * its `Request` option; with middleware, a real `Request` is built, since middleware may read it.
 */
export class PlainRequest {
  declare readonly method: string;
  /** openapi-fetch's merged headers, as a `Headers`. */
  declare readonly headers: Headers;
  /** The serialized body, or `undefined`. */
  declare readonly body: BodyInit | undefined;
  declare readonly signal: AbortSignal | undefined;
  declare readonly redirect: RequestRedirect | undefined;

  constructor(
    readonly url: string,
    init: RequestInit,
  ) {
    // openapi-fetch always gives method, headers and redirect; body and signal may be absent.
    Object.assign(this, init);
  }
}
