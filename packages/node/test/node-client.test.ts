import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Maniac, USER_AGENT, VERSION } from '../src/index.js';
import { startApiServer, startForwardProxy } from './servers.js';

const fixture = fileURLToPath(new URL('./fixtures/call-health.mjs', import.meta.url));

/** Runs the fixture with exactly `environment` (plus PATH) and the given options; its whole output. */
async function runFixture(environment: Record<string, string>, options: Record<string, unknown> = {}) {
  const { stdout } = await promisify(execFile)(process.execPath, [fixture, JSON.stringify(options)], {
    env: { PATH: process.env.PATH ?? '', ...environment },
  });
  return stdout;
}

/** The fixture's result: its last line of output, parsed. */
async function callHealth(environment: Record<string, string>, options: Record<string, unknown> = {}) {
  const stdout = await runFixture(environment, options);
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}');
}

let api: Awaited<ReturnType<typeof startApiServer>>;
beforeEach(async () => {
  api = await startApiServer();
});
afterEach(() => api.close());

describe('configuration from the environment', () => {
  it('MANIAC_API_KEY and MANIAC_BASE_URL are enough', async () => {
    expect(await callHealth({ MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: api.url })).toEqual({ result: { ok: true } });
    expect(api.requests[0]?.headers.authorization).toBe('Bearer mk_env');
  });

  it('explicit options win over the environment', async () => {
    const other = await startApiServer();
    try {
      await callHealth(
        { MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: 'http://127.0.0.1:9' },
        { apiKey: 'mk_explicit', baseURL: other.url },
      );
      expect(other.requests[0]?.headers.authorization).toBe('Bearer mk_explicit');
    } finally {
      await other.close();
    }
  });

  it('with no key from either, construction names both the option and the variable', async () => {
    const { error } = await callHealth({ MANIAC_BASE_URL: api.url });
    expect(error.name).toBe('InvalidInputError');
    expect(error.message).toContain('apiKey');
    expect(error.message).toContain('MANIAC_API_KEY');
    expect(api.requests).toHaveLength(0);
  });

  it('apiKey: null is still the explicit way to send no key', async () => {
    await callHealth({ MANIAC_BASE_URL: api.url }, { apiKey: null });
    expect(api.requests[0]?.headers.authorization).toBeUndefined();
  });

  it('MANIAC_LOG sets the log level, and a bad one is named', async () => {
    const stdout = await runFixture({ MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: api.url, MANIAC_LOG: 'debug' });
    expect(stdout).toMatch(/\[maniac\] GET \/healthz → 200 \(attempt 1 of 1/);
    expect(stdout).not.toContain('mk_env');
    const { error } = await callHealth({ MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: api.url, MANIAC_LOG: 'loud' });
    expect(error.message).toMatch(/Invalid MANIAC_LOG: must be one of/);
  });

  it('defaults to the production host', () => {
    expect(new Maniac({ apiKey: 'mk_test' }).baseURL).toBe('https://platform.maniac.ai');
  });
});

describe('proxies', () => {
  let proxy: Awaited<ReturnType<typeof startForwardProxy>>;
  beforeEach(async () => {
    proxy = await startForwardProxy();
  });
  afterEach(() => proxy.close());

  it('HTTP_PROXY sends requests through the proxy', async () => {
    expect(await callHealth({ MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: api.url, HTTP_PROXY: proxy.url })).toEqual({
      result: { ok: true },
    });
    expect(proxy.targets.length).toBeGreaterThan(0);
    expect(proxy.targets.join()).toContain(new URL(api.url).host);
    expect(api.requests).toHaveLength(1);
  });

  it('a NO_PROXY host bypasses it', async () => {
    await callHealth({
      MANIAC_API_KEY: 'mk_env',
      MANIAC_BASE_URL: api.url,
      HTTP_PROXY: proxy.url,
      NO_PROXY: '127.0.0.1',
    });
    expect(proxy.targets).toHaveLength(0);
    expect(api.requests).toHaveLength(1);
  });

  it('an explicit dispatcher overrides the proxy variables', async () => {
    await callHealth(
      { MANIAC_API_KEY: 'mk_env', MANIAC_BASE_URL: api.url, HTTP_PROXY: proxy.url },
      { useDispatcher: true },
    );
    expect(proxy.targets).toHaveLength(0);
    expect(api.requests).toHaveLength(1);
  });
});

describe('connections and identification', () => {
  it('50 sequential requests open fewer than 5 sockets', async () => {
    const maniac = new Maniac({ apiKey: 'mk_test', baseURL: api.url });
    for (let index = 0; index < 50; index++) await maniac.health();
    expect(api.requests).toHaveLength(50);
    expect(api.connections()).toBeLessThan(5);
  });

  it('sends User-Agent maniac-node/<version> node/<version>', async () => {
    await new Maniac({ apiKey: 'mk_test', baseURL: api.url }).health();
    expect(VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(USER_AGENT).toBe(`maniac-node/${VERSION} node/${process.version}`);
    expect(api.requests[0]?.headers['user-agent']).toBe(USER_AGENT);
  });

  it('the built package has its version inlined, not read from package.json', async () => {
    const { readFile } = await import('node:fs/promises');
    const built = await readFile(new URL('../dist/index.js', import.meta.url), 'utf8');
    expect(built).toContain(`"${VERSION}"`);
    expect(built).not.toContain('package.json');
  });
});
