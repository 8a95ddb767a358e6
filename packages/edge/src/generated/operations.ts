// Generated from spec/openapi.yaml by scripts/generate.mjs.
// Do not edit by hand: change the spec, then run `pnpm generate`.

/** The operations of the spec: method, path template and declared query parameters. */
export const operations = [
  {"operationId":"listEvaluationRuns","method":"GET","path":"/v1/evaluation/runs","query":["container","status","limit","offset"]},
  {"operationId":"createEvaluationRun","method":"POST","path":"/v1/evaluation/runs","query":[]},
  {"operationId":"getEvaluationRun","method":"GET","path":"/v1/evaluation/runs/{run_id}","query":[]},
  {"operationId":"cancelEvaluationRun","method":"POST","path":"/v1/evaluation/runs/{run_id}/cancel","query":[]},
  {"operationId":"healthz","method":"GET","path":"/healthz","query":[]},
] as const;
