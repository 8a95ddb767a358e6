import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { APIConnectionError, APIConnectionTimeoutError, APIUserAbortError } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { faultClient, rejection } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

describe('timeouts', () => {
  it('a server that never answers throws APIConnectionTimeoutError within timeout plus a small margin', async () => {
    server.handle = () => {};
    const started = performance.now();
    const error = await rejection(
      faultClient(server, { timeout: 300, maxRetries: 0 }).evaluation.runs.retrieve('erun_1'),
    );
    const elapsed = performance.now() - started;
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(elapsed).toBeGreaterThanOrEqual(295);
    expect(elapsed).toBeLessThan(300 + 250);
  });

  it('the timeout covers a body that stalls after the headers', async () => {
    server.handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json', 'content-length': '500' });
      response.write('{"id":"erun_1",');
    };
    const error = await rejection(
      faultClient(server, { maxRetries: 0 }).evaluation.runs.retrieve('erun_1', { timeout: 200 }),
    );
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
  });

  it('an idempotent request is retried after a timeout, each attempt bounded', async () => {
    server.handle = (_request, response, index) => {
      if (index > 0) reply(response, 200, runBody('erun_1'));
    };
    const run = await faultClient(server, { timeout: 200 }).evaluation.runs.retrieve('erun_1');
    expect(run.id).toBe('erun_1');
    expect(server.requests).toHaveLength(2);
  });

  it('after a timeout, no timer or socket is left: the process exits by itself', async () => {
    server.handle = () => {};
    const child = fileURLToPath(new URL('./fixtures/time-out-and-exit.mjs', import.meta.url));
    const started = performance.now();
    const { stdout } = await promisify(execFile)(process.execPath, [child, server.url], { timeout: 10_000 });
    expect(stdout.trim()).toBe('APIConnectionTimeoutError');
    // Two attempts of 200 ms and one backoff of at most 0.5 s: well under the 60 s default timeout
    // that a leaked timer would hold the process for.
    expect(performance.now() - started).toBeLessThan(5000);
  });
});

describe('abort', () => {
  it('an abort during a backoff wait rejects within 50 ms, and no further request is sent', async () => {
    const controller = new AbortController();
    let abortedAt = 0;
    server.handle = (_request, response) => {
      reply(response, 503, 'busy');
      setTimeout(() => {
        abortedAt = performance.now();
        controller.abort();
      }, 100);
    };
    const error = await rejection(
      faultClient(server).evaluation.runs.retrieve('erun_1', { signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - abortedAt).toBeLessThan(50);
    await new Promise((resolve) => setTimeout(resolve, 700));
    expect(server.requests).toHaveLength(1);
  });

  it('an abort during a request rejects at once with APIUserAbortError', async () => {
    const controller = new AbortController();
    server.handle = () => setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    const error = await rejection(faultClient(server).evaluation.runs.list({}, { signal: controller.signal }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.requests).toHaveLength(1);
  });

  it('an already aborted signal sends nothing', async () => {
    const error = await rejection(faultClient(server).health({ signal: AbortSignal.abort() }));
    expect(error).toBeInstanceOf(APIUserAbortError);
    expect(server.requests).toHaveLength(0);
  });
});
