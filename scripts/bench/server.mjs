// The benchmark's API: a node:http server in its own process on 127.0.0.1, with keep-alive. GET
// answers a realistic list page of about 1 KB; POST echoes a run. It prints its URL, then serves
// until its parent ends it.
import { createServer } from 'node:http';

const run = (id, status) => ({
  object: 'evaluation.run',
  id,
  status,
  created_at: '2026-11-30T09:14:03Z',
  finished_at: status === 'completed' ? '2026-11-30T09:21:47Z' : null,
  error_at: null,
  evaluators: ['faithfulness', 'helpfulness-v2'],
  container: 'ctr_support_bot',
  dataset_id: 'ds_7b21c0',
  sample: { type: 'container', container: 'ctr_support_bot' },
  ground_truth: { type: 'dataset', dataset: 'ds_7b21c0' },
  spend: 1.84,
});
const page = JSON.stringify({
  object: 'list',
  data: [run('erun_2f9c1a7e4b', 'completed'), run('erun_91ab03d5c7', 'running')],
  total: 2,
});

const server = createServer((request, response) => {
  if (request.method === 'GET') {
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(page) });
    response.end(page);
    return;
  }
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    const created = JSON.stringify({ ...run('erun_new', 'queued'), ...JSON.parse(body || '{}') });
    response.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(created) });
    response.end(created);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(`http://127.0.0.1:${server.address().port}`));
