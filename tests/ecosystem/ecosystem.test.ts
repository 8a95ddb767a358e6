import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EdgeRuntime } from 'edge-runtime';
import { build } from 'esbuild';
import { Miniflare } from 'miniflare';
import { describe, expect, inject, it } from 'vitest';
import { publicPackages, run } from './consumer-project.js';

const bin = (name: string) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url));
const allChecksPass = { health: true, list: true, create: true, retrieve: true };

const consumer = inject('consumer');

/** Runs a command in the consumer project with the mock's URL, and parses its last line of output. */
async function runInConsumer(command: string, args: string[], packageName = '@maniac/core') {
  const { stdout } = await run(command, args, {
    cwd: consumer.directory,
    env: { ...process.env, MOCK_URL: inject('mockURL'), PACKAGE: packageName, NO_COLOR: '1' },
  });
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

/** Bundles a Worker entry of the consumer, as wrangler or Vercel would, from the installed tarball. */
async function bundleWorker(entry: string, format: 'esm' | 'iife'): Promise<string> {
  const result = await build({
    absWorkingDir: consumer.directory,
    entryPoints: [entry],
    bundle: true,
    format,
    platform: 'browser',
    conditions: ['worker', 'browser'],
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

describe('Node from the packed tarballs', { timeout: 60_000 }, () => {
  it.each([
    ['ESM', '@maniac/core', 'smoke.mjs'],
    ['ESM', '@maniac/node', 'smoke.mjs'],
    ['CJS', '@maniac/core', 'smoke.cjs'],
    ['CJS', '@maniac/node', 'smoke.cjs'],
  ])('%s of %s', async (_, packageName, script) => {
    const { checks } = await runInConsumer(process.execPath, [script], packageName);
    expect(checks).toEqual(allChecksPass);
  });
});

describe('TypeScript consumers, strict', { timeout: 60_000 }, () => {
  it.each(['node16', 'bundler'])('type-check with moduleResolution %s', async (resolution) => {
    await expect(
      run(bin('tsc'), ['-p', `tsconfig.${resolution}.json`], { cwd: consumer.directory }),
    ).resolves.toBeDefined();
  });
});

describe('other runtimes', { timeout: 60_000 }, () => {
  it('Bun runs @maniac/core', async () => {
    const { checks } = await runInConsumer(bin('bun'), ['smoke.mjs']);
    expect(checks).toEqual(allChecksPass);
  });

  it('Deno runs @maniac/core', async () => {
    const { checks } = await runInConsumer(bin('deno'), [
      'run',
      '--allow-net',
      '--allow-env',
      '--allow-read',
      '--no-lock',
      'smoke.mjs',
    ]);
    expect(checks).toEqual(allChecksPass);
  });
});

/** What both edge runtimes must do with the proxy Worker in front of the mock. */
async function exerciseWorker(dispatch: (path: string, init?: RequestInit) => Promise<Response>) {
  const smoke = await dispatch('/__smoke');
  const text = await smoke.text();
  expect(smoke.status, text).toBe(200);
  expect(JSON.parse(text)).toEqual({ checks: allChecksPass });
  const allowed = await Promise.all(
    ['/healthz', '/v1/evaluation/runs?limit=5', '/v1/evaluation/runs/erun_2f9c1a7e4b'].map((path) => dispatch(path)),
  );
  expect(allowed.map((response) => response.status)).toEqual([200, 200, 200]);
  expect(await (allowed[2] as Response).json()).toMatchObject({ id: 'erun_2f9c1a7e4b' });
  const create = await dispatch('/v1/evaluation/runs', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ container: 'support-bot', evaluators: ['faithfulness'] }),
  });
  expect(create.status).toBe(403);
  expect((await create.json()).error.code).toBe('operation_not_allowed');
  for (const path of [
    '/v1/evaluation/runs/..%2F..%2Fadmin',
    '/v1/evaluation/runs//cancel',
    '/healthz?/../v1/evaluation/runs',
  ]) {
    expect((await dispatch(path)).status, path).toBe(400);
  }
  expect((await dispatch('/admin')).status).toBe(404);
}

describe('edge runtimes, with the Worker bundled from the @maniac/edge tarball', { timeout: 60_000 }, () => {
  const bindings = () => ({ MANIAC_API_KEY: 'mk_worker_secret', MANIAC_BASE_URL: inject('mockURL') });

  it("Cloudflare's workerd, through miniflare", async () => {
    const miniflare = new Miniflare({
      modules: true,
      script: await bundleWorker('worker-module.mjs', 'esm'),
      compatibilityDate: '2025-06-01',
      bindings: bindings(),
    });
    try {
      await exerciseWorker(
        async (path, init) =>
          (await miniflare.dispatchFetch(`http://worker.test${path}`, init as never)) as unknown as Response,
      );
    } finally {
      await miniflare.dispose();
    }
  });

  it("Vercel's edge-runtime", async () => {
    const runtime = new EdgeRuntime({
      initialCode: await bundleWorker('worker-edge-runtime.mjs', 'iife'),
      extend: (context) => Object.assign(context, { MANIAC_ENV: bindings() }),
    });
    await exerciseWorker((path, init) => runtime.dispatchFetch(`http://edge.test${path}`, init) as Promise<Response>);
  });
});

describe('package quality', { timeout: 60_000 }, () => {
  it.each(publicPackages)('publint --strict and attw are clean for @maniac/%s', async (name) => {
    await run(bin('publint'), ['--strict', consumer.tarballs[name]]);
    await run(bin('attw'), [consumer.tarballs[name], '--format', 'ascii'], { cwd: join(consumer.directory, '..') });
  });
});
