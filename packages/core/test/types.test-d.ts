import { describe, expectTypeOf, it } from 'vitest';
import {
  type DataSource,
  type EvaluationRun,
  type EvaluationRunList,
  type EvaluationRunListParams,
  type HealthResponse,
  Maniac,
  type Page,
  type WaitForTimeoutError,
} from '../src/index.js';

const maniac = new Maniac({ apiKey: 'mk_test' });
const runs = maniac.evaluation.runs;

describe('mistakes that do not compile', () => {
  it('create needs container and evaluators', () => {
    // @ts-expect-error container is required
    runs.create({ evaluators: ['faithfulness'] });
    // @ts-expect-error evaluators is required
    runs.create({ container: 'support-bot' });
    // @ts-expect-error evaluators is a string array, not a string
    runs.create({ container: 'support-bot', evaluators: 'faithfulness' });
  });

  it('data sources are checked by their type', () => {
    // @ts-expect-error a generate source needs models
    runs.create({ container: 'c', evaluators: ['e'], sample: { type: 'generate' } });
    // @ts-expect-error a dataset source needs dataset
    runs.create({ container: 'c', evaluators: ['e'], ground_truth: { type: 'dataset' } });
    // @ts-expect-error there is no "file" source type
    runs.create({ container: 'c', evaluators: ['e'], baseline: { type: 'file', path: 'x' } });
    // @ts-expect-error models is a string array
    const source: DataSource = { type: 'generate', models: 'gpt-4o-mini' };
    void source;
  });

  it('list parameters have their types', () => {
    // @ts-expect-error limit is a number
    runs.list({ limit: '50' });
    // @ts-expect-error offset is a number
    runs.list({ offset: '10' });
  });

  it('misspelled fields are refused', () => {
    // @ts-expect-error "evaluator" is not a field: it is "evaluators"
    runs.create({ container: 'c', evaluator: ['e'] });
    // @ts-expect-error "enviroment" is misspelled
    runs.create({ container: 'c', evaluators: ['e'], enviroment: 'main' });
    // @ts-expect-error "groundTruth" is camelCase: API fields stay snake_case
    runs.create({ container: 'c', evaluators: ['e'], groundTruth: { type: 'container' } });
    // @ts-expect-error "limt" is misspelled
    runs.list({ limt: 5 });
  });

  it('run ids are strings', () => {
    // @ts-expect-error a run id is a string
    runs.retrieve(42);
    // @ts-expect-error a run id is required
    runs.cancel();
  });

  it('maniac.api only knows the spec paths and their parameters', () => {
    // @ts-expect-error no such path
    maniac.api.GET('/v1/evaluation/run');
    // @ts-expect-error run_id is required
    maniac.api.GET('/v1/evaluation/runs/{run_id}', { params: { path: {} } });
  });

  it('request options are typed', () => {
    // @ts-expect-error timeout is a number of milliseconds
    runs.retrieve('r', { timeout: '5s' });
    // @ts-expect-error maxRetries is a number
    runs.list({}, { maxRetries: true });
    // @ts-expect-error "retries" is not an option: it is "maxRetries"
    runs.cancel('r', { retries: 1 });
    // @ts-expect-error signal is an AbortSignal
    maniac.health({ signal: 'stop' });
    // @ts-expect-error idempotencyKey is a string
    runs.create({ container: 'c', evaluators: ['e'] }, { idempotencyKey: 42 });
  });

  it('waitFor options are typed', () => {
    // @ts-expect-error intervalMs is a number
    runs.waitFor('r', { intervalMs: '2s' });
    // @ts-expect-error onPoll receives a run, not a string
    runs.waitFor('r', { onPoll: (status: number) => status });
    // @ts-expect-error "interval" is not an option: it is "intervalMs"
    runs.createAndWait({ container: 'c', evaluators: ['e'] }, { interval: 1000 });
  });

  it('client options are typed', () => {
    // @ts-expect-error logLevel is one of off, error, warn, info, debug
    new Maniac({ apiKey: 'k', logLevel: 'verbose' });
    // @ts-expect-error a logger needs error, warn, info and debug
    new Maniac({ apiKey: 'k', logger: { log: () => {} } });
  });

  it('the client needs an apiKey, or null on purpose', () => {
    // @ts-expect-error apiKey is required
    new Maniac({ baseURL: 'http://127.0.0.1:4010' });
  });
});

