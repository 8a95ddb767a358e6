import { NotFoundError } from '@maniac/core';
import { renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import {
  maniacKeys,
  useCancelEvaluationRun,
  useCreateEvaluationRun,
  useEvaluationRun,
  useEvaluationRuns,
  useHealth,
  useInfiniteEvaluationRuns,
} from '../src/index.js';
import { mockClient, providers } from './render.js';

describe('each hook goes from loading to data against the mock', () => {
  it('useHealth', async () => {
    const { result } = renderHook(() => useHealth(), providers(mockClient()));
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual({ ok: true });
  });

  it('useEvaluationRuns', async () => {
    const { result } = renderHook(() => useEvaluationRuns({ status: 'completed', limit: 20 }), providers(mockClient()));
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.object).toBe('list');
    expect(result.current.data?.data[0]?.id).toBe('erun_2f9c1a7e4b');
  });

  it('useEvaluationRuns keeps the previous page while the next loads', async () => {
    const { result, rerender } = renderHook(({ offset }) => useEvaluationRuns({ limit: 2, offset }), {
      ...providers(mockClient()),
      initialProps: { offset: 0 },
    });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    const firstPage = result.current.data;
    rerender({ offset: 2 });
    expect(result.current.isPlaceholderData).toBe(true);
    expect(result.current.data).toBe(firstPage);
    await waitFor(() => expect(result.current.isPlaceholderData).toBe(false));
  });

  it('useInfiniteEvaluationRuns', async () => {
    const { result } = renderHook(
      () => useInfiniteEvaluationRuns({ container: 'support-bot', limit: 50 }),
      providers(mockClient()),
    );
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.pages[0]?.total).toBe(2);
    // The mock's page holds every run (2 of a total of 2): there is no next page.
    expect(result.current.hasNextPage).toBe(false);
  });

  it('useEvaluationRun', async () => {
    const { result } = renderHook(() => useEvaluationRun('erun_2f9c1a7e4b'), providers(mockClient()));
    expect(result.current.isPending).toBe(true);
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.status).toBe('completed');
    expect(result.current.data?.spend).toBe(1.84);
  });

  it('useEvaluationRun with no id waits', () => {
    const { result } = renderHook(() => useEvaluationRun(''), providers(mockClient()));
    expect(result.current.fetchStatus).toBe('idle');
  });
});

describe('errors keep their HTTP status', () => {
  it('a 404 is a NotFoundError in the error state, with status and request id', async () => {
    const { result } = renderHook(
      () => useEvaluationRun('erun_missing'),
      providers(mockClient({ prefer: 'code=404' })),
    );
    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error).toBeInstanceOf(NotFoundError);
    expect(result.current.error?.name).toBe('NotFoundError');
    expect(result.current.error).toMatchObject({ status: 404, requestId: 'req_5d0c2b8e9a41' });
  });
});

describe('mutations keep the cache right', () => {
  it('create seeds the new run and invalidates run lists', async () => {
    const client = mockClient();
    const { wrapper, queryClient } = providers(client);
    const lists = renderHook(() => useEvaluationRuns({ limit: 20 }), { wrapper });
    await waitFor(() => expect(lists.result.current.isSuccess).toBe(true));
    const listedAt = lists.result.current.dataUpdatedAt;

    const { result } = renderHook(() => useCreateEvaluationRun(), { wrapper });
    result.current.mutate({ container: 'support-bot', evaluators: ['faithfulness'] });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(queryClient.getQueryData(maniacKeys.for(client).runs.detail('erun_2f9c1a7e4b'))).toMatchObject({
      status: 'queued',
    });
    await waitFor(() => expect(lists.result.current.dataUpdatedAt).toBeGreaterThan(listedAt));
  });

  it('cancel updates that run in the cache and invalidates lists', async () => {
    const client = mockClient();
    const { wrapper, queryClient } = providers(client);
    const detail = renderHook(() => useEvaluationRun('erun_2f9c1a7e4b'), { wrapper });
    await waitFor(() => expect(detail.result.current.data?.status).toBe('completed'));
    const { result } = renderHook(() => useCancelEvaluationRun(), { wrapper });
    result.current.mutate('erun_2f9c1a7e4b');
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(queryClient.getQueryData(maniacKeys.for(client).runs.detail('erun_2f9c1a7e4b'))).toMatchObject({
      status: 'cancelled',
    });
  });

  it('a user onSuccess still runs', async () => {
    let seen = '';
    const { result } = renderHook(
      () =>
        useCancelEvaluationRun({
          onSuccess: (run) => {
            seen = run.status;
          },
        }),
      providers(mockClient()),
    );
    result.current.mutate('erun_2f9c1a7e4b');
    await waitFor(() => expect(seen).toBe('cancelled'));
  });
});

describe('two clients', () => {
  it('two providers with two clients never share cache entries, even under one QueryClient', async () => {
    const first = mockClient();
    const second = mockClient({ prefer: 'example=empty' });
    const shared = providers(first);
    const one = renderHook(() => useEvaluationRuns({ limit: 20 }), shared);
    const two = renderHook(() => useEvaluationRuns({ limit: 20 }), providers(second, shared.queryClient));
    await waitFor(() => expect(one.result.current.isSuccess && two.result.current.isSuccess).toBe(true));
    expect(one.result.current.data?.total).toBe(2);
    expect(two.result.current.data?.total).toBe(0);
    const lists = shared.queryClient.getQueryCache().findAll({ queryKey: maniacKeys.runs.lists });
    expect(lists).toHaveLength(2);
    expect(new Set(lists.map((query) => query.queryHash)).size).toBe(2);
  });
});
