import { Maniac } from '@maniac/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { inject } from 'vitest';
import { ManiacProvider } from '../src/index.js';

export const mockURL = (): string => (inject as (key: string) => string)('mockURL');

/**
 * A client of the Prism mock. The tests run in a simulated browser page, where core refuses a key
 * unless told otherwise; the real-browser test goes through the keyless proxy instead.
 */
export function mockClient(options: { baseURL?: string; prefer?: string } = {}): Maniac {
  return new Maniac({
    apiKey: 'mk_hooks_test',
    baseURL: options.baseURL ?? mockURL(),
    dangerouslyAllowBrowser: true,
    maxRetries: 0,
    logLevel: 'off',
    defaultHeaders: options.prefer ? { prefer: options.prefer } : {},
  });
}

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Number.POSITIVE_INFINITY } } });
}

/** A wrapper with a QueryClientProvider and a ManiacProvider, for renderHook. */
export function providers(client: Maniac, queryClient = createQueryClient()) {
  const wrapper = ({ children }: { children?: ReactNode }) => (
    <QueryClientProvider client={queryClient}>
      <ManiacProvider client={client}>{children}</ManiacProvider>
    </QueryClientProvider>
  );
  return { wrapper, queryClient };
}
