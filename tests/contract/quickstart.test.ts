import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { expect, inject, it } from 'vitest';
import { testKey } from './client.js';

const quickstart = fileURLToPath(new URL('../../examples/quickstart.mjs', import.meta.url));

it('the README quickstart example runs against the mock and exits 0', async () => {
  const { stdout, stderr } = await promisify(execFile)(process.execPath, [quickstart], {
    env: { ...process.env, MANIAC_BASE_URL: inject('mockURL'), MANIAC_API_KEY: testKey },
  });
  for (const step of [
    'health()',
    'runs.list(',
    'runs.create(',
    'runs.retrieve(',
    'runs.cancel(',
    'InvalidInputError',
  ]) {
    expect(stdout).toContain(step);
  }
  expect(`${stdout}${stderr}`).not.toContain(testKey);
});
