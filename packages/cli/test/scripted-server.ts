import { once } from 'node:events';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local API whose answers each test scripts; it counts the requests that reach it. */
export async function startScriptedServer() {
  const state: { requests: number; handle: (request: IncomingMessage, response: ServerResponse) => void } = {
    requests: 0,
    handle: (_request, response) => void response.writeHead(500).end(),
  };
  const server = createServer((request, response) => {
    state.requests++;
    state.handle(request, response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return Object.assign(state, {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  });
}

export function json(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, { 'content-type': 'application/json', 'x-request-id': 'req_cli_1' });
  response.end(JSON.stringify(body));
}

export function run(status: string, extra: Record<string, unknown> = {}) {
  return {
    object: 'evaluation.run',
    id: 'erun_cli',
    status,
    created_at: '2026-12-01T00:00:00Z',
    spend: 0.42,
    ...extra,
  };
}

/** Answers each GET of a run with the next status, then keeps the last. */
export function walk(statuses: string[]) {
  let poll = 0;
  return (_request: IncomingMessage, response: ServerResponse) =>
    json(response, 200, run(statuses[Math.min(poll++, statuses.length - 1)] ?? 'running'));
}
