import {
  APIError,
  AuthenticationError,
  InternalServerError,
  NotFoundError,
  PermissionDeniedError,
  RateLimitError,
  UnprocessableEntityError,
} from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { callOperation, clientPreferring, mockClient, testKey } from './client.js';
import { errorExamples, operations } from './spec.js';

const errorClassByStatus: Record<number, typeof APIError> = {
  401: AuthenticationError,
  403: PermissionDeniedError,
  404: NotFoundError,
  422: UnprocessableEntityError,
  429: RateLimitError,
  500: InternalServerError,
  503: InternalServerError,
};

describe.each(operations)('$operationId: each declared error status throws its typed error', (operation) => {
  it.each(errorExamples(operation))('%i', async (status, example) => {
    const error = await callOperation[operation.operationId]?.(clientPreferring(`code=${status}`)).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(errorClassByStatus[status]);
    expect(error).toMatchObject({ status, body: example, requestId: 'req_5d0c2b8e9a41' });
    expect((error as APIError).message).toBe(`${status} ${(example as { error: { message: string } }).error.message}`);
  });
});

describe('errors from the mock validating real requests', () => {
  it('an absent key gives AuthenticationError', async () => {
    const maniac = mockClient({ apiKey: null });
    await expect(maniac.evaluation.runs.list()).rejects.toBeInstanceOf(AuthenticationError);
    await expect(maniac.evaluation.runs.retrieve('erun_1')).rejects.toMatchObject({ status: 401 });
    // The health check needs no key.
    await expect(maniac.health()).resolves.toEqual({ ok: true });
  });

  it.each([0, 101])('limit %i is out of range: UnprocessableEntityError', async (limit) => {
    const error = await mockClient()
      .evaluation.runs.list({ limit })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnprocessableEntityError);
    expect(error).toMatchObject({ status: 422, param: 'limit' });
  });

  it('a limit that is not a number, sent through maniac.api, is refused by the server', async () => {
    const { api } = mockClient();
    await expect(
      api.GET('/v1/evaluation/runs', { params: { query: { limit: 'many' as unknown as number } } }),
    ).rejects.toBeInstanceOf(UnprocessableEntityError);
  });

  it.each([
    ['no evaluators', { container: 'support-bot', evaluators: [] }],
    ['no container', { evaluators: ['faithfulness'] }],
    ['a generate source without models', { container: 'c', evaluators: ['e'], sample: { type: 'generate' } }],
    ['an unknown field', { container: 'c', evaluators: ['e'], enviroment: 'main' }],
  ])(
    'an invalid body with %s, sent through maniac.api (no client checks), gives UnprocessableEntityError',
    async (_, body) => {
      const { api } = mockClient();
      const error = await api.POST('/v1/evaluation/runs', { body: body as never }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(UnprocessableEntityError);
      expect(error).toMatchObject({ status: 422, requestId: 'req_5d0c2b8e9a41' });
    },
  );

  it('Prefer: code=404 gives NotFoundError with the body and request id', async () => {
    const error = await clientPreferring('code=404')
      .evaluation.runs.retrieve('erun_missing')
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NotFoundError);
    expect(error).toMatchObject({
      status: 404,
      requestId: 'req_5d0c2b8e9a41',
      code: 'run_not_found',
      param: 'run_id',
      message: "404 No evaluation run found with id 'erun_missing'.",
    });
  });

  it('no error carries the API key', async () => {
    const errors = await Promise.all(
      [401, 404, 422, 500].map((status) =>
        clientPreferring(`code=${status}`)
          .evaluation.runs.retrieve('erun_1')
          .catch((caught: unknown) => caught),
      ),
    );
    for (const error of errors) {
      expect(error).toBeInstanceOf(APIError);
      expect(JSON.stringify(error)).not.toContain(testKey);
      expect(String((error as Error).stack)).not.toContain(testKey);
      expect([...(error as APIError).headers.values()].join()).not.toContain(testKey);
    }
  });
});
