import { describe, expect, it } from 'vitest';
import {
  APIConnectionError,
  APIError,
  AuthenticationError,
  BadRequestError,
  ConflictError,
  InternalServerError,
  InvalidResponseError,
  Maniac,
  ManiacError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '../src/index.js';
import { recordingFetch, testKey } from './helpers/recording-fetch.js';

function clientAnswering(response: Response | (() => Response)) {
  return new Maniac({ apiKey: testKey, baseURL: 'http://api.test', fetch: recordingFetch(response), maxRetries: 0 });
}

async function errorFrom(response: Response): Promise<APIError> {
  const error = await clientAnswering(response)
    .evaluation.runs.retrieve('erun_1')
    .catch((caught) => caught);
  expect(error).toBeInstanceOf(APIError);
  return error as APIError;
}

const openAIBody = {
  error: { message: 'No such run', type: 'not_found_error', code: 'run_not_found', param: 'run_id' },
};

describe('error classes by status', () => {
  it.each([
    [400, BadRequestError],
    [401, AuthenticationError],
    [403, PermissionDeniedError],
    [404, NotFoundError],
    [409, ConflictError],
    [422, UnprocessableEntityError],
    [429, RateLimitError],
    [500, InternalServerError],
    [502, InternalServerError],
    [503, InternalServerError],
    [504, InternalServerError],
  ])('%i throws %o', async (status, ErrorClass) => {
    const error = await errorFrom(Response.json(openAIBody, { status, headers: { 'x-request-id': 'req_42' } }));
    expect(error).toBeInstanceOf(ErrorClass);
    expect(error).toBeInstanceOf(ManiacError);
    expect(error.name).toBe(ErrorClass.name);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe('req_42');
    expect(error.headers.get('x-request-id')).toBe('req_42');
    expect(error.body).toEqual(openAIBody);
  });

  it('an unlisted 4xx is a plain APIError that keeps its status', async () => {
    const error = await errorFrom(new Response('gone', { status: 410 }));
    expect(error.constructor).toBe(APIError);
    expect(error.status).toBe(410);
    expect(error.message).toBe('410 gone');
  });
});

describe('error bodies of any shape keep their content in the message', () => {
  it('OpenAI-style {error}', async () => {
    const error = await errorFrom(Response.json(openAIBody, { status: 404 }));
    expect(error.message).toBe('404 No such run');
    expect([error.code, error.param, error.type]).toEqual(['run_not_found', 'run_id', 'not_found_error']);
  });

  it('FastAPI-style {detail} as a string', async () => {
    const error = await errorFrom(Response.json({ detail: 'Run not found' }, { status: 404 }));
    expect(error.message).toBe('404 Run not found');
    expect(error.code).toBeUndefined();
  });

  it('FastAPI-style {detail} as a validation list', async () => {
    const body = {
      detail: [
        { loc: ['body', 'evaluators'], msg: 'List should have at least 1 item', type: 'too_short' },
        { loc: ['body', 'container'], msg: 'Field required', type: 'missing' },
      ],
    };
    const error = await errorFrom(Response.json(body, { status: 422 }));
    expect(error.message).toBe('422 body.evaluators: List should have at least 1 item; body.container: Field required');
  });

  it('problem details with a validation list, as Prism sends them', async () => {
    const body = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      detail: 'Your request is not valid and no HTTP validation response was found in the spec.',
      validation: [{ location: ['query', 'limit'], severity: 'Error', code: 'minimum', message: 'must be >= 1' }],
    };
    const error = await errorFrom(
      Response.json(body, { status: 422, headers: { 'content-type': 'application/problem+json' } }),
    );
    expect(error.message).toContain('Invalid request');
    expect(error.message).toContain('query.limit: must be >= 1');
  });

  it('plain text', async () => {
    const error = await errorFrom(new Response('upstream connect error', { status: 502 }));
    expect(error.message).toBe('502 upstream connect error');
    expect(error.body).toBe('upstream connect error');
  });

  it('an HTML error page keeps its words without the markup', async () => {
    const html =
      '<!DOCTYPE html><html><head><title>502 Bad Gateway</title><style>h1{}</style></head><body><h1>Bad Gateway</h1><p>nginx</p></body></html>';
    const error = await errorFrom(new Response(html, { status: 502, headers: { 'content-type': 'text/html' } }));
    expect(error.message).toBe('502 502 Bad Gateway Bad Gateway nginx');
    expect(error.body).toBe(html);
  });

  it('an empty body', async () => {
    const error = await errorFrom(new Response(null, { status: 503 }));
    expect(error.message).toBe('503 (empty body)');
    expect(error.body).toBeUndefined();
    expect(error.requestId).toBeUndefined();
  });

  it('JSON of an unknown shape is kept whole', async () => {
    const error = await errorFrom(Response.json({ reason: 'quota', remaining: 0 }, { status: 429 }));
    expect(error.message).toBe('429 {"reason":"quota","remaining":0}');
  });

  it('a very long body is cut in the message but kept whole in body', async () => {
    const text = 'x'.repeat(5000);
    const error = await errorFrom(new Response(text, { status: 500 }));
    expect(error.message.length).toBeLessThan(1100);
    expect(error.body).toBe(text);
  });
});

