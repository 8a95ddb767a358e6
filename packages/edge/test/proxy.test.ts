import { AuthenticationError, Maniac, NotFoundError, PermissionDeniedError } from '@maniac/core';
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { createManiacProxy, type ManiacProxyOptions } from '../src/index.js';
import { startEchoUpstream } from './echo-upstream.js';

const apiKey = 'mk_proxy_secret_51c0';
const origin = 'http://127.0.0.1:5173';

function proxyToMock(options: Partial<ManiacProxyOptions> = {}) {
  return createManiacProxy({ apiKey, baseURL: inject('mockURL'), ...options });
}

/** Sends `path` to the proxy as a browser would, at the proxy's own origin. */
function call(proxy: (request: Request) => Promise<Response>, path: string, init: RequestInit = {}) {
  return proxy(new Request(`http://proxy.test${path}`, init));
}

/** A browser-side client: no key, all requests through the proxy. */
function browserClient(proxy: (request: Request) => Promise<Response>) {
  return new Maniac({
    apiKey: null,
    baseURL: 'http://proxy.test',
    maxRetries: 0,
    fetch: (input, init) => proxy(new Request(input, init)),
  });
}

describe('forwarding', () => {
  it('health, list and retrieve pass by default, with the key added', async () => {
    const maniac = browserClient(proxyToMock());
    expect(await maniac.health()).toEqual({ ok: true });
    expect((await maniac.evaluation.runs.list({ limit: 5 })).object).toBe('list');
    expect((await maniac.evaluation.runs.retrieve('erun_2f9c1a7e4b')).id).toBe('erun_2f9c1a7e4b');
  });

  it('create and cancel are refused with 403 unless allowed', async () => {
    const readOnly = browserClient(proxyToMock());
    const params = { container: 'support-bot', evaluators: ['faithfulness'] };
    await expect(readOnly.evaluation.runs.create(params)).rejects.toBeInstanceOf(PermissionDeniedError);
    await expect(readOnly.evaluation.runs.cancel('erun_1')).rejects.toBeInstanceOf(PermissionDeniedError);
    const writable = browserClient(proxyToMock({ allow: ['createEvaluationRun', 'cancelEvaluationRun'] }));
    expect((await writable.evaluation.runs.create(params)).status).toBe('queued');
    expect((await writable.evaluation.runs.cancel('erun_2f9c1a7e4b')).status).toBe('cancelled');
    // Allowing create adds to the read-only operations; it does not replace them.
    expect(await writable.health()).toEqual({ ok: true });
  });

  it('upstream errors keep their status and body', async () => {
    const response = await call(proxyToMock(), '/v1/evaluation/runs/erun_missing', { headers: { prefer: 'code=404' } });
    expect(response.status).toBe(404);
    expect((await response.json()).error.code).toBe('run_not_found');
    const maniac = new Maniac({
      apiKey: null,
      baseURL: 'http://proxy.test',
      maxRetries: 0,
      defaultHeaders: { prefer: 'code=404' },
      fetch: (input, init) => proxyToMock()(new Request(input, init)),
    });
    await expect(maniac.evaluation.runs.retrieve('erun_missing')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('a wrong key upstream comes back as the API said it', async () => {
    const maniac = browserClient(
      createManiacProxy({
        apiKey: 'mk_wrong',
        baseURL: inject('mockURL'),
        fetch: (input, init) => fetch(input, { ...init, headers: { prefer: 'code=401' } }),
      }),
    );
    await expect(maniac.evaluation.runs.list()).rejects.toBeInstanceOf(AuthenticationError);
  });
});

describe('refusals', () => {
  it.each([
    ['/v1/evaluation/run', 404, 'unknown_path'],
    ['/v1/evaluation/runs/erun_1/results', 404, 'unknown_path'],
    ['/v1/evaluation', 404, 'unknown_path'],
    ['/v1/evaluation/runs-old', 404, 'unknown_path'],
    ['/admin', 404, 'unknown_path'],
  ])('GET %s is %i', async (path, status, code) => {
    const response = await call(proxyToMock(), path);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/json');
    expect((await response.json()).error.code).toBe(code);
  });

  it('a known path with another method is 405 with Allow', async () => {
    const response = await call(proxyToMock(), '/healthz', { method: 'DELETE' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET');
  });

  it.each([
    ['an encoded ..', '/v1/evaluation/runs/%2e%2e/%2e%2e/admin'],
    ['an encoded slash', '/v1/evaluation/runs/..%2F..%2Fadmin'],
    ['an encoded backslash', '/v1/evaluation/runs/a%5C..%5Cadmin'],
    ['a double slash', '/v1/evaluation/runs//cancel'],
    ['a double slash at the start', '//evil.example/v1/evaluation/runs'],
    ['an absolute URL in the path', '/v1/evaluation/runs/https:%2F%2Fevil.example'],
    ['an absolute URL in a segment', '/v1/evaluation/runs/http:evil.example'],
    ['a matrix parameter', '/v1/evaluation/runs/..;/cancel'],
    ['a double-encoded dot', '/v1/evaluation/runs/%252e%252e'],
    ['a segment starting with a dot', '/v1/evaluation/runs/.hidden'],
  ])('a request that escapes the paths with %s is refused', async (_, path) => {
    const upstream = await startEchoUpstream();
    try {
      const response = await call(createManiacProxy({ apiKey, baseURL: upstream.url }), path);
      expect([400, 404]).toContain(response.status);
      expect(upstream.requests).toHaveLength(0);
    } finally {
      await upstream.close();
    }
  });

  it('plain .. segments are resolved by URL parsing before matching, never forwarded', async () => {
    const upstream = await startEchoUpstream();
    try {
      const response = await call(
        createManiacProxy({ apiKey, baseURL: upstream.url }),
        '/v1/evaluation/runs/erun_1/../../../admin',
      );
      expect(response.status).toBe(404);
      expect(upstream.requests).toHaveLength(0);
    } finally {
      await upstream.close();
    }
  });

  it.each([
    ['/healthz?/../v1/evaluation/runs'],
    ['/v1/evaluation/runs?limit=5&path=/admin'],
    ['/v1/evaluation/runs/erun_1?run_id=..'],
  ])('a query that smuggles in another path (%s) is refused', async (path) => {
    const upstream = await startEchoUpstream();
    try {
      const response = await call(createManiacProxy({ apiKey, baseURL: upstream.url }), path);
      expect(response.status).toBe(400);
      expect((await response.json()).error.code).toBe('unknown_query_parameter');
      expect(upstream.requests).toHaveLength(0);
    } finally {
      await upstream.close();
    }
  });

  it('authorize returning false answers 401 and forwards nothing', async () => {
    const upstream = await startEchoUpstream();
    try {
      const proxy = createManiacProxy({
        apiKey,
        baseURL: upstream.url,
        authorize: (request) => request.headers.get('x-session') === 'ok',
      });
      expect((await call(proxy, '/healthz')).status).toBe(401);
      expect((await call(proxy, '/healthz', { headers: { 'x-session': 'ok' } })).status).toBe(200);
      expect(upstream.requests).toHaveLength(1);
    } finally {
      await upstream.close();
    }
  });
});

describe('headers, bodies and CORS', () => {
  let upstream: Awaited<ReturnType<typeof startEchoUpstream>>;
  beforeEach(async () => {
    upstream = await startEchoUpstream();
  });
  afterEach(() => upstream.close());

  it("strips the browser's Authorization and Cookie, forwards only known headers, and adds the key", async () => {
    const proxy = createManiacProxy({ apiKey, baseURL: upstream.url });
    await call(proxy, '/v1/evaluation/runs?limit=5', {
      headers: {
        authorization: 'Bearer stolen',
        cookie: 'session=abc',
        'x-maniac-retry-count': '0',
        'x-http-method-override': 'POST',
        'x-forwarded-host': 'evil.example',
      },
    });
    const [forwarded] = upstream.requests;
    expect(forwarded?.url).toBe('/v1/evaluation/runs?limit=5');
    expect(forwarded?.headers.authorization).toBe(`Bearer ${apiKey}`);
    expect(forwarded?.headers.cookie).toBeUndefined();
    expect(forwarded?.headers['x-http-method-override']).toBeUndefined();
    expect(forwarded?.headers['x-forwarded-host']).toBeUndefined();
    expect(forwarded?.headers['x-maniac-retry-count']).toBe('0');
  });

  it('an upstream error that repeats the key reaches the browser without it', async () => {
    upstream.state.respond = (response) => {
      response.writeHead(401, { 'content-type': 'application/json' });
      response.end(JSON.stringify({ error: { message: `Invalid key ${apiKey}`, type: 'authentication_error' } }));
    };
    const response = await call(createManiacProxy({ apiKey, baseURL: upstream.url }), '/healthz');
    expect(response.status).toBe(401);
    const text = await response.text();
    expect(text).not.toContain(apiKey);
    expect(JSON.parse(text).error.message).toBe('Invalid key [redacted]');
  });

  it('a long upstream error cut short leaves no part of a key that spans the cut', async () => {
    const padding = 'x'.repeat(64 * 1024 - apiKey.length / 2);
    upstream.state.respond = (response) => {
      response.writeHead(500, { 'content-type': 'text/plain' });
      response.end(`${padding}${apiKey}`);
    };
    const text = await (await call(createManiacProxy({ apiKey, baseURL: upstream.url }), '/healthz')).text();
    expect(text).toHaveLength(64 * 1024);
    expect(text).not.toContain(apiKey.slice(0, apiKey.length / 2));
  });

  it('refuses a cross-site write unless CORS allows the origin', async () => {
    const proxy = createManiacProxy({ apiKey, baseURL: upstream.url, allow: ['cancelEvaluationRun'] });
    const crossSite = await call(proxy, '/v1/evaluation/runs/erun_1/cancel', {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'text/plain' },
      body: '{}',
    });
    expect(crossSite.status).toBe(403);
    const sameSite = await call(proxy, '/v1/evaluation/runs/erun_1/cancel', {
      method: 'POST',
      headers: { origin: 'http://proxy.test' },
    });
    expect(sameSite.status).toBe(200);
    expect(upstream.requests).toHaveLength(1);
  });

  it('refuses a key that Headers could not carry, without quoting it', () => {
    expect(() => createManiacProxy({ apiKey: 'mk_secret\u201d' })).toThrow(/printable ASCII/);
    expect(() => createManiacProxy({ apiKey: 'mk_secret\u201d' })).not.toThrow(/mk_secret/);
  });

  it('streams the request body through without waiting for its end', async () => {
    const proxy = createManiacProxy({ apiKey, baseURL: upstream.url, allow: ['createEvaluationRun'] });
    const encoder = new TextEncoder();
    let secondChunkSentAt = 0;
    const body = new ReadableStream({
      async start(controller) {
        controller.enqueue(encoder.encode('{"container":"support-bot",'));
        await new Promise((resolve) => setTimeout(resolve, 300));
        secondChunkSentAt = performance.now();
        controller.enqueue(encoder.encode('"evaluators":["faithfulness"]}'));
        controller.close();
      },
    });
    await call(proxy, '/v1/evaluation/runs', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json' },
      duplex: 'half',
    } as RequestInit);
    const [forwarded] = upstream.requests;
    expect(forwarded?.chunks.map((chunk) => chunk.text).join('')).toBe(
      '{"container":"support-bot","evaluators":["faithfulness"]}',
    );
    expect(forwarded?.chunks[0]?.at).toBeLessThan(secondChunkSentAt);
  });

  it('streams the response body back as it arrives', async () => {
    upstream.state.respond = (response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"object":"list",');
      setTimeout(() => response.end('"data":[],"total":0}'), 300);
    };
    const started = performance.now();
    const response = await call(createManiacProxy({ apiKey, baseURL: upstream.url }), '/v1/evaluation/runs');
    const reader = (response.body as ReadableStream<Uint8Array>).getReader();
    const first = await reader.read();
    expect(performance.now() - started).toBeLessThan(250);
    expect(new TextDecoder().decode(first.value)).toBe('{"object":"list",');
  });

  it('answers no preflight without cors', async () => {
    const proxy = createManiacProxy({ apiKey, baseURL: upstream.url });
    const response = await call(proxy, '/v1/evaluation/runs', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'GET' },
    });
    expect(response.status).toBe(405);
    expect(response.headers.has('access-control-allow-origin')).toBe(false);
  });

  it('answers a preflight for an allowed origin when cors is configured', async () => {
    const proxy = createManiacProxy({
      apiKey,
      baseURL: upstream.url,
      cors: { origin: [origin] },
      allow: ['createEvaluationRun'],
    });
    const preflight = await call(proxy, '/v1/evaluation/runs', {
      method: 'OPTIONS',
      headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe(origin);
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, POST');
    expect(preflight.headers.get('access-control-allow-headers')).toContain('content-type');
    const actual = await call(proxy, '/healthz', { headers: { origin } });
    expect(actual.headers.get('access-control-allow-origin')).toBe(origin);
    expect(actual.headers.get('access-control-expose-headers')).toContain('x-request-id');
    const stranger = await call(proxy, '/healthz', {
      method: 'OPTIONS',
      headers: { origin: 'http://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(stranger.status).toBe(403);
    expect(stranger.headers.has('access-control-allow-origin')).toBe(false);
    expect(upstream.requests).toHaveLength(1);
  });

  it('a basePath is removed before matching', async () => {
    const proxy = createManiacProxy({ apiKey, baseURL: upstream.url, basePath: '/api/maniac' });
    expect((await call(proxy, '/api/maniac/healthz')).status).toBe(200);
    expect((await call(proxy, '/healthz')).status).toBe(404);
    expect(upstream.requests.map((request) => request.url)).toEqual(['/healthz']);
  });

  it('needs its key', () => {
    expect(() => createManiacProxy({} as ManiacProxyOptions)).toThrow(/Invalid apiKey: is required/);
  });
});
