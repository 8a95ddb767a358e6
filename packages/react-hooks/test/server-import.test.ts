// @vitest-environment node
import { Maniac } from '@maniac/core';
import { dehydrate, QueryClient } from '@tanstack/react-query';
import { expect, it } from 'vitest';
import { mockURL } from './render.js';

it('imports on a server with no window, and its query options prefetch for SSR', async () => {
  expect(typeof (globalThis as { window?: unknown }).window).toBe('undefined');
  // The built entry, as a server would load it; typed from the source, which the build compiles.
  const builtEntry = '../dist/index.js';
  const hooks: typeof import('../src/index.js') = await import(/* @vite-ignore */ builtEntry);
  const client = new Maniac({ apiKey: 'mk_server_side', baseURL: mockURL(), maxRetries: 0 });
  hooks.setClientScope(client, 'ssr');
  const queryClient = new QueryClient();
  await queryClient.prefetchQuery(hooks.evaluationRunsQueryOptions(client, { limit: 20 }));
  await queryClient.prefetchQuery(hooks.evaluationRunQueryOptions(client, 'erun_2f9c1a7e4b'));
  const state = JSON.parse(JSON.stringify(dehydrate(queryClient)));
  expect(state.queries.map((query: { queryKey: unknown }) => query.queryKey)).toEqual([
    ['maniac', { client: 'ssr' }, 'runs', 'list', { limit: 20 }],
    ['maniac', { client: 'ssr' }, 'runs', 'detail', 'erun_2f9c1a7e4b'],
  ]);
  expect(state.queries[0].state.data.total).toBe(2);
});
