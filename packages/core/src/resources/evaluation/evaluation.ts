import type { OperationCaller } from '../../internal/operation-caller.js';
import { EvaluationRuns } from './runs.js';

/** `maniac.evaluation`: the evaluation API. */
export class Evaluation {
  /** Evaluation runs: list, create, retrieve, cancel, waitFor, createAndWait. */
  readonly runs: EvaluationRuns;

  constructor(caller: OperationCaller) {
    this.runs = new EvaluationRuns(caller);
  }
}
