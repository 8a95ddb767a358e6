import { APIUserAbortError, WaitForTimeoutError } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { faultClient, rejection } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

/** Answers each GET of the run with the next status in `statuses`, then keeps the last. */
function walkRun(statuses: Array<string | Record<string, unknown>>) {
  let poll = 0;
  server.handle = (request, response) => {
    if (request.method === 'POST') return reply(response, 200, runBody('erun_walk', 'queued'));
    const step = statuses[Math.min(poll++, statuses.length - 1)];
    reply(response, 200, typeof step === 'string' ? runBody('erun_walk', step) : runBody('erun_walk', 'unknown', step));
  };
}

describe('waitFor', () => {
  it('follows a run from queued to running to completed and resolves with it', async () => {
    walkRun(['queued', 'running', 'completed']);
    const seen: string[] = [];
    const run = await faultClient(server).evaluation.runs.waitFor('erun_walk', {
      intervalMs: 10,
      onPoll: (polled) => seen.push(polled.status),
    });
    expect(run.status).toBe('completed');
    expect(seen).toEqual(['queued', 'running', 'completed']);
    expect(server.requests).toHaveLength(3);
  });

  it('resolves a run whose status is unknown but whose finished_at is set', async () => {
    walkRun(['running', { status: 'archiving', finished_at: '2026-12-01T00:10:00Z' }]);
    const run = await faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 10 });
    expect(run).toMatchObject({ status: 'archiving', finished_at: '2026-12-01T00:10:00Z' });
  });

  it('resolves with a failed run too: the caller decides what failure means', async () => {
    walkRun(['running', 'failed']);
    expect((await faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 10 })).status).toBe('failed');
  });

  it('rides out a transient error under the retry policy', async () => {
    let poll = 0;
    server.handle = (_request, response) => {
      poll++;
      if (poll === 2) return reply(response, 503, 'busy', { 'retry-after-ms': '5' });
      reply(response, 200, runBody('erun_walk', poll < 3 ? 'running' : 'completed'));
    };
    expect((await faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 10 })).status).toBe(
      'completed',
    );
  });

  it('waits longer between polls as it goes, up to the cap', async () => {
    walkRun(['queued', 'running', 'running', 'running', 'running', 'completed']);
    await faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 40, maxIntervalMs: 60 });
    const gaps = server.requests.slice(1).map((request, index) => request.at - (server.requests[index]?.at ?? 0));
    expect(gaps[0]).toBeGreaterThanOrEqual(39);
    expect(gaps[1]).toBeGreaterThanOrEqual(47);
    // Each gap is the capped sleep plus one local round trip; the margin absorbs a loaded CI machine.
    expect(Math.max(...gaps)).toBeLessThan(60 + 200);
  });

  it('throws WaitForTimeoutError with the last run seen', async () => {
    walkRun(['queued', 'running']);
    const error = await rejection(
      faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 20, timeoutMs: 150 }),
    );
    expect(error).toBeInstanceOf(WaitForTimeoutError);
    expect((error as WaitForTimeoutError).lastRun?.status).toBe('running');
  });

  it('stops at once when the signal aborts, and polls no more', async () => {
    walkRun(['running']);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 60);
    const error = await rejection(
      faultClient(server).evaluation.runs.waitFor('erun_walk', { intervalMs: 20, signal: controller.signal }),
    );
    expect(error).toBeInstanceOf(APIUserAbortError);
    const polls = server.requests.length;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(server.requests).toHaveLength(polls);
  });

  it('createAndWait creates once, then polls to the end', async () => {
    walkRun(['running', 'completed']);
    const run = await faultClient(server).evaluation.runs.createAndWait(
      { container: 'support-bot', evaluators: ['faithfulness'] },
      { intervalMs: 10, idempotencyKey: 'eval-7' },
    );
    expect(run.status).toBe('completed');
    expect(server.requests.map((request) => request.method)).toEqual(['POST', 'GET', 'GET']);
    expect(server.requests[0]?.headers['idempotency-key']).toBe('eval-7');
  });
});
