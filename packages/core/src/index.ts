export { type ClientOptions, DEFAULT_BASE_URL, Maniac } from './client.js';
export {
  APIConnectionError,
  APIError,
  type APIErrorDetails,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidInputError,
  ManiacError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from './errors.js';
export type { components, operations, paths } from './generated/openapi.js';
export type { Fetch } from './internal/fetch-with-errors.js';
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
