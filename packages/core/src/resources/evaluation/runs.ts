import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { validateCreateParams, validateOptionalObject, validateRunId } from '../../internal/validate-input.js';
import type {
  EvaluationRun,
  EvaluationRunCreateParams,
  EvaluationRunList,
  EvaluationRunListParams,
} from '../../types.js';

/**
 * `maniac.evaluation.runs`: list, create, retrieve and cancel evaluation runs.
 *
 * @example
 * const run = await maniac.evaluation.runs.create({
 *   container: 'support-bot',
 *   evaluators: ['faithfulness'],
 *   ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
 * });
 */
export class EvaluationRuns {
  readonly #api: Client<paths>;

  constructor(api: Client<paths>) {
    this.#api = api;
  }

  /**
   * Lists runs of the project, newest first, optionally filtered by container and status.
   *
   * @example
   * const { data, total } = await maniac.evaluation.runs.list({ status: 'completed', limit: 50 });
   */
  async list(params: EvaluationRunListParams = {}): Promise<EvaluationRunList> {
    validateOptionalObject('params', params);
    const { data } = await this.#api.GET('/v1/evaluation/runs', { params: { query: params } });
    return data as EvaluationRunList;
  }

  /**
   * Launches a run. Bad input (no evaluators, an unknown source type, both sides `generate`)
   * throws `InvalidInputError` before anything is sent.
   *
   * @example
   * const run = await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: ['faithfulness'] });
   */
  async create(params: EvaluationRunCreateParams): Promise<EvaluationRun> {
    validateCreateParams(params);
    const { data } = await this.#api.POST('/v1/evaluation/runs', { body: params });
    return data as EvaluationRun;
  }

  /**
   * Fetches one run by id.
   *
   * @example
   * const run = await maniac.evaluation.runs.retrieve('erun_2f9c1a7e4b');
   */
  async retrieve(runId: string): Promise<EvaluationRun> {
    validateRunId(runId);
    const { data } = await this.#api.GET('/v1/evaluation/runs/{run_id}', {
      params: { path: { run_id: runId } },
    });
    return data as EvaluationRun;
  }

  /**
   * Asks the server to cancel a run and returns the run.
   *
   * @example
   * const run = await maniac.evaluation.runs.cancel('erun_2f9c1a7e4b');
   */
  async cancel(runId: string): Promise<EvaluationRun> {
    validateRunId(runId);
    const { data } = await this.#api.POST('/v1/evaluation/runs/{run_id}/cancel', {
      params: { path: { run_id: runId } },
    });
    return data as EvaluationRun;
  }
}
