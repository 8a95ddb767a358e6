import type { EvaluationRun, EvaluationRunList, HealthResponse, ManiacError } from '@maniac/core';
import { describe, expectTypeOf, it } from 'vitest';
import {
  maniacKeys,
  useCancelEvaluationRun,
  useCreateEvaluationRun,
  useEvaluationRun,
  useEvaluationRuns,
  useHealth,
  useInfiniteEvaluationRuns,
} from '../src/index.js';

describe('hook data is typed from the spec', () => {
  it('queries', () => {
    expectTypeOf(useEvaluationRuns().data).toEqualTypeOf<EvaluationRunList | undefined>();
    expectTypeOf(useEvaluationRun('r').data).toEqualTypeOf<EvaluationRun | undefined>();
    expectTypeOf(useHealth().data).toEqualTypeOf<HealthResponse | undefined>();
    expectTypeOf(useInfiniteEvaluationRuns().data?.pages).toEqualTypeOf<EvaluationRunList[] | undefined>();
    expectTypeOf(useEvaluationRun('r').error).toEqualTypeOf<ManiacError | null>();
  });

  it('mutations', () => {
    expectTypeOf(useCreateEvaluationRun().data).toEqualTypeOf<EvaluationRun | undefined>();
    expectTypeOf(useCancelEvaluationRun().mutate).parameter(0).toEqualTypeOf<string>();
  });
});

describe('wrong params do not compile', () => {
  it('queries', () => {
    // @ts-expect-error limit is a number
    useEvaluationRuns({ limit: '20' });
    // @ts-expect-error "state" is not a filter: it is "status"
    useEvaluationRuns({ state: 'running' });
    // @ts-expect-error offset comes from the pages in an infinite query
    useInfiniteEvaluationRuns({ offset: 40 });
    // @ts-expect-error a run id is a string
    useEvaluationRun(42);
    // @ts-expect-error pollUntilDone takes true or { intervalMs }
    useEvaluationRun('r', { pollUntilDone: 2000 });
  });

  it('mutations', () => {
    // @ts-expect-error evaluators is required
    useCreateEvaluationRun().mutate({ container: 'support-bot' });
    // @ts-expect-error cancel takes the run id
    useCancelEvaluationRun().mutate({ id: 'erun_1' });
  });

  it('keys', () => {
    // @ts-expect-error detail takes a run id
    maniacKeys.runs.detail();
  });
});