describe('connection failures', () => {
  it('a fetch that throws becomes APIConnectionError with the cause', async () => {
    const cause = new TypeError('fetch failed', { cause: new Error('connect ECONNREFUSED 127.0.0.1:9') });
    const maniac = clientAnswering(() => {
      throw cause;
    });
    const error = (await maniac.health().catch((caught) => caught)) as Error;
    expect(error).toBeInstanceOf(APIConnectionError);
    expect(error).toBeInstanceOf(ManiacError);
    expect(error.message).toBe('Connection error: fetch failed: connect ECONNREFUSED 127.0.0.1:9');
    expect(error.cause).toBe(cause);
  });
});

describe('the API key never appears in an error', () => {
  const reflectingKey = () =>
    Response.json(
      { error: { message: `Incorrect API key provided: ${testKey}`, type: 'authentication_error', param: testKey } },
      { status: 401 },
    );

  it('is redacted from a body that echoes it', async () => {
    const error = await errorFrom(reflectingKey());
    expect(error.message).toBe('401 Incorrect API key provided: [redacted]');
    for (const text of [error.message, JSON.stringify(error), JSON.stringify(error.body), String(error.stack)]) {
      expect(text).not.toContain(testKey);
    }
  });

  it('is redacted when JSON escapes it, and from headers that repeat it', async () => {
    const slashKey = 'mk_test/with/slashes';
    const maniac = new Maniac({
      apiKey: slashKey,
      baseURL: 'http://api.test',
      maxRetries: 0,
      fetch: recordingFetch(
        new Response(`{"error":{"message":"bad key ${slashKey.replaceAll('/', '\\/')}","type":"auth"}}`, {
          status: 401,
          headers: { 'www-authenticate': `Bearer realm="api", key="${slashKey}"` },
        }),
      ),
    });
    const error = (await maniac.health().catch((caught) => caught)) as APIError;
    expect(error.message).toBe('401 bad key [redacted]');
    expect(JSON.stringify(error.body)).not.toContain('with/slashes');
    expect(error.headers.get('www-authenticate')).toBe('Bearer realm="api", key="[redacted]"');
  });

  it('is redacted from the headers of a success whose body is not JSON', async () => {
    const maniac = new Maniac({
      apiKey: testKey,
      baseURL: 'http://api.test',
      fetch: recordingFetch(new Response('<html>oops</html>', { headers: { 'x-echo': `key ${testKey}` } })),
    });
    const error = (await maniac.health().catch((caught) => caught)) as APIError;
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect(error.headers.get('x-echo')).toBe('key [redacted]');
  });

  it('is not on the client instance', () => {
    const maniac = clientAnswering(reflectingKey());
    expect(JSON.stringify(maniac)).not.toContain(testKey);
    expect(Object.values(maniac).map(String).join()).not.toContain(testKey);
  });
});
