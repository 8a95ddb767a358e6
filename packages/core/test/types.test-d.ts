import { describe, expectTypeOf, it } from 'vitest';
import {
  type DataSource,
  type EvaluationRun,
  type EvaluationRunList,
  type HealthResponse,
  Maniac,
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

  it('the client needs an apiKey, or null on purpose', () => {
    // @ts-expect-error apiKey is required
    new Maniac({ baseURL: 'http://127.0.0.1:4010' });
  });
});

describe('results are typed from the spec', () => {
  it('methods return the generated types', () => {
    expectTypeOf(maniac.health()).resolves.toEqualTypeOf<HealthResponse>();
    expectTypeOf(runs.list()).resolves.toEqualTypeOf<EvaluationRunList>();
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
