export type { Middleware } from 'openapi-fetch';
export { APIPromise, type WithResponse } from './api-promise.js';
export { type ClientOptions, DEFAULT_BASE_URL, Maniac } from './client.js';
export {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  type APIErrorDetails,
  APIUserAbortError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidInputError,
  InvalidResponseError,
  ManiacError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
  WaitForTimeoutError,
} from './errors.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { Logger, LogLevel } from './internal/logger.js';
export type { Fetch } from './internal/transport.js';
export { type ListBody, Page, type PageParams, PagePromise } from './pagination.js';
export { isTerminalRun, type WaitForOptions } from './polling.js';
export type { RequestOptions } from './request-options.js';
export { Evaluation } from './resources/evaluation/evaluation.js';
export { EvaluationRuns } from './resources/evaluation/runs.js';
export type {
  ContainerDataSource,
  DataSource,
  DatasetDataSource,
  ErrorResponse,
  EvaluationRun,
  EvaluationRunCreateParams,
  EvaluationRunList,
  EvaluationRunListParams,
  GenerateDataSource,
  HealthResponse,
} from './types.js';
