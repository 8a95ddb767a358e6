import { describe, expect, it } from 'vitest';
import { APIPromise, isTerminalRun, Maniac } from '../src/index.js';
import { createLevelLogger } from '../src/internal/logger.js';
import { collectingLogger } from './helpers/collecting-logger.js';
import { recordingFetch, testKey } from './helpers/recording-fetch.js';

describe('isTerminalRun', () => {
  it.each(['completed', 'error', 'failed', 'cancelled', 'canceled'])('%s is terminal', (status) => {
    expect(isTerminalRun({ status })).toBe(true);
  });

  it.each(['queued', 'running', 'pending', 'something-new'])('%s is not, without timestamps', (status) => {
    expect(isTerminalRun({ status, finished_at: null, error_at: null })).toBe(false);
  });

  it('finished_at or error_at make any status terminal', () => {
    expect(isTerminalRun({ status: 'archiving', finished_at: '2026-12-01T00:00:00Z' })).toBe(true);
    expect(isTerminalRun({ status: 'running', error_at: '2026-12-01T00:00:00Z' })).toBe(true);
  });
});

describe('the logger', () => {
  function capture(level: Parameters<typeof createLevelLogger>[0]) {
    const { lines, logger } = collectingLogger();
    return { lines, log: createLevelLogger(level, logger, testKey) };
  }

  it('drops lines below its level', () => {
    const { lines, log } = capture('warn');
    log.debug('d');
    log.info('i');
    log.warn('w');
    log.error('e');
    expect(lines).toEqual(['[maniac] w', '[maniac] e']);
    expect(capture('off').log.enabled('error')).toBe(false);
  });

  it('redacts the key and any bearer token at every level', () => {
    const { lines, log } = capture('debug');
    log.debug(`key ${testKey} and Authorization: Bearer sk-other-token`);
    log.error(`Bearer ${testKey}`);
    expect(lines.join('\n')).not.toContain(testKey);
    expect(lines.join('\n')).not.toContain('sk-other-token');
    expect(lines[0]).toBe('[maniac] key [redacted] and Authorization: Bearer [redacted]');
  });

  it('an unknown logLevel is refused', () => {
    expect(() => new Maniac({ apiKey: testKey, logLevel: 'verbose' as never })).toThrow(
      /Invalid logLevel: must be one of/,
    );
  });
});

describe('APIPromise', () => {
  it('starts at once, and gives the data or the response with its request id', async () => {
    const fetch = recordingFetch(Response.json({ ok: true }, { headers: { 'x-request-id': 'req_1' } }));
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch });
    const promise = maniac.health();
    expect(promise).toBeInstanceOf(APIPromise);
    await Promise.resolve();
    expect(fetch.requests).toHaveLength(1);
    const { data, response, requestId } = await promise.withResponse();
    expect(data).toEqual({ ok: true });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_1');
    expect(await promise).toEqual({ ok: true });
    expect(fetch.requests).toHaveLength(1);
  });

  it('list sends nothing until used', async () => {
    const fetch = recordingFetch(Response.json({ object: 'list', data: [], total: 0 }));
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch });
    const pending = maniac.evaluation.runs.list();
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fetch.requests).toHaveLength(0);
    expect((await pending).total).toBe(0);
    expect(fetch.requests).toHaveLength(1);
  });

  it('input errors reject the promise instead of throwing at the call', async () => {
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch: recordingFetch() });
    const promise = maniac.evaluation.runs.retrieve('');
    await expect(promise).rejects.toThrow(/Invalid run_id/);
  });
});
