import type { DataSource } from '@maniac/core';
import { describe, expect, it } from 'vitest';
import { mockClient } from './client.js';

const runs = () => mockClient().evaluation.runs;

describe('evaluation.runs against the mock of the spec', () => {
  it('list accepts every filter within bounds', async () => {
    const page = await runs().list({ container: 'support-bot', status: 'completed', limit: 100, offset: 0 });
    expect(page.object).toBe('list');
    expect(page.total).toBeGreaterThanOrEqual(page.data.length);
    expect(page.data[0]).toMatchObject({ object: 'evaluation.run', id: expect.any(String) });
  });

  it.each<[string, DataSource]>([
    ['dataset', { type: 'dataset', dataset: 'support-golden-set' }],
    ['container (defaulting to the run container)', { type: 'container' }],
    ['container (named)', { type: 'container', container: 'support-bot-staging' }],
    ['generate', { type: 'generate', models: ['gpt-4o-mini', 'maniac/support-bot-v3'] }],
  ])('create accepts a %s source, as the spec describes it', async (_, sample) => {
    const run = await runs().create({
      container: 'support-bot',
      evaluators: ['faithfulness', 'helpfulness-v2'],
      sample,
      ground_truth: { type: 'dataset', dataset: 'ds_7b21c0' },
      baseline: null,
      metadata: { ticket: 'EVAL-142' },
      environment: 'main',
    });
    expect(run).toMatchObject({ object: 'evaluation.run', status: 'queued' });
  });

  it('retrieve and cancel send the run id in the path', async () => {
    expect((await runs().retrieve('erun_2f9c1a7e4b')).id).toBe('erun_2f9c1a7e4b');
    expect((await runs().cancel('erun_2f9c1a7e4b')).status).toBe('cancelled');
  });

  it('maniac.api reaches any operation with the same auth', async () => {
    const { data } = await mockClient().api.GET('/v1/evaluation/runs/{run_id}', {
      params: { path: { run_id: 'erun_2f9c1a7e4b' } },
    });
    expect(data?.status).toBe('completed');
  });
});
