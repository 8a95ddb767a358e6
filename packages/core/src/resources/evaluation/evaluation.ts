import type { Client } from 'openapi-fetch';
import type { paths } from '../../generated/openapi.js';
import { EvaluationRuns } from './runs.js';

/** `maniac.evaluation`: the evaluation API. */
export class Evaluation {
  /** Evaluation runs: list, create, retrieve, cancel. */
  readonly runs: EvaluationRuns;

  constructor(api: Client<paths>) {
    this.runs = new EvaluationRuns(api);
  }
}