describe('results are typed from the spec', () => {
  it('methods return the generated types', () => {
    expectTypeOf(maniac.health()).resolves.toEqualTypeOf<HealthResponse>();
    expectTypeOf(runs.list()).resolves.toEqualTypeOf<Page<EvaluationRun, EvaluationRunListParams>>();
    expectTypeOf(runs.create).returns.resolves.toEqualTypeOf<EvaluationRun>();
    expectTypeOf(runs.retrieve).returns.resolves.toEqualTypeOf<EvaluationRun>();
    expectTypeOf(runs.cancel).returns.resolves.toEqualTypeOf<EvaluationRun>();
  });

  it('run fields keep their names, types and nullability', () => {
    expectTypeOf<EvaluationRun['id']>().toEqualTypeOf<string>();
    expectTypeOf<EvaluationRun['status']>().toEqualTypeOf<string>();
    expectTypeOf<EvaluationRun['created_at']>().toEqualTypeOf<string>();
    expectTypeOf<EvaluationRun['finished_at']>().toEqualTypeOf<string | null | undefined>();
    expectTypeOf<EvaluationRun['spend']>().toEqualTypeOf<number | null | undefined>();
    expectTypeOf<EvaluationRun['evaluators']>().toEqualTypeOf<string[] | null | undefined>();
    expectTypeOf<EvaluationRun['object']>().toEqualTypeOf<'evaluation.run' | undefined>();
    expectTypeOf<EvaluationRun['sample']>().toEqualTypeOf<DataSource | null | undefined>();
    expectTypeOf<EvaluationRunList['data']>().toEqualTypeOf<EvaluationRun[]>();
    expectTypeOf<EvaluationRunList['total']>().toEqualTypeOf<number>();
    expectTypeOf<HealthResponse>().toEqualTypeOf<{ ok: boolean }>();
  });

  it('raw access, pages, iteration and polling are typed', async () => {
    const { data, response, requestId } = await runs.retrieve('r').withResponse();
    expectTypeOf(data).toEqualTypeOf<EvaluationRun>();
    expectTypeOf(response).toEqualTypeOf<Response>();
    expectTypeOf(requestId).toEqualTypeOf<string | undefined>();

    const page = await runs.list({ limit: 50 });
    expectTypeOf(page.data).toEqualTypeOf<EvaluationRun[]>();
    expectTypeOf(page.total).toEqualTypeOf<number>();
    expectTypeOf(page.hasNextPage()).toEqualTypeOf<boolean>();
    expectTypeOf(page.getNextPage()).resolves.toEqualTypeOf<typeof page>();
    for await (const run of runs.list({ container: 'c' })) expectTypeOf(run).toEqualTypeOf<EvaluationRun>();

    expectTypeOf(runs.waitFor('r')).resolves.toEqualTypeOf<EvaluationRun>();
    expectTypeOf(runs.createAndWait({ container: 'c', evaluators: ['e'] })).resolves.toEqualTypeOf<EvaluationRun>();
    expectTypeOf<WaitForTimeoutError['lastRun']>().toEqualTypeOf<EvaluationRun | undefined>();
  });

  it('a data source narrows on its type', () => {
    const source = {} as DataSource;
    if (source.type === 'generate') expectTypeOf(source.models).toEqualTypeOf<string[]>();
    if (source.type === 'dataset') expectTypeOf(source.dataset).toEqualTypeOf<string>();
    if (source.type === 'container') expectTypeOf(source.container).toEqualTypeOf<string | undefined>();
  });

  it('maniac.api returns typed data', async () => {
    const { data } = await maniac.api.GET('/v1/evaluation/runs/{run_id}', { params: { path: { run_id: 'r' } } });
    expectTypeOf(data).toExtend<EvaluationRun | undefined>();
    expectTypeOf<NonNullable<typeof data>['spend']>().toEqualTypeOf<number | null | undefined>();
  });
});
