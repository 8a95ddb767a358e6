// The Worker both edge runtimes run: the key-holding proxy in front of the API, plus /__smoke,
// which uses createManiac(env) to call health, list, create and retrieve from inside the runtime.
import { createManiac, createManiacProxy } from '@maniac/edge';

async function smoke(env) {
  const maniac = createManiac(env, { maxRetries: 0 });
  const health = await maniac.health();
  const page = await maniac.evaluation.runs.list({ limit: 10 });
  const created = await maniac.evaluation.runs.create({ container: 'support-bot', evaluators: ['faithfulness'] });
  const run = await maniac.evaluation.runs.retrieve(created.id);
  return {
    health: health.ok === true,
    list: page.object === 'list' && Array.isArray(page.data),
    create: created.status === 'queued',
    retrieve: run.id === created.id,
  };
}

export async function handle(request, env) {
  if (new URL(request.url).pathname === '/__smoke') return Response.json({ checks: await smoke(env) });
  const proxy = createManiacProxy({ apiKey: env.MANIAC_API_KEY, baseURL: env.MANIAC_BASE_URL });
  return proxy(request);
}
