// The SDK in five calls: health, list, create, retrieve, cancel.
//
//   MANIAC_API_KEY=mk_… MANIAC_BASE_URL=https://platform.maniac.ai node examples/quickstart.mjs
//
// `pnpm start` runs it against the Prism mock of spec/openapi.yaml, with a demo key.
import { InvalidInputError, Maniac } from '@maniac/core';

const maniac = new Maniac({
  apiKey: process.env.MANIAC_API_KEY,
  baseURL: process.env.MANIAC_BASE_URL ?? 'https://platform.maniac.ai',
});

function show(step, value) {
  console.log(`\n▸ ${step}`);
  console.log(JSON.stringify(value, null, 2));
}

show('maniac.health()', await maniac.health());

const page = await maniac.evaluation.runs.list({ status: 'completed', limit: 10 });
show('maniac.evaluation.runs.list({ status: "completed", limit: 10 })', {
  total: page.total,
  runs: page.data.map(({ id, status, container, spend }) => ({ id, status, container, spend })),
});

const created = await maniac.evaluation.runs.create({
  container: 'support-bot',
  evaluators: ['faithfulness', 'helpfulness-v2'],
  sample: { type: 'container' },
  ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
  metadata: { ticket: 'EVAL-142' },
});
show('maniac.evaluation.runs.create({ container: "support-bot", … })', { id: created.id, status: created.status });

const run = await maniac.evaluation.runs.retrieve(created.id);
show(`maniac.evaluation.runs.retrieve("${created.id}")`, {
  id: run.id,
  status: run.status,
  metrics: run.metrics,
  spend: run.spend,
});

const cancelled = await maniac.evaluation.runs.cancel(created.id);
show(`maniac.evaluation.runs.cancel("${created.id}")`, { id: cancelled.id, status: cancelled.status });

try {
  await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: [] });
} catch (error) {
  if (!(error instanceof InvalidInputError)) throw error;
  show('bad input is refused before anything is sent', { name: error.name, message: error.message });
}
