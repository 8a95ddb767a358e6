export {
  type ManiacQueryOptions,
  type UseEvaluationRunOptions,
  useCancelEvaluationRun,
  useCreateEvaluationRun,
  useEvaluationRun,
  useEvaluationRuns,
  useHealth,
  useInfiniteEvaluationRuns,
} from './hooks.js';
export { ManiacProvider, useManiac } from './provider.js';
export { type ClientScope, type InfiniteRunsParams, maniacKeys, setClientScope } from './query-keys.js';
export {
  evaluationRunQueryOptions,
  evaluationRunsQueryOptions,
  healthQueryOptions,
  infiniteEvaluationRunsQueryOptions,
} from './query-options.js';
