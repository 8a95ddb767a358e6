import type {
  EvaluationRun,
  EvaluationRunCreateParams,
  EvaluationRunList,
  EvaluationRunListParams,
  HealthResponse,
  Maniac,
  ManiacError,
} from '@maniac/core';
import {
  keepPreviousData,
  type UseMutationOptions,
  type UseQueryOptions,
  useInfiniteQuery,
  useMutation,
  useQuery,
  useQueryClient,
} from '@tanstack/react-query';
import { useManiac } from './provider.js';
import { type InfiniteRunsParams, maniacKeys } from './query-keys.js';
import {
  evaluationRunQueryOptions,
  evaluationRunsQueryOptions,
  healthQueryOptions,
  infiniteEvaluationRunsQueryOptions,
} from './query-options.js';

/** Extra TanStack options a query hook accepts; the key and the query function are the hook's. */
export type ManiacQueryOptions<Data> = Omit<UseQueryOptions<Data, ManiacError>, 'queryKey' | 'queryFn'>;

/**
 * One page of runs. While the next page (new params) loads, the previous one stays on screen.
 *
 * @example
 * const { data, error, isPending } = useEvaluationRuns({ status: 'completed', limit: 20, offset });
 */
export function useEvaluationRuns(
  params: EvaluationRunListParams = {},
  queryOptions?: ManiacQueryOptions<EvaluationRunList>,
) {
  return useQuery({
    ...evaluationRunsQueryOptions(useManiac(), params),
    placeholderData: keepPreviousData,
    ...queryOptions,
  });
}

/**
 * Every run, page after page, by offset until `total`.
 *
 * @example
 * const { data, fetchNextPage, hasNextPage } = useInfiniteEvaluationRuns({ container: 'support-bot', limit: 50 });
 */
export function useInfiniteEvaluationRuns(params: InfiniteRunsParams = {}) {
  return useInfiniteQuery(infiniteEvaluationRunsQueryOptions(useManiac(), params));
}

export interface UseEvaluationRunOptions extends ManiacQueryOptions<EvaluationRun> {
  /** Refetch until the run is terminal, then stop: `true` polls every 2 s. */
  pollUntilDone?: boolean | { intervalMs: number };
}

/**
 * One run, optionally polled until it finishes.
 *
 * @example
 * const { data: run } = useEvaluationRun(runId, { pollUntilDone: { intervalMs: 2000 } });
 */
export function useEvaluationRun(runId: string, { pollUntilDone, ...queryOptions }: UseEvaluationRunOptions = {}) {
  const interval = pollUntilDone === true ? 2000 : pollUntilDone ? pollUntilDone.intervalMs : undefined;
  return useQuery({ ...evaluationRunQueryOptions(useManiac(), runId, interval), ...queryOptions });
}

type RunMutationOptions<Variables> = Omit<UseMutationOptions<EvaluationRun, ManiacError, Variables>, 'mutationFn'>;

/**
 * A mutation that changes one run. On success it stores the run as its detail and marks every run
 * list of this client stale, then calls the caller's own `onSuccess`.
 */
function useRunMutation<Variables>(
  mutate: (client: Maniac, variables: Variables) => Promise<EvaluationRun>,
  options: RunMutationOptions<Variables>,
) {
  const client = useManiac();
  const queryClient = useQueryClient();
  return useMutation<EvaluationRun, ManiacError, Variables>({
    ...options,
    mutationFn: (variables) => mutate(client, variables),
    onSuccess: async (...args) => {
      const keys = maniacKeys.for(client);
      queryClient.setQueryData(keys.runs.detail(args[0].id), args[0]);
      await queryClient.invalidateQueries({ queryKey: keys.runs.lists });
      return options.onSuccess?.(...args);
    },
  });
}

/**
 * Creates a run; on success, seeds its detail cache and invalidates run lists.
 *
 * @example
 * const create = useCreateEvaluationRun();
 * create.mutate({ container: 'support-bot', evaluators: ['faithfulness'] });
 */
export function useCreateEvaluationRun(options: RunMutationOptions<EvaluationRunCreateParams> = {}) {
  return useRunMutation((client, params) => client.evaluation.runs.create(params), options);
}

/**
 * Cancels a run by id; on success, updates its detail cache and invalidates run lists.
 *
 * @example
 * const cancel = useCancelEvaluationRun();
 * cancel.mutate(run.id);
 */
export function useCancelEvaluationRun(options: RunMutationOptions<string> = {}) {
  return useRunMutation((client, runId) => client.evaluation.runs.cancel(runId), options);
}

/** The health check. */
export function useHealth(queryOptions?: ManiacQueryOptions<HealthResponse>) {
  return useQuery({ ...healthQueryOptions(useManiac()), ...queryOptions });
}
