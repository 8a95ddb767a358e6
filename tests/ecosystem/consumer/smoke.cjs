// The CommonJS twin of smoke.mjs: require() of the package named in PACKAGE.
const { Maniac } = require(process.env.PACKAGE ?? '@maniac/core');

(async () => {
  const maniac = new Maniac({ apiKey: 'mk_ecosystem_test', baseURL: process.env.MOCK_URL, maxRetries: 0 });
  const health = await maniac.health();
  const page = await maniac.evaluation.runs.list({ limit: 10 });
  const created = await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: ['faithfulness'] });
  const run = await maniac.evaluation.runs.retrieve(created.id);
  const checks = {
    health: health.ok === true,
    list: page.object === 'list' && Array.isArray(page.data),
    create: created.status === 'queued',
    retrieve: run.id === created.id,
  };
  console.log(JSON.stringify({ packageName: process.env.PACKAGE, checks }));
})();
