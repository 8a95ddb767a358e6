import type { Maniac } from '@maniac/core';
import { createContext, type ReactNode, useContext } from 'react';

const ManiacContext = createContext<Maniac | null>(null);

/**
 * Gives the hooks below it a client: a core `Maniac`, typically `new Maniac({ apiKey: null,
 * baseURL: '/api/maniac' })` pointed at an `@maniac/edge` proxy. Put it inside your
 * `QueryClientProvider`.
 *
 * @example
 * <QueryClientProvider client={queryClient}>
 *   <ManiacProvider client={maniac}><Runs /></ManiacProvider>
 * </QueryClientProvider>
 */
export function ManiacProvider({ client, children }: { client: Maniac; children?: ReactNode }) {
  return <ManiacContext.Provider value={client}>{children}</ManiacContext.Provider>;
}

/** The client of the nearest `ManiacProvider`. */
export function useManiac(): Maniac {
  const client = useContext(ManiacContext);
  if (!client) throw new Error('useManiac: wrap this component in <ManiacProvider client={maniac}>.');
  return client;
}
