import { APIPromise } from '../../api-promise.js';
import type { OperationCaller } from '../../internal/operation-caller.js';
import {
  validateCreateParams,
  validateOptionalObject,
  validateRunId,
  validateWaitOptions,
} from '../../internal/validate-input.js';
import { PagePromise } from '../../pagination.js';
import { isTerminalRun, pollUntilTerminal, type WaitForOptions } from '../../polling.js';
import type { RequestOptions } from '../../request-options.js';
import type {
  EvaluationRun,
  EvaluationRunCreateParams,
  EvaluationRunList,
  EvaluationRunListParams,
} from '../../types.js';

/**
 * `maniac.evaluation.runs`: list, create, retrieve, cancel and wait for evaluation runs. Every
 * method takes `RequestOptions` as its last argument.
 *
 * @example
 * const run = await maniac.evaluation.runs.createAndWait({
 *   container: 'support-bot',
 *   evaluators: ['faithfulness'],
 *   ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
 * });
 */
export class EvaluationRuns {
  readonly #caller: OperationCaller;

  constructor(caller: OperationCaller) {
    this.#caller = caller;
  }

  /**
   * Lists runs of the project, newest first. Awaited, it gives one page (`data`, `total`,
   * `hasNextPage()`, `getNextPage()`); iterated with `for await`, every run across pages, each once.
   *
   * @example
   * const page = await maniac.evaluation.runs.list({ status: 'completed', limit: 50 });
   * for await (const run of maniac.evaluation.runs.list({ container: 'support-bot' })) console.log(run.id);
   */
  list(
    params: EvaluationRunListParams = {},
    options?: RequestOptions,
  ): PagePromise<EvaluationRun, EvaluationRunListParams> {
    return new PagePromise(params, (pageParams) =>
      this.#caller.call<EvaluationRunList>(options, (init) => {
        // The caller's params, not this page's: iteration spreads them into a fresh object first.
        validateOptionalObject('params', params);
        return this.#caller.api.GET('/v1/evaluation/runs', { params: { query: pageParams }, ...init });
      }),
    );
  }

  /**
   * Launches a run. Bad input (no evaluators, an unknown source type, both sides `generate`)
   * throws `InvalidInputError` before anything is sent. A failed create is retried only when the
   * server cannot have acted, unless you pass `idempotencyKey`.
   *
   * @example
   * const run = await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: ['faithfulness'] });
   */
  create(params: EvaluationRunCreateParams, options?: RequestOptions): APIPromise<EvaluationRun> {
    return new APIPromise(() =>
      this.#caller.call<EvaluationRun>(options, (init) => {
        validateCreateParams(params);
        return this.#caller.api.POST('/v1/evaluation/runs', { body: params, ...init });
      }),
    );
  }

  /**
   * Fetches one run by id.
   *
   * @example
   * const run = await maniac.evaluation.runs.retrieve('erun_2f9c1a7e4b');
   */
  retrieve(runId: string, options?: RequestOptions): APIPromise<EvaluationRun> {
    return new APIPromise(() =>
      this.#caller.call<EvaluationRun>(options, (init) => {
        validateRunId(runId);
        return this.#caller.api.GET('/v1/evaluation/runs/{run_id}', { params: { path: { run_id: runId } }, ...init });
      }),
    );
  }

  /**
   * Asks the server to cancel a run and returns the run.
   *
   * @example
   * const run = await maniac.evaluation.runs.cancel('erun_2f9c1a7e4b');
   */
  cancel(runId: string, options?: RequestOptions): APIPromise<EvaluationRun> {
    return new APIPromise(() =>
      this.#caller.call<EvaluationRun>(options, (init) => {
        validateRunId(runId);
        return this.#caller.api.POST('/v1/evaluation/runs/{run_id}/cancel', {
          params: { path: { run_id: runId } },
          ...init,
        });
      }),
    );
  }

  /**
   * Polls a run until it is terminal (see `isTerminalRun`) and resolves with it, whatever its
   * final status. The wait between polls grows gently from `intervalMs`.
   *
   * @example
   * const run = await maniac.evaluation.runs.waitFor(runId, { timeoutMs: 600_000, onPoll: (run) => console.log(run.status) });
   */
  async waitFor(runId: string, options: WaitForOptions = {}): Promise<EvaluationRun> {
    validateRunId(runId);
    validateWaitOptions(options);
    return pollUntilTerminal(runId, (id, signal) => this.retrieve(id, { signal }), options);
  }

  /**
   * Creates a run, then waits for it like `waitFor`. `idempotencyKey` applies to the create.
   *
   * @example
   * const run = await maniac.evaluation.runs.createAndWait(params, { intervalMs: 5_000 });
   */
  async createAndWait(
    params: EvaluationRunCreateParams,
    options: WaitForOptions & Pick<RequestOptions, 'idempotencyKey'> = {},
  ): Promise<EvaluationRun> {
    validateWaitOptions(options);
    const { idempotencyKey, signal } = options;
    const run = await this.create(params, { idempotencyKey, signal });
    options.onPoll?.(run);
    if (isTerminalRun(run)) return run;
    return this.waitFor(run.id, options);
  }
}
