import {
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../errors.js';
import { describeErrorBody } from './describe-error-body.js';
import { redact } from './redact.js';

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
function parseErrorBody(text: string, secret: string | null): { body: unknown; excerpt: string } {
  const redacted = redact(text, secret);
  let body: unknown;
  if (redacted === '') body = undefined;
  else if (redacted.length > maximumKeptBody) body = `${redacted.slice(0, maximumKeptBody)}…`;
  else {
    try {
      // Again after parsing: JSON may have escaped the key (`\/` for `/`) so that the text held no exact copy.
      const parsed = JSON.parse(redacted);
      body = secret ? redactDeep(parsed, secret) : parsed;
    } catch {
      body = redacted;
    }
  }
  return { body, excerpt: describeErrorBody(body) };
}

function redactDeep(value: unknown, secret: string): unknown {
  if (typeof value === 'string') return redact(value, secret);
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, secret));
  if (typeof value === 'object' && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([name, item]) => [name, redactDeep(item, secret)]));
  }
  return value;
}

/** The response headers, with the key removed from any value that repeats it (`www-authenticate` …). */
function redactHeaders(headers: Headers, secret: string | null): Headers {
  if (!secret || ![...headers.values()].some((value) => value.includes(secret))) return headers;
  return new Headers([...headers].map(([name, value]): [string, string] => [name, redact(value, secret)]));
}

/** Builds the typed error for a failed response from its status, headers and body text. */
export function createAPIError(status: number, headers: Headers, text: string, secret: string | null): APIError {
  const { body, excerpt } = parseErrorBody(text, secret);
  const ErrorClass = status >= 500 ? InternalServerError : (errorClassByStatus[status] ?? APIError);
  return new ErrorClass({ status, headers: redactHeaders(headers, secret), body, message: `${status} ${excerpt}` });
}

/** Builds the error for a successful status whose body is not the JSON it should be. */
export function createInvalidResponseError(response: Response, text: string, problem: string, secret: string | null) {
  const { body, excerpt } = parseErrorBody(text, secret);
  return new InvalidResponseError({
    status: response.status,
    headers: redactHeaders(response.headers, secret),
    body,
    message: `${response.status} ${problem}: ${excerpt}`,
  });
}
