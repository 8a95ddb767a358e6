import { describe, expect, it } from 'vitest';
import { DEFAULT_BASE_URL, Maniac } from '../src/index.js';
import { recordingFetch, testKey } from './helpers/recording-fetch.js';

describe('Maniac', () => {
  it('sends the key as a bearer token to the default host', async () => {
    const fetch = recordingFetch(Response.json({ ok: true }));
    const maniac = new Maniac({ apiKey: testKey, fetch });
    expect(await maniac.health()).toEqual({ ok: true });
    const request = fetch.requests[0] as Request;
    expect(DEFAULT_BASE_URL).toBe('https://platform.maniac.ai');
    expect(request.url).toBe('https://platform.maniac.ai/healthz');
    expect(request.headers.get('authorization')).toBe(`Bearer ${testKey}`);
  });

  it('joins a base URL with a path prefix and trailing slash', async () => {
    const fetch = recordingFetch();
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://127.0.0.1:8787/maniac/', fetch });
    expect(maniac.baseURL).toBe('http://127.0.0.1:8787/maniac');
    await maniac.evaluation.runs.list();
    expect(fetch.requests[0]?.url).toBe('http://127.0.0.1:8787/maniac/v1/evaluation/runs');
  });

  it('sends defaultHeaders with every request, and they may replace Authorization', async () => {
    const fetch = recordingFetch();
    const maniac = new Maniac({
      apiKey: testKey,
      baseURL: 'http://api.test',
      fetch,
      defaultHeaders: { 'x-team': 'search', Authorization: 'Bearer other' },
    });
    await maniac.health();
    expect(fetch.requests[0]?.headers.get('x-team')).toBe('search');
    expect(fetch.requests[0]?.headers.get('authorization')).toBe('Bearer other');
  });

  it('returns the parsed body of each method', async () => {
    const run = { id: 'erun_1', status: 'queued', created_at: '2026-01-01T00:00:00Z' };
    const page = { object: 'list', data: [run], total: 1 };
    const fetch = recordingFetch(Response.json(page), Response.json(run), Response.json(run), Response.json(run));
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch });
    expect(await maniac.evaluation.runs.list()).toEqual(page);
    expect(await maniac.evaluation.runs.create({ container: 'c', evaluators: ['e'] })).toEqual(run);
    expect(await maniac.evaluation.runs.retrieve('erun_1')).toEqual(run);
    expect(await maniac.evaluation.runs.cancel('erun_1')).toEqual(run);
    expect(fetch.requests.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
      'GET /v1/evaluation/runs',
      'POST /v1/evaluation/runs',
      'GET /v1/evaluation/runs/erun_1',
      'POST /v1/evaluation/runs/erun_1/cancel',
    ]);
  });

  it('maniac.api throws the same typed errors instead of returning them', async () => {
    const fetch = recordingFetch(Response.json({ detail: 'nope' }, { status: 403 }));
    const maniac = new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch });
    await expect(maniac.api.GET('/v1/evaluation/runs')).rejects.toMatchObject({
      name: 'PermissionDeniedError',
      status: 403,
    });
  });
});
