// Starts Prism mocking spec/openapi.yaml on a free 127.0.0.1 port, and stops it again.
// Shared by the contract tests (vitest globalSetup) and `pnpm start`, so both see the same mock.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const prismBin = join(dirname(require.resolve('@stoplight/prism-cli/package.json')), 'dist/index.js');
const specPath = fileURLToPath(new URL('../spec/openapi.yaml', import.meta.url));

export async function freePort() {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  server.close();
  await once(server, 'close');
  return port;
}

async function waitUntilAnswering(url, prism, output, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (prism.exitCode !== null) throw new Error(`Prism exited with code ${prism.exitCode}:\n${output()}`);
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`Prism did not answer at ${url} within ${timeoutMs} ms:\n${output()}`);
}

/**
 * @param {{ port?: number, timeoutMs?: number }} [options]
 * @returns {Promise<{ url: string, stop: () => Promise<void> }>}
 */
export async function startMock({ port, timeoutMs = 30_000 } = {}) {
  const chosenPort = port ?? (await freePort());
  const url = `http://127.0.0.1:${chosenPort}`;
  const prism = spawn(
    process.execPath,
    [prismBin, 'mock', specPath, '--host', '127.0.0.1', '--port', String(chosenPort), '--errors'],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const collect = (chunk) => {
    log = (log + chunk).slice(-20_000);
  };
  prism.stdout.on('data', collect);
  prism.stderr.on('data', collect);

  const stop = async () => {
    if (prism.exitCode !== null || prism.signalCode !== null) return;
    const exited = once(prism, 'exit');
    prism.kill('SIGTERM');
    const timer = setTimeout(() => prism.kill('SIGKILL'), 3000);
    await exited;
    clearTimeout(timer);
  };

  try {
    await waitUntilAnswering(url, prism, () => log, timeoutMs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}
