import { InvalidInputError } from '../errors.js';

/**
 * Checks of input that TypeScript cannot enforce on plain JavaScript callers. Each runs before a
 * request is built, so bad input never leaves the client, and each names the field and the rule.
 */

const sourceTypes = ['dataset', 'container', 'generate'] as const;
const sourceSides = ['sample', 'ground_truth', 'baseline'] as const;

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? `"${value}"` : typeof value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isNonEmptyString(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== '';
}

/**
 * A path parameter must be a non-empty string (or a finite number). `.` and `..` are refused
 * because URL parsers resolve them, even percent-encoded, to another path: `retrieve('..')`
 * would otherwise call the list endpoint.
 */
export function validatePathParameter(field: string, value: unknown, allowNumber = true): void {
  if (allowNumber && typeof value === 'number' && Number.isFinite(value)) return;
  if (typeof value !== 'string') {
    throw new InvalidInputError(field, `must be a non-empty string, got ${describeType(value)}`);
  }
  if (value.trim() === '') throw new InvalidInputError(field, 'must be a non-empty string');
  if (value === '.' || value === '..') {
    throw new InvalidInputError(field, `must not be "${value}", which would change the request path`);
  }
}

/** A run id given to a resource method: a string, never a number or an object by mistake. */
export function validateRunId(runId: unknown): void {
  validatePathParameter('run_id', runId, false);
}

export function validateOptionalObject(field: string, value: unknown): void {
  if (value !== undefined && value !== null && !isPlainObject(value)) {
    throw new InvalidInputError(field, `must be an object, got ${describeType(value)}`);
  }
}

function validateDataSource(field: string, source: unknown): void {
  if (source === undefined || source === null) return;
  if (!isPlainObject(source)) {
    throw new InvalidInputError(field, `must be a data source object, got ${describeType(source)}`);
  }
  const type = source.type;
  if (!sourceTypes.includes(type as (typeof sourceTypes)[number])) {
    throw new InvalidInputError(
      `${field}.type`,
      `must be one of "dataset", "container", "generate", got ${describeType(type)}`,
    );
  }
  if (type === 'dataset' && !isNonEmptyString(source.dataset)) {
    throw new InvalidInputError(`${field}.dataset`, 'must be a dataset id or label when type is "dataset"');
  }
  if (type === 'container' && source.container !== undefined && !isNonEmptyString(source.container)) {
    throw new InvalidInputError(`${field}.container`, 'must be a container id or label when given');
  }
  if (type === 'generate') validateStringList(`${field}.models`, source.models, 'model id');
}

function validateStringList(field: string, value: unknown, itemName: string): void {
  if (!Array.isArray(value)) {
    throw new InvalidInputError(field, `must be an array of ${itemName}s, got ${describeType(value)}`);
  }
  if (value.length === 0) throw new InvalidInputError(field, `must contain at least one ${itemName}`);
  value.forEach((item, index) => {
    if (!isNonEmptyString(item)) {
      throw new InvalidInputError(`${field}[${index}]`, `must be a non-empty ${itemName}, got ${describeType(item)}`);
    }
  });
}

/** The side a run will really use: an omitted side defaults to the container's task logs. */
function resolvedType(source: unknown): unknown {
  return isPlainObject(source) ? source.type : 'container';
}

export function validateCreateParams(params: unknown): void {
  if (!isPlainObject(params)) {
    throw new InvalidInputError('params', `must be an object, got ${describeType(params)}`);
  }
  if (!isNonEmptyString(params.container)) {
    throw new InvalidInputError('container', `must be a container id or label, got ${describeType(params.container)}`);
  }
  validateStringList('evaluators', params.evaluators, 'evaluator id or label');
  for (const side of sourceSides) validateDataSource(side, params[side]);
  if (resolvedType(params.sample) === 'generate' && resolvedType(params.ground_truth) === 'generate') {
    throw new InvalidInputError(
      'sample, ground_truth',
      'must not both be type "generate": at least one side must supply seed input to evaluate against',
    );
  }
  validateOptionalObject('metadata', params.metadata);
  if (params.environment !== undefined && params.environment !== null && !isNonEmptyString(params.environment)) {
    throw new InvalidInputError('environment', `must be an environment name, got ${describeType(params.environment)}`);
  }
}

function validateOptionalNumber(field: string, value: unknown, rule: string, accept: (value: number) => boolean) {
  if (value === undefined) return;
  if (typeof value !== 'number' || !accept(value)) {
    throw new InvalidInputError(
      field,
      `must be ${rule}, got ${describeType(value)}${typeof value === 'number' ? ` ${value}` : ''}`,
    );
  }
}

/** The longest delay a timer can hold: beyond it, setTimeout fires at once. About 24.8 days. */
const longestTimer = 2_147_483_647;
const positiveMilliseconds = `a positive number of milliseconds, at most ${longestTimer}`;
const isPositiveNumber = (value: number) => Number.isFinite(value) && value > 0 && value <= longestTimer;
const isNonNegativeNumber = (value: number) => Number.isFinite(value) && value >= 0 && value <= longestTimer;
const isNonNegativeInteger = (value: number) => Number.isInteger(value) && value >= 0;

/** Settings shared by the client options and each call's options. */
function validateRetrySettings(settings: { timeout?: unknown; maxRetries?: unknown }, prefix = ''): void {
  validateOptionalNumber(`${prefix}timeout`, settings.timeout, positiveMilliseconds, isPositiveNumber);
  validateOptionalNumber(
    `${prefix}maxRetries`,
    settings.maxRetries,
    'a whole number of 0 or more',
    isNonNegativeInteger,
  );
}

function validateOptionalSignal(field: string, signal: unknown): void {
  if (signal === undefined) return;
  const looksLikeSignal =
    typeof signal === 'object' &&
    signal !== null &&
    typeof (signal as AbortSignal).aborted === 'boolean' &&
    typeof (signal as AbortSignal).addEventListener === 'function';
  if (!looksLikeSignal) throw new InvalidInputError(field, `must be an AbortSignal, got ${describeType(signal)}`);
}

export function validateRequestOptions(options: unknown): void {
  if (options === undefined) return;
  if (!isPlainObject(options))
    throw new InvalidInputError('options', `must be an object, got ${describeType(options)}`);
  validateRetrySettings(options, 'options.');
  validateOptionalSignal('options.signal', options.signal);
  validateOptionalObject('options.headers', options.headers);
  if (options.idempotencyKey !== undefined && !isNonEmptyString(options.idempotencyKey)) {
    throw new InvalidInputError('options.idempotencyKey', 'must be a non-empty string');
  }
}

export function validateWaitOptions(options: unknown): void {
  if (!isPlainObject(options))
    throw new InvalidInputError('options', `must be an object, got ${describeType(options)}`);
  for (const name of ['intervalMs', 'maxIntervalMs', 'timeoutMs']) {
    validateOptionalNumber(`options.${name}`, options[name], positiveMilliseconds, isPositiveNumber);
  }
  validateOptionalSignal('options.signal', options.signal);
  if (options.onPoll !== undefined && typeof options.onPoll !== 'function') {
    throw new InvalidInputError('options.onPoll', `must be a function, got ${describeType(options.onPoll)}`);
  }
}

export function validateClientRetryOptions(options: {
  maxRetryDelay?: unknown;
  timeout?: unknown;
  maxRetries?: unknown;
}) {
  validateRetrySettings(options);
  validateOptionalNumber(
    'maxRetryDelay',
    options.maxRetryDelay,
    `a number of milliseconds from 0 to ${longestTimer}`,
    isNonNegativeNumber,
  );
}
