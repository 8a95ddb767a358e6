import { once } from 'node:events';
import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface UpstreamRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() of each body chunk as it arrived. */
  chunks: Array<{ at: number; text: string }>;
}

/**
 * A stand-in Maniac API that records what the proxy forwards, chunk by chunk, and answers with
 * whatever `respond` does (by default `{ ok: true }`).
 */
export async function startEchoUpstream() {
  const requests: UpstreamRequest[] = [];
  const state = {
    respond: (response: ServerResponse) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end('{"ok":true}');
    },
  };
  const server = createServer(async (incoming, response) => {
    const request: UpstreamRequest = {
      method: incoming.method ?? '',
      url: incoming.url ?? '',
      headers: incoming.headers,
      chunks: [],
    };
    requests.push(request);
    for await (const chunk of incoming) request.chunks.push({ at: performance.now(), text: String(chunk) });
    state.respond(response);
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    requests,
    state,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
