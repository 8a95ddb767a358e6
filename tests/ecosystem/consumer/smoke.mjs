// The same checks in every runtime: health, list, create and retrieve against the Prism mock.
// Imports the package named in PACKAGE (default @maniac/core), installed from its packed tarball.
const environment = globalThis.Deno ? globalThis.Deno.env.toObject() : globalThis.process.env;
const packageName = environment.PACKAGE ?? '@maniac/core';
const { Maniac } = await import(packageName);

const maniac = new Maniac({ apiKey: 'mk_ecosystem_test', baseURL: environment.MOCK_URL, maxRetries: 0 });
const health = await maniac.health();
const page = await maniac.evaluation.runs.list({ limit: 10 });
const created = await maniac.evaluation.runs.create({
  container: 'support-bot',
  evaluators: ['faithfulness'],
  ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
});
const run = await maniac.evaluation.runs.retrieve(created.id);
const checks = {
  health: health.ok === true,
  list:
    page.object === 'list' &&
    Array.isArray(page.data) &&
    page.total >= page.data.length &&
    page.hasNextPage() === false,
  create: created.status === 'queued',
  retrieve: run.id === created.id && typeof run.status === 'string',
};
console.log(JSON.stringify({ packageName, checks }));
