// Type-checked by tsc with moduleResolution node16 and bundler, under strict mode.

import { createManiacProxy, type OperationId } from '@maniac/edge';
import {
  APIError,
  type DataSource,
  type EvaluationRun,
  type EvaluationRunCreateParams,
  isTerminalRun,
  Maniac,
  type Page,
} from '@maniac/node';

const maniac = new Maniac({ apiKey: 'mk_typed', maxRetries: 1 });
const source: DataSource = { type: 'generate', models: ['gpt-4o-mini'] };
const params: EvaluationRunCreateParams = { container: 'support-bot', evaluators: ['faithfulness'], sample: source };

export async function use(): Promise<string> {
  const run: EvaluationRun = await maniac.evaluation.runs.create(params, { idempotencyKey: 'k' });
  const page: Page<EvaluationRun> = await maniac.evaluation.runs.list({ limit: 5 });
  const { requestId } = await maniac.evaluation.runs.retrieve(run.id).withResponse();
  try {
    await maniac.evaluation.runs.waitFor(run.id, { intervalMs: 1000 });
  } catch (error) {
    if (error instanceof APIError) return `${error.status} ${error.requestId}`;
  }
  const allowed: OperationId[] = ['createEvaluationRun'];
  createManiacProxy({ apiKey: 'mk_typed', allow: allowed });
  return `${page.total} ${requestId} ${isTerminalRun(run)}`;
}

// @ts-expect-error evaluators is required: the published types still catch mistakes
maniac.evaluation.runs.create({ container: 'support-bot' });
