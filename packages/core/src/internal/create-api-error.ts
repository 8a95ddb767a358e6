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

/**
 * Builds the typed error for a failed response from its status, headers and body text.
 * `secret` is removed from the body first: some servers echo the key they rejected.
 */
export function createAPIError(status: number, headers: Headers, text: string, secret: string | null): APIError {
  const redacted = secret ? text.split(secret).join('[redacted]') : text;
  const body = parseBody(redacted);
  const ErrorClass = status >= 500 ? InternalServerError : (errorClassByStatus[status] ?? APIError);
  return new ErrorClass({ status, headers, body, message: `${status} ${describeErrorBody(body)}` });
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
