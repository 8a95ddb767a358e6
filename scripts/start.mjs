// `pnpm start`: the project's demo. Starts the Prism mock of spec/openapi.yaml, runs
// examples/quickstart.mjs against it with a demo key, then stops the mock. No key or network needed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startMock } from './mock-server.mjs';

const example = fileURLToPath(new URL('../examples/quickstart.mjs', import.meta.url));

console.log('Starting the Prism mock of spec/openapi.yaml …');
const mock = await startMock();
console.log(`Mock listening on ${mock.url}. Running examples/quickstart.mjs against it.`);
console.log("Prism answers from the spec's named examples, so the data is the same whatever is sent.");

const child = spawn(process.execPath, [example], {
  stdio: 'inherit',
  env: { ...process.env, MANIAC_BASE_URL: mock.url, MANIAC_API_KEY: 'mk_demo_not_a_real_key' },
});
// Ctrl-C reaches the example too; the mock is stopped below either way.
process.on('SIGINT', () => {});
const [code, signal] = await once(child, 'exit');
await mock.stop();
console.log(`\nMock stopped. The example ${code === 0 ? 'finished' : `failed (${signal ?? `exit ${code}`})`}.`);
process.exitCode = code ?? 1;
