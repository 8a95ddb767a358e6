import { describe, expect, it } from 'vitest';
import { InvalidInputError, Maniac, ManiacError } from '../src/index.js';
import { recordingFetch, testKey } from './helpers/recording-fetch.js';

function client() {
  const fetch = recordingFetch();
  return { fetch, maniac: new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch }) };
}

/** Runs `call` and checks that it threw InvalidInputError naming `field`, with nothing sent. */
async function expectRefused(call: (maniac: Maniac) => Promise<unknown>, field: string, rule: RegExp) {
  const { fetch, maniac } = client();
  const error = await call(maniac).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(InvalidInputError);
  expect(error).toBeInstanceOf(ManiacError);
  expect((error as InvalidInputError).field).toBe(field);
  expect((error as InvalidInputError).rule).toMatch(rule);
  expect((error as Error).message).toContain(field);
  expect(fetch.requests).toHaveLength(0);
}

// Plain JavaScript callers can pass anything; `loose` stands in for them.
const loose = (value: unknown) => value as never;
const valid = { container: 'support-bot', evaluators: ['faithfulness'] };

describe('client options', () => {
  it('a missing apiKey names the option', () => {
    expect(() => new Maniac(loose({}))).toThrow(/Invalid apiKey: is required/);
    expect(() => new Maniac(loose(undefined))).toThrow(InvalidInputError);
  });

  it.each([
    ['', /must not be empty/],
    [42, /must be a string/],
    ['mk_live with space', /printable ASCII/],
    ['mk_live\r\nX-Injected: 1', /printable ASCII/],
  ])('apiKey %j is refused without being echoed', (apiKey, rule) => {
    const error = (() => {
      try {
        new Maniac(loose({ apiKey }));
      } catch (caught) {
        return caught as InvalidInputError;
      }
    })();
    expect(error).toBeInstanceOf(InvalidInputError);
    expect(error?.field).toBe('apiKey');
    expect(error?.rule).toMatch(rule);
    if (typeof apiKey === 'string' && apiKey) expect(error?.message).not.toContain(apiKey);
  });

  it('apiKey: null builds a client that sends no Authorization header', async () => {
    const fetch = recordingFetch();
    await new Maniac({ apiKey: null, baseURL: 'http://proxy.test', fetch }).health();
    expect(fetch.requests[0]?.headers.has('authorization')).toBe(false);
  });

  it.each([
    [{ timeout: 3_000_000_000 }, /Invalid timeout: must be a positive number of milliseconds, at most 2147483647/],
    [{ maxRetryDelay: 2 ** 32 }, /Invalid maxRetryDelay/],
    [{ maxRetries: 1.5 }, /Invalid maxRetries/],
  ])('%j is refused: a timer cannot hold it', (options, message) => {
    expect(() => new Maniac(loose({ apiKey: testKey, ...options }))).toThrow(message);
  });

  it.each([['not a url'], ['ftp://example.com'], [42]])('baseURL %j is refused', (baseURL) => {
    expect(() => new Maniac(loose({ apiKey: testKey, baseURL }))).toThrow(/Invalid baseURL/);
  });
});

describe('run ids', () => {
  it.each([
    ['', /non-empty string/],
    ['   ', /non-empty string/],
    [undefined, /non-empty string, got undefined/],
    [null, /non-empty string, got null/],
    [42, /non-empty string, got number/],
    [{ id: 'erun_1' }, /non-empty string, got object/],
    ['.', /must not be "\."/],
    ['..', /must not be "\.\."/],
  ])('retrieve(%j) and cancel() are refused', async (runId, rule) => {
    await expectRefused((maniac) => maniac.evaluation.runs.retrieve(loose(runId)), 'run_id', rule);
    await expectRefused((maniac) => maniac.evaluation.runs.cancel(loose(runId)), 'run_id', rule);
  });

  it('maniac.api gets the same path checks', async () => {
    await expectRefused(
      (maniac) => maniac.api.GET('/v1/evaluation/runs/{run_id}', { params: { path: { run_id: '..' } } }),
      'run_id',
      /must not be/,
    );
    await expectRefused(
      (maniac) => maniac.api.GET('/v1/evaluation/runs/{run_id}', loose({ params: { path: {} } })),
      'run_id',
      /got undefined/,
    );
  });

  it('reserved characters are percent-encoded into one path segment', async () => {
    const { fetch, maniac } = client();
    await maniac.evaluation.runs.retrieve('a/../b?c=1#d e');
    await maniac.evaluation.runs.cancel('x/y');
    expect(fetch.requests.map((request) => new URL(request.url).pathname)).toEqual([
      '/v1/evaluation/runs/a%2F..%2Fb%3Fc%3D1%23d%20e',
      '/v1/evaluation/runs/x%2Fy/cancel',
    ]);
    expect(new URL(fetch.requests[0]?.url ?? '').search).toBe('');
  });
});

