import { ManiacError } from '@maniac/core';
import fc from 'fast-check';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { collectingLogger, faultClient, faultKey } from './client.js';
import { type FaultServer, startFaultServer } from './fault-server.js';

let server: FaultServer;
beforeAll(async () => {
  server = await startFaultServer();
});
afterAll(() => server.close());

const headerValue = fc.stringMatching(/^[\x21-\x7e][\x20-\x7e]{0,30}$/);
const body = fc.oneof(
  fc.constant(''),
  fc.string(),
  fc.json(),
  fc.constant(`{"error":{"message":"Incorrect API key provided: ${faultKey}","type":"auth"}}`),
  fc.constant(`<html><body>key=${faultKey}</body></html>`),
  fc.json().map((json) => json.slice(0, Math.max(0, json.length - 2))),
  fc.constant(JSON.stringify({ object: 'evaluation.run', id: 'erun_1', status: 'queued', created_at: 'now' })),
);
const response = fc.record({
  status: fc.oneof(fc.integer({ min: 200, max: 599 }), fc.constantFrom(200, 400, 401, 404, 422, 429, 500, 503)),
  contentType: fc.constantFrom('application/json', 'text/plain', 'text/html', 'application/problem+json', undefined),
  headers: fc.dictionary(
    fc.constantFrom('retry-after', 'retry-after-ms', 'x-should-retry', 'x-request-id', 'x-custom'),
    headerValue,
  ),
  body,
});

it('every call ends in data or a ManiacError, and the key is nowhere in errors or logs (1,000 cases)', {
  timeout: 60_000,
}, async () => {
  await fc.assert(
    fc.asyncProperty(response, async ({ status, contentType, headers, body }) => {
      server.handle = (_request, outgoing) => {
        outgoing.writeHead(status, { ...(contentType ? { 'content-type': contentType } : {}), ...headers });
        outgoing.end(body);
      };
      const { lines, logger } = collectingLogger();
      const maniac = faultClient(server, { maxRetries: 0, logLevel: 'debug', logger });
      let error: unknown;
      try {
        await maniac.evaluation.runs.retrieve('erun_1');
      } catch (caught) {
        error = caught;
      }
      if (error !== undefined) {
        expect(error).toBeInstanceOf(ManiacError);
        const seen = `${(error as Error).message}\n${JSON.stringify(error)}\n${(error as Error).stack}`;
        expect(seen).not.toContain(faultKey);
      }
      expect(lines.join('\n')).not.toContain(faultKey);
    }),
    { numRuns: 1000 },
  );
});
