import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../errors.js';
import { describeErrorBody } from './describe-error-body.js';

const errorClassByStatus: Record<number, typeof APIError> = {
  400: BadRequestError,
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  409: ConflictError,
  422: UnprocessableEntityError,
  429: RateLimitError,
};

/** Bodies beyond this are kept as a text excerpt of this size, unparsed: an error needs no more. */
const maximumKeptBody = 64 * 1024;

/**
 * A response body made safe to keep on an error: `secret` removed (some servers echo the key they
 * rejected), JSON parsed, anything huge cut to an excerpt, and a one-line description of it.
 */
export function parseErrorBody(text: string, secret: string | null): { body: unknown; excerpt: string } {
  const redacted = secret ? text.split(secret).join('[redacted]') : text;
  let body: unknown;
  if (redacted === '') body = undefined;
  else if (redacted.length > maximumKeptBody) body = `${redacted.slice(0, maximumKeptBody)}…`;
  else {
    try {
      body = JSON.parse(redacted);
    } catch {
      body = redacted;
    }
  }
  return { body, excerpt: describeErrorBody(body) };
}

/** Builds the typed error for a failed response from its status, headers and body text. */
export function createAPIError(status: number, headers: Headers, text: string, secret: string | null): APIError {
  const { body, excerpt } = parseErrorBody(text, secret);
  const ErrorClass = status >= 500 ? InternalServerError : (errorClassByStatus[status] ?? APIError);
  return new ErrorClass({ status, headers, body, message: `${status} ${excerpt}` });
}
