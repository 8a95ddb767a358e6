import { InternalServerError, RateLimitError } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { collectingLogger, faultClient, faultKey, rejection } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

describe('retries of idempotent requests', () => {
  it('503, 503, then 200 succeeds with exactly three requests, each numbered', async () => {
    server.handle = (_request, response, index) =>
      index < 2
        ? reply(response, 503, { error: { message: 'busy', type: 'service_unavailable' } })
        : reply(response, 200, runBody('erun_1'));
    const run = await faultClient(server).evaluation.runs.retrieve('erun_1');
    expect(run.id).toBe('erun_1');
    expect(server.requests).toHaveLength(3);
    expect(server.requests.map((request) => request.headers['x-maniac-retry-count'])).toEqual(['0', '1', '2']);
  });

  it('backs off 0.5 s then 1 s, less jitter', async () => {
    server.handle = (_request, response, index) =>
      index < 2 ? reply(response, 500, 'oops') : reply(response, 200, runBody('erun_1'));
    await faultClient(server).evaluation.runs.retrieve('erun_1');
    const [first, second, third] = server.requests.map((request) => request.at) as [number, number, number];
    expect(second - first).toBeGreaterThanOrEqual(375);
    expect(third - second).toBeGreaterThanOrEqual(750);
  });

  it('a 429 with Retry-After: 1 waits at least 1 s', async () => {
    server.handle = (_request, response, index) =>
      index === 0
        ? reply(response, 429, { error: { message: 'slow down', type: 'rate_limit_error' } }, { 'retry-after': '1' })
        : reply(response, 200, runBody('erun_1'));
    await faultClient(server).evaluation.runs.retrieve('erun_1');
    expect(server.requests).toHaveLength(2);
    expect((server.requests[1]?.at ?? 0) - (server.requests[0]?.at ?? 0)).toBeGreaterThanOrEqual(1000);
  });

  it('retry-after-ms takes precedence over Retry-After', async () => {
    server.handle = (_request, response, index) =>
      index === 0
        ? reply(response, 503, 'busy', { 'retry-after-ms': '20', 'retry-after': '30' })
        : reply(response, 200, runBody('erun_1'));
    const started = performance.now();
    await faultClient(server).evaluation.runs.retrieve('erun_1');
    expect(performance.now() - started).toBeLessThan(1000);
    expect(server.requests).toHaveLength(2);
  });

  it('a Retry-After above maxRetryDelay throws RateLimitError at once, and warns', async () => {
    server.handle = (_request, response) =>
      reply(response, 429, { error: { message: 'quota', type: 'rate_limit_error' } }, { 'retry-after': '3600' });
    const { lines, logger } = collectingLogger();
    const started = performance.now();
    const error = await rejection(
      faultClient(server, { maxRetryDelay: 5000, logger, logLevel: 'warn' }).evaluation.runs.list(),
    );
    expect(error).toBeInstanceOf(RateLimitError);
    expect(performance.now() - started).toBeLessThan(500);
    expect(server.requests).toHaveLength(1);
    expect(lines.join('\n')).toMatch(/asks to wait 3600000 ms, over maxRetryDelay/);
  });

  it('a 500 with x-should-retry: false is not retried', async () => {
    server.handle = (_request, response) => reply(response, 500, 'no', { 'x-should-retry': 'false' });
    expect(await rejection(faultClient(server).evaluation.runs.retrieve('erun_1'))).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(1);
  });

  it('a 400 with x-should-retry: true is retried', async () => {
    server.handle = (_request, response, index) =>
      index === 0
        ? reply(response, 400, 'retry me', { 'x-should-retry': 'true', 'retry-after-ms': '0' })
        : reply(response, 200, runBody('erun_1'));
    await faultClient(server).evaluation.runs.retrieve('erun_1');
    expect(server.requests).toHaveLength(2);
  });

  it('gives up after maxRetries, logs it at warn, and never logs the key', async () => {
    server.handle = (_request, response) => reply(response, 502, 'bad gateway', { 'retry-after-ms': '1' });
    const { lines, logger } = collectingLogger();
    const error = await rejection(
      faultClient(server, { logger, logLevel: 'debug', maxRetries: 3 }).evaluation.runs.retrieve('erun_1'),
    );
    expect(error).toBeInstanceOf(InternalServerError);
    expect(server.requests).toHaveLength(4);
    expect(lines.filter((line) => line.includes('→ 502 (attempt'))).toHaveLength(4);
    expect(lines.some((line) => /gave up after 4 attempts/.test(line))).toBe(true);
    expect(lines.join('\n')).not.toContain(faultKey);
    expect(server.requests[0]?.headers.authorization).toBe(`Bearer ${faultKey}`);
  });

  it('per-call maxRetries overrides the client', async () => {
    server.handle = (_request, response) => reply(response, 503, 'busy', { 'retry-after-ms': '1' });
    await rejection(faultClient(server, { maxRetries: 5 }).evaluation.runs.retrieve('erun_1', { maxRetries: 1 }));
    expect(server.requests).toHaveLength(2);
  });
});
