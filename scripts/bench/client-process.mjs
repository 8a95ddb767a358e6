// One client, one workload, in a process of its own: warms up, then times `count` requests and
// prints the mean time per request in microseconds.
import { clients } from './clients.mjs';

const [clientName, workload, baseURL, countText] = process.argv.slice(2);
const count = Number(countText);
const client = await clients[clientName](baseURL);

const workloads = {
  'sequential GET': async (n) => {
    for (let index = 0; index < n; index++) await client.list();
  },
  'sequential POST': async (n) => {
    for (let index = 0; index < n; index++) await client.create();
  },
  '32 concurrent GETs': async (n) => {
    for (let done = 0; done < n; done += 32) await Promise.all(Array.from({ length: 32 }, () => client.list()));
  },
};

await workloads[workload](Math.max(2000, count / 4)); // warm-up, not measured
const started = process.hrtime.bigint();
await workloads[workload](count);
const elapsed = Number(process.hrtime.bigint() - started) / 1000;
console.log(JSON.stringify({ microsecondsPerRequest: elapsed / count }));
