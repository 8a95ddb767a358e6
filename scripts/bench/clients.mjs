// The clients under test, each reduced to the same two calls: list (GET) and create (POST).
const createBody = { container: 'support-bot', evaluators: ['faithfulness'] };
const key = 'mk_bench_key';
const json = { 'content-type': 'application/json', authorization: `Bearer ${key}` };

export const clients = {
  async 'raw fetch'(baseURL) {
    return {
      list: async () => (await fetch(`${baseURL}/v1/evaluation/runs?limit=20`, { headers: json })).json(),
      create: async () =>
        (
          await fetch(`${baseURL}/v1/evaluation/runs`, {
            method: 'POST',
            headers: json,
            body: JSON.stringify(createBody),
          })
        ).json(),
    };
  },
  async 'openapi-fetch'(baseURL) {
    const { default: createClient } = await import('openapi-fetch');
    const client = createClient({ baseUrl: baseURL, headers: { authorization: `Bearer ${key}` } });
    return {
      list: async () => (await client.GET('/v1/evaluation/runs', { params: { query: { limit: 20 } } })).data,
      create: async () => (await client.POST('/v1/evaluation/runs', { body: createBody })).data,
    };
  },
  async '@maniac/node'(baseURL) {
    const { Maniac } = await import('@maniac/node');
    const maniac = new Maniac({ apiKey: key, baseURL });
    return {
      list: () => maniac.evaluation.runs.list({ limit: 20 }),
      create: () => maniac.evaluation.runs.create(createBody),
    };
  },
  async openai(baseURL) {
    const { default: OpenAI } = await import('openai');
    const client = new OpenAI({ apiKey: key, baseURL });
    return {
      list: () => client.get('/v1/evaluation/runs', { query: { limit: 20 } }),
      create: () => client.post('/v1/evaluation/runs', { body: createBody }),
    };
  },
  async ky(baseURL) {
    const { default: ky } = await import('ky');
    const api = ky.create({ prefixUrl: baseURL, headers: { authorization: `Bearer ${key}` }, retry: 0 });
    return {
      list: () => api.get('v1/evaluation/runs', { searchParams: { limit: 20 } }).json(),
      create: () => api.post('v1/evaluation/runs', { json: createBody }).json(),
    };
  },
};
