import { once } from 'node:events';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';
import { Readable } from 'node:stream';

type Handler = (request: Request) => Promise<Response>;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
};

/** Hands a node:http request to a web handler and writes its Response back, streaming both ways. */
async function toWebHandler(handler: Handler, incoming: IncomingMessage, outgoing: ServerResponse, origin: string) {
  const hasBody = incoming.method !== 'GET' && incoming.method !== 'HEAD';
  const request = new Request(new URL(incoming.url ?? '/', origin), {
    method: incoming.method,
    headers: Object.entries(incoming.headers).flatMap(([name, value]) =>
      value === undefined ? [] : (Array.isArray(value) ? value : [value]).map((item): [string, string] => [name, item]),
    ),
    body: hasBody ? (Readable.toWeb(incoming) as ReadableStream) : null,
    duplex: 'half',
  } as RequestInit);
  const response = await handler(request);
  outgoing.writeHead(response.status, Object.fromEntries(response.headers));
  if (response.body) Readable.fromWeb(response.body as never).pipe(outgoing);
  else outgoing.end();
}

/**
 * Serves a built app from `root` on 127.0.0.1, with `proxy` mounted at `mountPath`: the page and
 * its API on one origin, as in production.
 */
export async function serveApp(root: string, mountPath: string, proxy: Handler) {
  let origin = '';
  const server = createServer(async (incoming, outgoing) => {
    const path = new URL(incoming.url ?? '/', origin).pathname;
    if (path.startsWith(`${mountPath}/`)) return toWebHandler(proxy, incoming, outgoing, origin);
    const file = join(root, normalize(path === '/' ? '/index.html' : path));
    try {
      const body = await readFile(file);
      outgoing.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      outgoing.end(body);
    } catch {
      outgoing.writeHead(404).end();
    }
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url: origin,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
