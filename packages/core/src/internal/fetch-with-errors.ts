import { APIConnectionError } from '../errors.js';
import { createAPIError } from './create-api-error.js';

export type Fetch = (request: Request, init?: RequestInit) => Promise<Response>;

/**
 * Wraps `fetch` so that every caller, the resource methods and `maniac.api` alike, gets the same
 * typed errors: a failed connection becomes `APIConnectionError`, an error status the matching
 * `APIError` subclass. Only successful responses come back.
 */
export function fetchWithErrors(fetch: Fetch, secret: string | null): Fetch {
  return async (request, init) => {
    let response: Response;
    try {
      response = await fetch(request, init);
    } catch (error) {
      // A caller's abort is their decision, not a network failure: let it through unchanged.
      if (error instanceof Error && error.name === 'AbortError') throw error;
      throw new APIConnectionError(`Connection error: ${describeCause(error)}`, { cause: error });
    }
    if (response.ok) return response;
    const text = await response.text().catch(() => '');
    throw createAPIError(response.status, response.headers, text, secret);
  };
}

function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  // undici reports "fetch failed" and keeps the reason (ECONNREFUSED, ENOTFOUND …) in `cause`.
  const cause = error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error.message}${cause}`;
}
