import { describe, expect, it } from 'vitest';
import { callOperation, clientPreferring } from './client.js';
import { operations, successExamples } from './spec.js';

// Driven by the spec: a new named example is exercised without touching this file.
describe.each(operations)('$operationId returns each named example of the spec', (operation) => {
  const call = callOperation[operation.operationId];

  it('has an SDK method', () => {
    expect(call, `no SDK call registered for ${operation.operationId}`).toBeTypeOf('function');
  });

  it.each(successExamples(operation))('example "%s"', async (name, value) => {
    expect(await call?.(clientPreferring(`example=${name}`))).toEqual(value);
  });
});

it('every operation has at least one named success example', () => {
  for (const operation of operations) expect(successExamples(operation).length).toBeGreaterThan(0);
});
