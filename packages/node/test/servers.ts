import { once } from 'node:events';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { connect, type Socket } from 'node:net';

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

async function close(server: Server, sockets: Set<Socket>) {
  for (const socket of sockets) socket.destroy();
  server.close();
  await once(server, 'close');
}

/** A stand-in API: answers `{ ok: true }`, records headers, and counts the connections it accepts. */
export async function startApiServer() {
  const requests: Array<{ url: string; headers: IncomingHttpHeaders }> = [];
  const sockets = new Set<Socket>();
  let connections = 0;
  const server = createServer((request, response) => {
    requests.push({ url: request.url ?? '', headers: request.headers });
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify({ ok: true }));
  });
  server.on('connection', (socket) => {
    connections++;
    sockets.add(socket);
  });
  const url = await listen(server);
  return { url, requests, connections: () => connections, close: () => close(server, sockets) };
}

/**
 * A small forward proxy: plain HTTP requests in absolute form, and CONNECT tunnels. It records the
 * target of everything that goes through it.
 */
export async function startForwardProxy() {
  const targets: string[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((request, response) => {
    targets.push(request.url ?? '');
    const upstream = httpRequest(request.url ?? '', { method: request.method, headers: request.headers }, (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(response);
    });
    request.pipe(upstream);
  });
  server.on('connect', (request, client: Socket, head) => {
    targets.push(`CONNECT ${request.url}`);
    const [host, port] = (request.url ?? '').split(':');
    const upstream = connect(Number(port), host, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    sockets.add(upstream);
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  server.on('connection', (socket) => sockets.add(socket));
  const url = await listen(server);
  return { url, targets, close: () => close(server, sockets) };
}
