import {
  type EvaluationRun,
  type EvaluationRunList,
  type EvaluationRunListParams,
  type HealthResponse,
  isTerminalRun,
  type Maniac,
  type ManiacError,
} from '@maniac/core';
import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { type InfiniteRunsParams, maniacKeys } from './query-keys.js';

/**
 * Core already retries under its own policy (and never replays a create), so TanStack's retry
 * stays off by default: one layer of retries, not two. Pass `retry` to a hook to change that.
 */
const oneRetryLayer = { retry: false } as const;

/**
 * Query options for one page of runs: for `useQuery`, `prefetchQuery` or `ensureQueryData`.
 *
 * @example
 * await queryClient.prefetchQuery(evaluationRunsQueryOptions(maniac, { status: 'completed' }));
 */
export function evaluationRunsQueryOptions(client: Maniac, params: EvaluationRunListParams = {}) {
  return queryOptions<EvaluationRunList, ManiacError>({
    queryKey: maniacKeys.for(client).runs.list(params),
    // A page as plain data (`toJSON`), so that the cache can share structure and SSR can serialise it.
    queryFn: async ({ signal }) => (await client.evaluation.runs.list(params, { signal })).toJSON(),
    ...oneRetryLayer,
  });
}

/**
 * Query options for one run. `pollIntervalMs` refetches until the run is terminal (by the same
 * `isTerminalRun` that core's `waitFor` uses), then stops.
 *
 * @example
 * await queryClient.prefetchQuery(evaluationRunQueryOptions(maniac, runId));
 */
export function evaluationRunQueryOptions(client: Maniac, runId: string, pollIntervalMs?: number) {
  return queryOptions<EvaluationRun, ManiacError>({
    queryKey: maniacKeys.for(client).runs.detail(runId),
    queryFn: ({ signal }) => client.evaluation.runs.retrieve(runId, { signal }),
    enabled: Boolean(runId),
    refetchInterval:
      pollIntervalMs === undefined
        ? undefined
        : (query) => (query.state.data && isTerminalRun(query.state.data) ? false : pollIntervalMs),
    ...oneRetryLayer,
  });
}

/** Infinite query options over every run, paged by offset until `total`. */
export function infiniteEvaluationRunsQueryOptions(client: Maniac, params: InfiniteRunsParams = {}) {
  return infiniteQueryOptions({
    queryKey: maniacKeys.for(client).runs.infinite(params),
    queryFn: async ({ pageParam, signal }): Promise<EvaluationRunList> =>
      (await client.evaluation.runs.list({ ...params, offset: pageParam }, { signal })).toJSON(),
    initialPageParam: 0,
    getNextPageParam: (lastPage: EvaluationRunList, _pages: EvaluationRunList[], lastOffset: number) => {
      const nextOffset = lastOffset + lastPage.data.length;
      return lastPage.data.length > 0 && nextOffset < lastPage.total ? nextOffset : undefined;
    },
    ...oneRetryLayer,
  });
}

/** Query options for the health check. */
export function healthQueryOptions(client: Maniac) {
  return queryOptions<HealthResponse, ManiacError>({
    queryKey: maniacKeys.for(client).health,
    queryFn: ({ signal }) => client.health({ signal }),
    ...oneRetryLayer,
  });
}
