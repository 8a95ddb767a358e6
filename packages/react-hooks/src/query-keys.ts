import type { EvaluationRunListParams, Maniac } from '@maniac/core';

/** The per-client part of every key: `{ client: '<name>' }`. */
export interface ClientScope {
  client: string;
}

const scopes = new WeakMap<Maniac, ClientScope>();
let unnamedClients = 0;

/**
 * Names a client's cache scope. Clients get a unique scope automatically; name one when server and
 * browser must agree on keys (prefetching for SSR with one client, hydrating with another).
 *
 * @example
 * setClientScope(serverClient, 'runs-app'); // on the server
 * setClientScope(browserClient, 'runs-app'); // in the browser
 */
export function setClientScope(client: Maniac, name: string): void {
  scopes.set(client, { client: name });
}

function clientScope(client: Maniac): ClientScope {
  let scope = scopes.get(client);
  if (!scope) {
    scope = { client: `maniac-${++unnamedClients}` };
    scopes.set(client, scope);
  }
  return scope;
}

/** Infinite-list parameters: a list without `offset`, which the pages supply. */
export type InfiniteRunsParams = Omit<EvaluationRunListParams, 'offset'>;

function keysFor(scope: ClientScope | Record<string, never>) {
  const runs = ['maniac', scope, 'runs'] as const;
  return {
    all: ['maniac', scope] as const,
    health: ['maniac', scope, 'health'] as const,
    runs: {
      all: runs,
      lists: [...runs, 'list'] as const,
      list: (params: EvaluationRunListParams = {}) => [...runs, 'list', params] as const,
      infinite: (params: InfiniteRunsParams = {}) => [...runs, 'list', params, 'infinite'] as const,
      detail: (runId: string) => [...runs, 'detail', runId] as const,
    },
  };
}

/**
 * The query-key factory. Every key starts with `'maniac'` and the client's scope, so two clients
 * never share cache entries. `maniacKeys.runs.all`, `.list(params)` and `.detail(id)` match those
 * queries of every client (TanStack matches objects in keys partially, and the scope here is `{}`):
 * use them to invalidate. `maniacKeys.for(client)` gives one client's exact keys, for
 * `setQueryData` and friends.
 *
 * @example
 * queryClient.invalidateQueries({ queryKey: maniacKeys.runs.all });
 * queryClient.setQueryData(maniacKeys.for(maniac).runs.detail(run.id), run);
 */
export const maniacKeys = {
  ...keysFor({}),
  for: (client: Maniac) => keysFor(clientScope(client)),
};
