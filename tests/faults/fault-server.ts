import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach } from 'vitest';

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
  /** performance.now() when the request arrived. */
  at: number;
}

export type FaultHandler = (request: ReceivedRequest, response: ServerResponse, index: number) => void;

/**
 * A real node:http server on 127.0.0.1 that misbehaves on command: each test sets `handle` to
 * answer, stall, cut a body short or destroy the socket. It records every request it receives.
 */
export interface FaultServer {
  url: string;
  requests: ReceivedRequest[];
  handle: FaultHandler;
  close(): Promise<void>;
}

export async function startFaultServer(state = {} as FaultServer): Promise<FaultServer> {
  state.url = '';
  state.requests = [];
  state.handle = (_request, response) => reply(response, 200, { ok: true });
  const server = createServer(async (incoming, response) => {
    const at = performance.now();
    let body = '';
    for await (const chunk of incoming) body += chunk;
    const request = { method: incoming.method ?? '', url: incoming.url ?? '', headers: incoming.headers, body, at };
    state.requests.push(request);
    state.handle(request, response, state.requests.length - 1);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  state.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  state.close = async () => {
    server.closeAllConnections();
    server.close();
    await once(server, 'close');
  };
  return state;
}

/** Answers with a status, a body (JSON unless a string) and headers. */
export function reply(response: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  const contentType = typeof body === 'string' ? 'text/plain' : 'application/json';
  response.writeHead(status, { 'content-type': contentType, ...headers });
  response.end(text);
}

/** A run as the API would send it. */
export function runBody(id: string, status = 'queued', extra: Record<string, unknown> = {}) {
  return { object: 'evaluation.run', id, status, created_at: '2026-12-01T00:00:00Z', ...extra };
}

/**
 * A fresh fault server for each test of the calling file, closed after it. The returned object
 * stays the same; each test sees it reset.
 */
export function useFaultServer(): FaultServer {
  const server = {} as FaultServer;
  beforeEach(async () => {
    await startFaultServer(server);
  });
  afterEach(() => server.close());
  return server;
}
