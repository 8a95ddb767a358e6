import { once } from 'node:events';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { renderHook, waitFor } from '@testing-library/react';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useEvaluationRun } from '../src/index.js';
import { mockClient, providers } from './render.js';

/** A run that goes queued → running → completed, one step per GET; it counts the polls. */
const statuses = ['queued', 'running', 'running', 'completed'];
let polls = 0;
const server = createServer((request, response) => {
  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-headers': 'authorization, content-type, x-maniac-retry-count',
  };
  if (request.method === 'OPTIONS') return void response.writeHead(204, cors).end();
  const status = statuses[Math.min(polls++, statuses.length - 1)];
  response.writeHead(200, { 'content-type': 'application/json', ...cors });
  response.end(
    JSON.stringify({ object: 'evaluation.run', id: 'erun_walk', status, created_at: '2026-12-01T00:00:00Z' }),
  );
});
let url = '';
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

it('pollUntilDone refetches until the run is terminal, then stops', async () => {
  const seen: string[] = [];
  const { result } = renderHook(
    () => {
      const query = useEvaluationRun('erun_walk', { pollUntilDone: { intervalMs: 20 } });
      if (query.data && seen.at(-1) !== query.data.status) seen.push(query.data.status);
      return query;
    },
    providers(mockClient({ baseURL: url })),
  );
  await waitFor(() => expect(result.current.data?.status).toBe('completed'));
  expect(seen).toEqual(['queued', 'running', 'completed']);
  const pollsAtEnd = polls;
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(polls).toBe(pollsAtEnd);
});
