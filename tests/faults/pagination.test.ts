import { describe, expect, it } from 'vitest';
import { faultClient } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

/** Serves a newest-first list of runs; `afterEachPage` may change it between pages. */
function serveRuns(runs: string[], afterEachPage: () => void = () => {}) {
  server.handle = (request, response) => {
    const query = new URL(request.url, server.url).searchParams;
    const limit = Number(query.get('limit') ?? 20);
    const offset = Number(query.get('offset') ?? 0);
    reply(response, 200, {
      object: 'list',
      data: runs.slice(offset, offset + limit).map((id) => runBody(id)),
      total: runs.length,
    });
    afterEachPage();
  };
}

describe('iterating a list', () => {
  it('yields each of 1,003 runs exactly once while new runs are inserted at the head', async () => {
    const original = Array.from({ length: 1003 }, (_, index) => `erun_${String(1002 - index).padStart(4, '0')}`);
    const runs = [...original];
    let inserted = 0;
    serveRuns(runs, () => {
      for (let count = 0; count < 7; count++) runs.unshift(`erun_new_${inserted++}`);
    });
    const yielded: string[] = [];
    for await (const run of faultClient(server).evaluation.runs.list({ container: 'support-bot' }))
      yielded.push(run.id);

    expect(new Set(yielded).size).toBe(yielded.length);
    const originalYielded = yielded.filter((id) => !id.startsWith('erun_new_'));
    expect(originalYielded).toEqual(original);
    const queries = server.requests.map((request) => new URL(request.url, server.url).searchParams);
    expect(queries.every((query) => query.get('limit') === '100' && query.get('container') === 'support-bot')).toBe(
      true,
    );
  });

  it("uses the caller's limit as the page size", async () => {
    serveRuns(Array.from({ length: 120 }, (_, index) => `erun_${index}`));
    let count = 0;
    for await (const _run of faultClient(server).evaluation.runs.list({ limit: 50 })) count++;
    expect(count).toBe(120);
    expect(server.requests.map((request) => new URL(request.url, server.url).search)).toEqual([
      '?limit=50',
      '?limit=50&offset=50',
      '?limit=50&offset=100',
    ]);
  });

  it('stops at an empty page even when total says there is more', async () => {
    server.handle = (request, response) => {
      const offset = Number(new URL(request.url, server.url).searchParams.get('offset') ?? 0);
      const data = offset === 0 ? [runBody('erun_a'), runBody('erun_b')] : [];
      reply(response, 200, { object: 'list', data, total: 1000 });
    };
    const ids: string[] = [];
    for await (const run of faultClient(server).evaluation.runs.list()) ids.push(run.id);
    expect(ids).toEqual(['erun_a', 'erun_b']);
    expect(server.requests).toHaveLength(2);
  });
});

describe('a page', () => {
  it('knows whether there is a next page and fetches it with the same filters', async () => {
    serveRuns(Array.from({ length: 45 }, (_, index) => `erun_${index}`));
    const first = await faultClient(server).evaluation.runs.list({ status: 'completed', limit: 20 });
    expect(first.data).toHaveLength(20);
    expect(first.total).toBe(45);
    expect(first.hasNextPage()).toBe(true);
    const second = await first.getNextPage();
    const third = await second.getNextPage();
    expect(third.data.map((run) => run.id)).toEqual(['erun_40', 'erun_41', 'erun_42', 'erun_43', 'erun_44']);
    expect(third.hasNextPage()).toBe(false);
    await expect(third.getNextPage()).rejects.toThrow(/no next page/);
    expect(new URL(server.requests[1]?.url ?? '', server.url).search).toBe('?status=completed&limit=20&offset=20');
    expect(JSON.parse(JSON.stringify(third))).toEqual({ object: 'list', data: third.data, total: 45 });
  });
});
