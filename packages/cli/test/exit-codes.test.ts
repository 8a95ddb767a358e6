import { spawn } from 'node:child_process';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cliPath, runCli } from './run-cli.js';
import { json, run, startScriptedServer, walk } from './scripted-server.js';

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

const environment = () => ({ MANIAC_API_KEY: 'mk_exit_codes_key', MANIAC_BASE_URL: server.url });

describe('exit codes', () => {
  it('0: a completed run', async () => {
    server.handle = walk(['running', 'completed']);
    expect((await runCli(['runs', 'wait', 'erun_cli', '--interval', '0.05'], environment())).code).toBe(0);
  });

  it.each(['error', 'failed', 'cancelled'])('1: the run ended %s', async (status) => {
    server.handle = walk(['running', status]);
    const result = await runCli(['runs', 'wait', 'erun_cli', '--interval', '0.05'], environment());
    expect(result.code).toBe(1);
    expect(result.stdout).toContain(`erun_cli ${status}`);
  });

  it('1: create --wait of a run that fails', async () => {
    server.handle = (request, response) =>
      request.method === 'POST' ? json(response, 200, run('queued')) : json(response, 200, run('failed'));
    expect(
      (
        await runCli(
          ['runs', 'create', '--container', 'c', '--evaluator', 'e', '--wait', '--interval', '0.05'],
          environment(),
        )
      ).code,
    ).toBe(1);
  });

  it.each([
    [401, 3],
    [403, 3],
    [404, 4],
    [500, 5],
    [422, 5],
  ])('an API %i exits %i, with one line on stderr: status, message, request id', async (status, code) => {
    server.handle = (_request, response) =>
      json(response, status, { error: { message: `failure ${status}`, type: 'x' } });
    const result = await runCli(['runs', 'get', 'erun_cli'], environment());
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(`Error: ${status} failure ${status} (request req_cli_1)\n`);
    expect(result.stderr).not.toContain('mk_exit_codes_key');
    expect(result.stderr).not.toContain('    at ');
  });

  it('MANIAC_DEBUG=1 adds the stack trace', async () => {
    server.handle = (_request, response) => json(response, 404, { error: { message: 'gone', type: 'x' } });
    const result = await runCli(['runs', 'get', 'erun_cli'], { ...environment(), MANIAC_DEBUG: '1' });
    expect(result.stderr).toContain('    at ');
  });

  it('5: a network error', async () => {
    const result = await runCli(['runs', 'list'], { MANIAC_API_KEY: 'k', MANIAC_BASE_URL: 'http://127.0.0.1:9' });
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/^Error: Connection error/);
  });

  it('5: --timeout reached while waiting', async () => {
    server.handle = walk(['running']);
    const result = await runCli(['runs', 'wait', 'erun_cli', '--interval', '0.05', '--timeout', '0.3'], environment());
    expect(result.code).toBe(5);
    expect(result.stderr).toMatch(/did not finish within 300 ms; last status: running/);
  });

  it('130: Ctrl-C stops polling at once', async () => {
    server.handle = walk(['running']);
    const child = spawn(process.execPath, [cliPath, 'runs', 'wait', 'erun_cli', '--interval', '0.05'], {
      env: { PATH: process.env.PATH ?? '', ...environment() },
    });
    await new Promise((resolve) => setTimeout(resolve, 600));
    const pollsBefore = server.requests;
    expect(pollsBefore).toBeGreaterThan(1);
    const interrupted = performance.now();
    child.kill('SIGINT');
    const code = await new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
    expect(code).toBe(130);
    expect(performance.now() - interrupted).toBeLessThan(1000);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(server.requests).toBeLessThanOrEqual(pollsBefore + 1);
  });
});

describe('2: usage errors name the flag, show the form, and send nothing', () => {
  it.each([
    [
      ['runs', 'create', '--container', 'c', '--evaluator', 'e', '--sample', 'dataset'],
      /--sample <src>.*dataset:<id-or-label> \| container\[:<id-or-label>\] \| generate:<model>/,
    ],
    [['runs', 'create', '--container', 'c', '--evaluator', 'e', '--baseline', 'generate:'], /--baseline <src>/],
    [
      ['runs', 'create', '--container', 'c', '--evaluator', 'e', '--metadata', 'ticket'],
      /--metadata <key=value>.*expected key=value/,
    ],
    [['runs', 'create', '--evaluator', 'e'], /missing --container/],
    [['runs', 'create', '--container', 'c'], /missing --evaluator/],
    [
      [
        'runs',
        'create',
        '--container',
        'c',
        '--evaluator',
        'e',
        '--sample',
        'generate:a',
        '--ground-truth',
        'generate:b',
      ],
      /must not both be type "generate"/,
    ],
    [['runs', 'list', '--limit', '500'], /--limit <n>.*from 1 to 100/],
    [['runs', 'list', '--limit', 'ten'], /--limit <n>/],
    [['runs', 'list', '--offset', '-1'], /--offset <n>/],
    [['runs', 'wait', 'erun_cli', '--interval', 'soon'], /--interval <seconds>/],
    [['runs', 'get'], /missing required argument 'run_id'/],
    [['runs', 'frobnicate'], /unknown command/],
    [['runs', 'list', '--colour'], /unknown option '--colour'/],
    [['runs', 'create', '--body', '/nonexistent.json'], /--body: cannot read/],
  ])('%j', async (args, message) => {
    const result = await runCli(args, environment());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(server.requests).toBe(0);
  });

  it('a missing key names --api-key and MANIAC_API_KEY', async () => {
    const result = await runCli(['runs', 'list'], { MANIAC_BASE_URL: server.url });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--api-key.*MANIAC_API_KEY/);
    expect(server.requests).toBe(0);
  });
});
