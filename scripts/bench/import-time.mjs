// Import time of @maniac/node over a bare `node -e 0`: 20 interleaved runs of each, medians.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const time = (args) => {
  const started = process.hrtime.bigint();
  execFileSync(process.execPath, args, { cwd: here });
  return Number(process.hrtime.bigint() - started) / 1e6;
};
const median = (values) => values.toSorted((a, b) => a - b)[Math.floor(values.length / 2)];

const bare = [];
const withSdk = [];
for (let run = 0; run < 20; run++) {
  bare.push(time(['-e', '0']));
  withSdk.push(time(['--input-type=module', '-e', "await import('@maniac/node')"]));
}
console.log(JSON.stringify({ bare: median(bare), withSdk: median(withSdk), added: median(withSdk) - median(bare) }));