describe('create', () => {
  it.each([
    [undefined, 'params', /must be an object/],
    [{ evaluators: ['e'] }, 'container', /container id or label/],
    [{ ...valid, container: '' }, 'container', /container id or label/],
    [{ container: 'c' }, 'evaluators', /must be an array/],
    [{ ...valid, evaluators: [] }, 'evaluators', /at least one evaluator/],
    [{ ...valid, evaluators: 'faithfulness' }, 'evaluators', /must be an array/],
    [{ ...valid, evaluators: ['ok', 7] }, 'evaluators[1]', /non-empty evaluator/],
    [{ ...valid, sample: { type: 'file' } }, 'sample.type', /one of "dataset", "container", "generate", got "file"/],
    [{ ...valid, ground_truth: {} }, 'ground_truth.type', /got undefined/],
    [{ ...valid, baseline: 'dataset' }, 'baseline', /data source object/],
    [{ ...valid, sample: { type: 'dataset' } }, 'sample.dataset', /dataset id or label/],
    [{ ...valid, sample: { type: 'generate' } }, 'sample.models', /must be an array of model ids/],
    [{ ...valid, baseline: { type: 'generate', models: [] } }, 'baseline.models', /at least one model id/],
    [{ ...valid, sample: { type: 'container', container: 5 } }, 'sample.container', /container id or label/],
    [
      { ...valid, sample: { type: 'generate', models: ['a'] }, ground_truth: { type: 'generate', models: ['b'] } },
      'sample, ground_truth',
      /must not both be type "generate"/,
    ],
    [{ ...valid, metadata: 'team=a' }, 'metadata', /must be an object/],
    [{ ...valid, environment: 3 }, 'environment', /environment name/],
  ])('%j is refused, naming %s', async (params, field, rule) => {
    await expectRefused((maniac) => maniac.evaluation.runs.create(loose(params)), field, rule);
  });

  it('one generate side is fine: the omitted side defaults to the container logs', async () => {
    const { fetch, maniac } = client();
    await maniac.evaluation.runs.create({ ...valid, sample: { type: 'generate', models: ['gpt-4o-mini'] } });
    await maniac.evaluation.runs.create({ ...valid, sample: null, ground_truth: { type: 'generate', models: ['m'] } });
    expect(fetch.requests).toHaveLength(2);
  });

  it('sends the body as given', async () => {
    const { fetch, maniac } = client();
    const params = {
      ...valid,
      sample: { type: 'container' as const },
      ground_truth: { type: 'dataset' as const, dataset: 'golden' },
      metadata: { ticket: 'EVAL-1' },
      environment: 'staging',
    };
    await maniac.evaluation.runs.create(params);
    const request = fetch.requests[0] as Request;
    expect(request.method).toBe('POST');
    expect(request.headers.get('content-type')).toBe('application/json');
    expect(await request.json()).toEqual(params);
  });
});

describe('list', () => {
  it('refuses params that are not an object', async () => {
    await expectRefused((maniac) => maniac.evaluation.runs.list(loose('running')), 'params', /must be an object/);
  });

  it('refuses them when iterated too', async () => {
    const iterate = async (maniac: Maniac) => {
      for await (const run of maniac.evaluation.runs.list(loose('running'))) void run;
    };
    await expectRefused(iterate, 'params', /must be an object/);
  });

  it('serialises the query and leaves out null and undefined filters', async () => {
    const { fetch, maniac } = client();
    await maniac.evaluation.runs.list({ container: 'support bot', status: null, limit: 50, offset: undefined });
    await maniac.evaluation.runs.list();
    expect(fetch.requests.map((request) => request.url)).toEqual([
      'http://api.test/v1/evaluation/runs?container=support%20bot&limit=50',
      'http://api.test/v1/evaluation/runs',
    ]);
  });
});
