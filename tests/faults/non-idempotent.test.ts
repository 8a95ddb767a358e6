import { APIConnectionError, InternalServerError } from '@maniac/core';
import { freePort } from '@maniac/scripts/mock-server.mjs';
import { describe, expect, it } from 'vitest';
import { collectingLogger, faultClient, rejection } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

const params = { container: 'support-bot', evaluators: ['faithfulness'] };

describe('creating a run is never sent twice unless the server cannot have acted', () => {
  it.each([500, 502, 504, 408, 409])('a %i means exactly one request, and the call throws', async (status) => {
    server.handle = (_request, response) =>
      reply(response, status, { error: { message: 'failed', type: 'server_error' } });
    const error = await rejection(faultClient(server).evaluation.runs.create(params));
    expect(error).toMatchObject({ status });
    if (status >= 500) expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('a 503 without Retry-After is not retried either', async () => {
    server.handle = (_request, response) => reply(response, 503, 'busy');
    await rejection(faultClient(server).evaluation.runs.create(params));
    expect(server.requests).toHaveLength(1);
  });

  it('a 503 with Retry-After: 0 followed by a 200 succeeds', async () => {
    server.handle = (_request, response, index) =>
      index === 0 ? reply(response, 503, 'busy', { 'retry-after': '0' }) : reply(response, 200, runBody('erun_new'));
    expect((await faultClient(server).evaluation.runs.create(params)).id).toBe('erun_new');
    expect(server.requests).toHaveLength(2);
  });

  it('a 429 is retried: the server refused before acting', async () => {
    server.handle = (_request, response, index) =>
      index === 0 ? reply(response, 429, 'slow', { 'retry-after-ms': '5' }) : reply(response, 200, runBody('erun_new'));
    await faultClient(server).evaluation.runs.create(params);
    expect(server.requests).toHaveLength(2);
  });

  it('with idempotencyKey, 500, 500, 200 succeeds with three requests carrying the same Idempotency-Key', async () => {
    server.handle = (_request, response, index) =>
      index < 2 ? reply(response, 500, 'oops') : reply(response, 200, runBody('erun_new'));
    const run = await faultClient(server).evaluation.runs.create(params, { idempotencyKey: 'create-eval-142' });
    expect(run.id).toBe('erun_new');
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((request) => request.headers['idempotency-key'])).toEqual(
      Array(3).fill('create-eval-142'),
    );
    expect(server.requests.map((request) => JSON.parse(request.body))).toEqual(Array(3).fill(params));
  });

  it('a reset after the request was sent is not retried', async () => {
    server.handle = (_request, response) => response.socket?.destroy();
    const error = await rejection(faultClient(server).evaluation.runs.create(params));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(server.requests).toHaveLength(1);
  });

  it('a timeout after the request was sent is not retried', async () => {
    server.handle = () => {};
    await rejection(faultClient(server, { timeout: 200 }).evaluation.runs.cancel('erun_1'));
    expect(server.requests).toHaveLength(1);
  });

  it('a connection refused before anything was sent is retried', async () => {
    const port = await freePort();
    const { lines, logger } = collectingLogger();
    const maniac = faultClient(
      { ...server, url: `http://127.0.0.1:${port}` },
      { logger, logLevel: 'debug', maxRetries: 1 },
    );
    const error = await rejection(maniac.evaluation.runs.create(params));
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error.message).toMatch(/ECONNREFUSED/);
    expect(lines.filter((line) => line.includes('POST /v1/evaluation/runs failed'))).toHaveLength(2);
  });
});
