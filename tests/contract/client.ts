import { type ClientOptions, Maniac } from '@maniac/core';
import { inject } from 'vitest';

export const testKey = 'mk_contract_7a1f0c';

/**
 * A client of the built @maniac/core pointed at the Prism mock. The contract is about what each
 * response maps to, so retries are off: the fault tests cover them against a real server.
 */
export function mockClient(options: Partial<ClientOptions> = {}): Maniac {
  return new Maniac({ apiKey: testKey, baseURL: inject('mockURL'), maxRetries: 0, logLevel: 'off', ...options });
}

/** A client whose requests ask Prism for one named example or one status code. */
export function clientPreferring(prefer: string): Maniac {
  return mockClient({ defaultHeaders: { Prefer: prefer } });
}

/** Calls each operation through the SDK method that wraps it. */
export const callOperation: Record<string, (maniac: Maniac) => Promise<unknown>> = {
  listEvaluationRuns: (maniac) => maniac.evaluation.runs.list(),
  createEvaluationRun: (maniac) =>
    maniac.evaluation.runs.create({
      container: 'support-bot',
      evaluators: ['faithfulness'],
      ground_truth: { type: 'dataset', dataset: 'support-golden-set' },
    }),
  getEvaluationRun: (maniac) => maniac.evaluation.runs.retrieve('erun_2f9c1a7e4b'),
  cancelEvaluationRun: (maniac) => maniac.evaluation.runs.cancel('erun_2f9c1a7e4b'),
  healthz: (maniac) => maniac.health(),
};
