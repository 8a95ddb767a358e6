// `pnpm start`: the project's demo. Starts the Prism mock of spec/openapi.yaml and takes the built
// `maniac` CLI on a short tour against it: health, list, create with --wait, get and cancel.
// It needs no API key and no network, and stops the mock before it exits.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { startMock } from './mock-server.mjs';

const cli = fileURLToPath(new URL('../packages/cli/dist/cli.js', import.meta.url));

const tour = [
  ['Is the API up?', ['health']],
  ['List the evaluation runs of the project, newest first.', ['runs', 'list', '--limit', '10']],
  [
    'Launch a run: the container task logs scored against a dataset, and wait until it finishes.',
    [
      'runs',
      'create',
      '--container',
      'support-bot',
      '--evaluator',
      'faithfulness',
      '--evaluator',
      'helpfulness-v2',
      '--sample',
      'container',
      '--ground-truth',
      'dataset:support-golden-set',
      '--metadata',
      'ticket=EVAL-142',
      '--wait',
      '--interval',
      '1',
    ],
  ],
  ['Show one run, with its metrics and spend.', ['runs', 'get', 'erun_2f9c1a7e4b']],
  ['Cancel a run.', ['runs', 'cancel', 'erun_2f9c1a7e4b']],
];

console.log('Starting the Prism mock of spec/openapi.yaml …');
const mock = await startMock();
console.log(`Mock listening on ${mock.url}. It answers from the spec's examples, so no key or network is needed.`);

let failed = false;
let interrupted = false;
process.on('SIGINT', () => {
  interrupted = true;
});
try {
  for (const [what, args] of tour) {
    if (interrupted) break;
    console.log(`\n▸ ${what}\n  $ maniac ${args.join(' ')}\n`);
    const child = spawn(process.execPath, [cli, ...args], {
      stdio: 'inherit',
      env: { ...process.env, MANIAC_BASE_URL: mock.url, MANIAC_API_KEY: 'mk_demo_not_a_real_key' },
    });
    const [code] = await once(child, 'exit');
    if (code !== 0) {
      failed = true;
      console.log(`  (exited with ${code})`);
      break;
    }
  }
} finally {
  await mock.stop();
}
console.log(
  `\nMock stopped. ${failed || interrupted ? 'The tour did not finish.' : 'Tour finished: try `maniac --help`.'}`,
);
process.exitCode = failed ? 1 : interrupted ? 130 : 0;
