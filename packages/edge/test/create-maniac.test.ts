import { describe, expect, it } from 'vitest';
import { createManiac } from '../src/index.js';

describe('createManiac', () => {
  it('builds a client from env bindings', async () => {
    const requests: Request[] = [];
    const maniac = createManiac(
      { MANIAC_API_KEY: 'mk_binding', MANIAC_BASE_URL: 'http://api.test' },
      {
        fetch: async (input, init) => {
          requests.push(new Request(input, init));
          return Response.json({ ok: true });
        },
      },
    );
    expect(await maniac.health()).toEqual({ ok: true });
    expect(requests[0]?.url).toBe('http://api.test/healthz');
    expect(requests[0]?.headers.get('authorization')).toBe('Bearer mk_binding');
  });

  it('defaults to the production host', () => {
    expect(createManiac({ MANIAC_API_KEY: 'mk_binding' }).baseURL).toBe('https://platform.maniac.ai');
  });

  it('names the binding when the key is missing', () => {
    expect(() => createManiac({})).toThrow(/Invalid env.MANIAC_API_KEY: is required/);
  });
});
