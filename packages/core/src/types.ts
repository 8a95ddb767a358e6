/**
 * Names for the spec's types. Every one points into the generated file: nothing here is written by
 * hand, so a spec change plus `pnpm generate` updates them all.
 */
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

/** An evaluation run, as every run endpoint returns it. */
export type EvaluationRun = Schemas['EvaluationRun'];
/** One page of runs: `{ object: 'list', data, total }`. */
export type EvaluationRunList = Schemas['EvaluationRunList'];
/** The body of `evaluation.runs.create()`. */
export type EvaluationRunCreateParams = Schemas['EvaluationRunCreateParams'];
/** The query of `evaluation.runs.list()`: `container`, `status`, `limit`, `offset`. */
export type EvaluationRunListParams = NonNullable<operations['listEvaluationRuns']['parameters']['query']>;
/** Where one side of an evaluation gets its data: a dataset, container task logs, or generation. */
export type DataSource = Schemas['DataSource'];
export type DatasetDataSource = Schemas['DatasetDataSource'];
export type ContainerDataSource = Schemas['ContainerDataSource'];
export type GenerateDataSource = Schemas['GenerateDataSource'];
/** The body of `health()`. */
export type HealthResponse = Schemas['HealthResponse'];
/** The OpenAI-style body of every error response: `{ error: { message, type, code, param } }`. */
export type ErrorResponse = Schemas['ErrorResponse'];
