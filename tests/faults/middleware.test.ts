import { InvalidResponseError, ManiacError, type Middleware, NotFoundError } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { faultClient, rejection } from './client.js';
import { reply, runBody, useFaultServer } from './fault-server.js';

const server = useFaultServer();

/**
 * Without middleware, resource methods skip building a real Request and a second response body
 * (see PlainRequest). These cases pin down what must not change because of that: middleware sees
 * real objects, once per call, and resource methods give the same data either way.
 */
describe('middleware and resource methods', () => {
  it('sees a real Request and a readable Response, once per call across retries', async () => {
    server.handle = (_request, response, index) =>
      index === 0 ? reply(response, 503, 'busy', { 'retry-after-ms': '10' }) : reply(response, 200, runBody('erun_1'));
    const seen: { url: string; isRequest: boolean; body: unknown }[] = [];
    const middleware: Middleware = {
      onRequest: ({ request }) => {
        seen.push({ url: request.url, isRequest: request instanceof Request, body: undefined });
      },
      onResponse: async ({ response }) => {
        const last = seen.at(-1);
        if (last) last.body = await response.clone().json();
      },
    };
    const run = await faultClient(server, { middleware: [middleware] }).evaluation.runs.retrieve('erun_1');
    expect(run.id).toBe('erun_1');
    expect(server.requests).toHaveLength(2);
    expect(seen).toEqual([{ url: `${server.url}/v1/evaluation/runs/erun_1`, isRequest: true, body: run }]);
  });

  it('middleware added later with maniac.api.use() sees resource calls', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_2'));
    const maniac = faultClient(server);
    await maniac.evaluation.runs.retrieve('erun_2');
    const seen: { isRequest: boolean; body: unknown }[] = [];
    maniac.api.use({
      onRequest: ({ request }) => {
        seen.push({ isRequest: request instanceof Request, body: undefined });
      },
      onResponse: async ({ response }) => {
        const last = seen.at(-1);
        if (last) last.body = await response.clone().json();
      },
    });
    const run = await maniac.evaluation.runs.cancel('erun_2');
    expect(seen).toEqual([{ isRequest: true, body: run }]);
  });

  it('sends the same request and gives the same result with and without middleware', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_3'), { 'x-request-id': 'req_3' });
    const params = { container: 'support-bot', evaluators: ['faithfulness'] };
    const options = { idempotencyKey: 'key-3', headers: { 'X-Trace': 't' } };
    const plain = await faultClient(server).evaluation.runs.create(params, options).withResponse();
    const withMiddleware = await faultClient(server, { middleware: [{ onRequest: () => undefined }] })
      .evaluation.runs.create(params, options)
      .withResponse();
    expect(plain.data).toEqual(withMiddleware.data);
    expect(plain.requestId).toBe('req_3');
    expect(withMiddleware.requestId).toBe('req_3');
    expect(plain.response.status).toBe(200);
    const [first, second] = server.requests;
    expect(first?.method).toBe('POST');
    expect(first?.url).toBe(second?.url);
    expect(first?.body).toBe(second?.body);
    expect(first?.headers).toEqual(second?.headers);
  });
});

describe('a middleware that answers in place of the server', () => {
  it('its response is what the resource method returns', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_from_server'));
    const replacement = runBody('erun_from_middleware', 'running');
    const maniac = faultClient(server, {
      middleware: [{ onResponse: () => new Response(JSON.stringify(replacement), { status: 200 }) }],
    });
    const run = await maniac.evaluation.runs.retrieve('erun_from_server');
    expect(run).toEqual(replacement);
  });

  it('an error response from it throws the typed error, as one from the server would', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_1'));
    const body = { error: { message: 'No such run', type: 'not_found_error', code: 'run_not_found' } };
    const maniac = faultClient(server, {
      middleware: [{ onResponse: () => new Response(JSON.stringify(body), { status: 404 }) }],
    });
    const error = await rejection(maniac.evaluation.runs.retrieve('erun_1'));
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({ status: 404, code: 'run_not_found', message: '404 No such run' });
  });

  it('a body another middleware has already read throws a ManiacError that says so', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_1'));
    const maniac = faultClient(server, {
      middleware: [
        { onResponse: async ({ response }) => void (await response.text()) },
        { onResponse: () => Response.json(runBody('erun_cached')) },
      ],
    });
    const error = await rejection(maniac.evaluation.runs.retrieve('erun_1'));
    expect(error).toBeInstanceOf(ManiacError);
    expect(error.message).toMatch(/response\.clone\(\)/);
  });

  it('a body from it that is not JSON throws InvalidResponseError', async () => {
    server.handle = (_request, response) => reply(response, 200, runBody('erun_1'));
    const maniac = faultClient(server, { middleware: [{ onResponse: () => new Response('<html>cached</html>') }] });
    expect(await rejection(maniac.evaluation.runs.retrieve('erun_1'))).toBeInstanceOf(InvalidResponseError);
  });
});
