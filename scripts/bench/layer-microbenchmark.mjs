// The SDK's own layer, in process: the same list call through bare openapi-fetch and through
// @maniac/core, each with an injected fetch that returns a prepared response, so no network is
// timed. Prints the median microseconds per call of each, over interleaved rounds.
import { Maniac } from '@maniac/core';
import createClient from 'openapi-fetch';

const page = JSON.stringify({
  object: 'list',
  data: [{ id: 'erun_1', status: 'completed', created_at: 'x' }],
  total: 1,
});
const headers = { 'content-type': 'application/json', 'content-length': String(page.length) };
const injectedFetch = async () => new Response(page, { status: 200, headers });

const bare = createClient({
  baseUrl: 'http://bench.test',
  fetch: injectedFetch,
  headers: { authorization: 'Bearer k' },
});
const maniac = new Maniac({ apiKey: 'k', baseURL: 'http://bench.test', fetch: injectedFetch });
const calls = {
  'openapi-fetch': () => bare.GET('/v1/evaluation/runs', { params: { query: { limit: 20 } } }),
  '@maniac/core': () => maniac.evaluation.runs.list({ limit: 20 }),
};

const perRound = 5000;
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = { 'openapi-fetch': [], '@maniac/core': [] };
for (let round = 0; round < 12; round++) {
  const order = round % 2 === 0 ? Object.keys(calls) : Object.keys(calls).reverse();
  for (const name of order) {
    const started = process.hrtime.bigint();
    for (let index = 0; index < perRound; index++) await calls[name]();
    if (round >= 2) samples[name].push(Number(process.hrtime.bigint() - started) / 1000 / perRound);
  }
}
console.log(
  JSON.stringify(Object.fromEntries(Object.entries(samples).map(([name, values]) => [name, median(values)]))),
);
