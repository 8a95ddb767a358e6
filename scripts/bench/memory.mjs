// Run with --expose-gc: 100,000 sequential list calls with @maniac/node against the bench server,
// sampling RSS and the heap after a full GC. Prints the samples and the growth.
import { Maniac } from '@maniac/node';

const [baseURL, countText = '100000'] = process.argv.slice(2);
const count = Number(countText);
const maniac = new Maniac({ apiKey: 'mk_bench_key', baseURL });
const heapAfterGc = () => {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
};

for (let index = 0; index < 2000; index++) await maniac.evaluation.runs.list({ limit: 20 });
const startHeap = heapAfterGc();
const samples = [];
for (let index = 1; index <= count; index++) {
  await maniac.evaluation.runs.list({ limit: 20 });
  if (index % (count / 10) === 0)
    samples.push({ requests: index, rss: process.memoryUsage().rss, heapAfterGc: heapAfterGc() });
}
console.log(JSON.stringify({ startHeap, endHeap: heapAfterGc(), samples }));
