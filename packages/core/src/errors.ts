import type { EvaluationRun } from './types.js';

/**
 * Every error the SDK throws is a `ManiacError`, so one `instanceof` check catches them all.
 *
 * @example
 * try {
 *   await maniac.evaluation.runs.retrieve('erun_123');
 * } catch (error) {
 *   if (error instanceof NotFoundError) console.log(error.status, error.requestId);
 *   else throw error;
 * }
 */
export class ManiacError extends Error {
  override name = 'ManiacError';
}

/**
 * Input that the SDK refused before sending anything: `field` names the input, `rule` says what it
 * must be.
 *
 * @example
 * // throws InvalidInputError: Invalid evaluators: must contain at least one evaluator id or label.
 * await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: [] });
 */
export class InvalidInputError extends ManiacError {
  override name = 'InvalidInputError';
  readonly field: string;
  readonly rule: string;

  constructor(field: string, rule: string) {
    super(`Invalid ${field}: ${rule}.`);
    this.field = field;
    this.rule = rule;
  }
}

/** What the server sent with a failed response, as given to `APIError` and its subclasses. */
export interface APIErrorDetails {
  status: number;
  headers: Headers;
  /** The parsed JSON body, or the text of a body that is not JSON, or `undefined` when empty. */
  body: unknown;
  message: string;
}

/**
 * The API answered with an error status, or with a success whose body is not the JSON the spec
 * promises. Subclasses name the common cases.
 *
 * @example
 * catch (error) {
 *   if (error instanceof APIError) console.error(error.status, error.requestId, error.body);
 * }
 */
export class APIError extends ManiacError {
  override name = 'APIError';
  /** HTTP status of the response. */
  readonly status: number;
  /** Response headers. */
  readonly headers: Headers;
  /** The error body: parsed JSON, or text, or `undefined` when the body was empty. */
  readonly body: unknown;
  /** The `x-request-id` response header: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** `error.code` of an OpenAI-style body, such as `invalid_api_key`. */
  readonly code: string | undefined;
  /** `error.param` of an OpenAI-style body: the parameter the error is about. */
  readonly param: string | undefined;
  /** `error.type` of an OpenAI-style body, such as `invalid_request_error`. */
  readonly type: string | undefined;

  constructor({ status, headers, body, message }: APIErrorDetails) {
    super(message);
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.requestId = headers.get('x-request-id') ?? undefined;
    const detail = openAIErrorOf(body);
    this.code = stringOrUndefined(detail?.code);
    this.param = stringOrUndefined(detail?.param);
    this.type = stringOrUndefined(detail?.type);
  }
}

/** 400: the request was malformed. */
export class BadRequestError extends APIError {
  override name = 'BadRequestError';
}
/** 401: the API key is missing or invalid. */
export class AuthenticationError extends APIError {
  override name = 'AuthenticationError';
}
/** 403: the API key may not use this resource. */
export class PermissionDeniedError extends APIError {
  override name = 'PermissionDeniedError';
}
/** 404: the resource does not exist. */
export class NotFoundError extends APIError {
  override name = 'NotFoundError';
}
/** 409: the request conflicts with the resource's current state. */
export class ConflictError extends APIError {
  override name = 'ConflictError';
}
/** 422: a parameter or the body failed the server's validation. */
export class UnprocessableEntityError extends APIError {
  override name = 'UnprocessableEntityError';
}
/** 429: too many requests. */
export class RateLimitError extends APIError {
  override name = 'RateLimitError';
}
/** 500 and above: the server failed. */
export class InternalServerError extends APIError {
  override name = 'InternalServerError';
}

/**
 * A success status whose body is not JSON (truncated, an HTML page from a proxy, or empty where the
 * spec promises a body). `body` holds the text, bounded, and the message an excerpt of it.
 */
export class InvalidResponseError extends APIError {
  override name = 'InvalidResponseError';
}

/**
 * The request never got a complete response: DNS, refused or reset connection, TLS, a body cut off
 * mid-way, and the like. `cause` holds the underlying error.
 */
export class APIConnectionError extends ManiacError {
  override name = 'APIConnectionError';
}

/** An attempt took longer than the `timeout` option, and no retry was left or allowed. */
export class APIConnectionTimeoutError extends APIConnectionError {
  override name = 'APIConnectionTimeoutError';
}

/**
 * The caller's `signal` aborted the call. Nothing more is sent after it: no retry, no further poll.
 * `cause` holds the signal's reason.
 */
export class APIUserAbortError extends ManiacError {
  override name = 'APIUserAbortError';
}

/**
 * `waitFor` reached its `timeoutMs` before the run finished. `lastRun` is the last state seen, or
 * `undefined` if no poll had answered yet.
 *
 * @example
 * catch (error) {
 *   if (error instanceof WaitForTimeoutError) console.log('still', error.lastRun?.status);
 * }
 */
export class WaitForTimeoutError extends ManiacError {
  override name = 'WaitForTimeoutError';
  readonly lastRun: EvaluationRun | undefined;

  constructor(message: string, lastRun: EvaluationRun | undefined) {
    super(message);
    this.lastRun = lastRun;
  }
}

function openAIErrorOf(body: unknown): Record<string, unknown> | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const error = (body as { error?: unknown }).error;
  return typeof error === 'object' && error !== null ? (error as Record<string, unknown>) : undefined;
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
