// `pnpm bench`: @maniac/node against raw fetch and its peers, plus the SDK layer on its own, memory
// over 100,000 requests and import time. Writes bench/results.md. A benchmark, not a test: these
// machines are noisy, so every figure is a median of interleaved runs, and every ratio compares
// clients within the same repetition.
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { clients } from './clients.mjs';

const here = (file) => fileURLToPath(new URL(file, import.meta.url));
const repetitions = Number(process.env.BENCH_REPETITIONS ?? 5);
// Large enough for steady state: at 3,000 requests a process was still warming up its JIT, and
// every client measured about 1.5 times slower than it does after 10,000.
const counts = { 'sequential GET': 8000, 'sequential POST': 6000, '32 concurrent GETs': 19200 };
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];
const shuffle = (items) =>
  items
    .map((item) => [Math.random(), item])
    .sort(([a], [b]) => a - b)
    .map(([, item]) => item);
const node = (args) =>
  JSON.parse(
    execFileSync(process.execPath, args, { cwd: here('.'), encoding: 'utf8' })
      .trim()
      .split('\n')
      .at(-1),
  );

const server = spawn(process.execPath, [here('server.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
const [firstLine] = await once(server.stdout, 'data');
const baseURL = String(firstLine).trim();
console.log(`bench server on ${baseURL}; ${repetitions} repetitions`);

const perRequest = {}; // workload → client → [µs per repetition]
let memory;
try {
  for (let repetition = 1; repetition <= repetitions; repetition++) {
    const jobs = shuffle(
      Object.keys(counts).flatMap((workload) => Object.keys(clients).map((client) => [workload, client])),
    );
    for (const [workload, client] of jobs) {
      const { microsecondsPerRequest } = node([
        here('client-process.mjs'),
        client,
        workload,
        baseURL,
        String(counts[workload]),
      ]);
      perRequest[workload] ??= {};
      perRequest[workload][client] ??= [];
      perRequest[workload][client].push(microsecondsPerRequest);
    }
    console.log(`repetition ${repetition} done`);
  }
  memory = node(['--expose-gc', here('memory.mjs'), baseURL, process.env.BENCH_MEMORY_REQUESTS ?? '100000']);
} finally {
  server.kill();
}
const layer = node([here('layer-microbenchmark.mjs')]);
const imports = node([here('import-time.mjs')]);

const budgets = { 'sequential GET': 1.1, 'sequential POST': 1.2, '32 concurrent GETs': 1.2 };
const verdict = (met) => (met ? 'met' : '**missed**');
const lines = [
  '# Benchmark results',
  '',
  `${new Date().toISOString()}, Node ${process.version}, ${repetitions} repetitions, medians.`,
  '',
];
const ratioOf = (values, baseline) => median(values.map((value, index) => value / baseline[index]));
for (const workload of Object.keys(counts)) {
  const byClient = perRequest[workload];
  const [raw, bare] = [byClient['raw fetch'], byClient['openapi-fetch']];
  lines.push(`## ${workload}`, '', '| client | µs per request | × raw fetch | × openapi-fetch |', '|---|---|---|---|');
  for (const client of Object.keys(clients)) {
    const values = byClient[client];
    const ratio = ratioOf(values, raw);
    lines.push(
      `| ${client} | ${median(values).toFixed(1)} | ${ratio.toFixed(2)} | ${ratioOf(values, bare).toFixed(2)} |`,
    );
    if (client === '@maniac/node') budgets[workload] = { budget: budgets[workload], ratio, bare: ratioOf(bare, raw) };
  }
  lines.push('');
}
const layerCost = layer['@maniac/core'] - layer['openapi-fetch'];
const heapGrowth = memory.endHeap - memory.startHeap;
// openapi-fetch is what @maniac/node is built on, so its own ratio is the floor to read ours against.
lines.push('## Budgets', '', '| budget | measured | |', '|---|---|---|');
for (const [workload, { budget, ratio, bare }] of Object.entries(budgets)) {
  lines.push(
    `| @maniac/node ${workload} ≤ ${budget}× raw fetch | ${ratio.toFixed(2)}× (openapi-fetch alone: ${bare.toFixed(2)}×) | ${verdict(ratio <= budget)} |`,
  );
}
lines.push(
  `| SDK layer over openapi-fetch ≤ 10 µs per call | ${layerCost.toFixed(1)} µs (${layer['@maniac/core'].toFixed(1)} vs ${layer['openapi-fetch'].toFixed(1)}) | ${verdict(layerCost <= 10)} |`,
);
lines.push(
  `| post-GC heap growth over ${memory.samples.at(-1).requests} requests < 1 MB | ${(heapGrowth / 1024).toFixed(0)} KB | ${verdict(heapGrowth < 1024 * 1024)} |`,
);
lines.push(
  `| import of @maniac/node over bare node ≤ 15 ms | ${imports.added.toFixed(1)} ms | ${verdict(imports.added <= 15)} |`,
);
lines.push('', '## Memory samples', '', '| requests | RSS MB | heap after GC MB |', '|---|---|---|');
for (const sample of memory.samples)
  lines.push(
    `| ${sample.requests} | ${(sample.rss / 2 ** 20).toFixed(1)} | ${(sample.heapAfterGc / 2 ** 20).toFixed(2)} |`,
  );

const outputDirectory = fileURLToPath(new URL('../../bench/', import.meta.url));
mkdirSync(outputDirectory, { recursive: true });
writeFileSync(`${outputDirectory}results.md`, `${lines.join('\n')}\n`);
console.log(`\n${lines.join('\n')}\n\nwritten to ${outputDirectory}results.md`);
