// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { InvalidInputError, Maniac } from '../src/index.js';
import { collectingLogger } from './helpers/collecting-logger.js';
import { recordingFetch, testKey } from './helpers/recording-fetch.js';

describe('in a browser page', () => {
  it('a client holding a key is refused, and the message points to the proxy', () => {
    expect(typeof window).toBe('object');
    expect(() => new Maniac({ apiKey: testKey })).toThrow(InvalidInputError);
    expect(() => new Maniac({ apiKey: testKey })).toThrow(/createManiacProxy/);
    expect(() => new Maniac({ apiKey: testKey })).not.toThrow(new RegExp(testKey));
  });

  it('dangerouslyAllowBrowser: true allows it', () => {
    expect(() => new Maniac({ apiKey: testKey, dangerouslyAllowBrowser: true })).not.toThrow();
  });

  it("a client without a key, pointed at a proxy on the page's origin, is allowed", async () => {
    const fetch = recordingFetch(Response.json({ ok: true }));
    const maniac = new Maniac({ baseURL: '/', apiKey: null, fetch });
    await maniac.health();
    expect(new URL(fetch.requests[0]?.url ?? '').pathname).toBe('/healthz');
    expect(fetch.requests[0]?.headers.has('authorization')).toBe(false);
  });

  it('with a relative baseURL, a retried call and debug logging work as with an absolute one', async () => {
    const fetch = recordingFetch(new Response('busy', { status: 503, headers: { 'retry-after-ms': '1' } }), () =>
      Response.json({ ok: true }),
    );
    const { lines, logger } = collectingLogger();
    const maniac = new Maniac({ baseURL: '/api/maniac', apiKey: null, fetch, logLevel: 'debug', logger });
    expect(await maniac.health()).toEqual({ ok: true });
    expect(fetch.requests).toHaveLength(2);
    expect(lines.join('\n')).toContain('GET /api/maniac/healthz → 503');
  });

  it('omitting apiKey is still an error', () => {
    expect(() => new Maniac({ baseURL: '/' } as never)).toThrow(/Invalid apiKey: is required/);
  });
});
