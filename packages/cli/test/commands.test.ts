import { describe, expect, inject, it } from 'vitest';
import { runCli } from './run-cli.js';
import { shapeErrors } from './spec-shapes.js';

const environment = () => ({
  MANIAC_API_KEY: 'mk_cli_test',
  MANIAC_BASE_URL: (inject as (key: string) => string)('mockURL'),
});

describe('every command against the mock, with --json checked against the spec', () => {
  it('health', async () => {
    const result = await runCli(['health', '--json'], { MANIAC_BASE_URL: environment().MANIAC_BASE_URL });
    expect(result.code).toBe(0);
    expect(shapeErrors('HealthResponse', JSON.parse(result.stdout))).toEqual([]);
    expect((await runCli(['health'], environment())).stdout).toBe('The Maniac API is up.\n');
  });

  it('runs list', async () => {
    const result = await runCli(['runs', 'list', '--status', 'completed', '--limit', '50', '--json'], environment());
    expect(result.code).toBe(0);
    const page = JSON.parse(result.stdout);
    expect(shapeErrors('EvaluationRunList', page)).toEqual([]);
    expect(page.total).toBe(2);
    const table = await runCli(['runs', 'list'], environment());
    expect(table.stdout).toMatch(/^id\s+status\s+container\s+evaluators\s+created\s+spend/m);
    expect(table.stdout).toMatch(
      /erun_2f9c1a7e4b\s+completed\s+ctr_support_bot\s+faithfulness, helpfulness-v2\s+2026-11-30T09:14:03Z\s+\$1\.84/,
    );
  });

  it('runs list --all prints one run per line with --json', async () => {
    const result = await runCli(['runs', 'list', '--all', '--json'], environment());
    const runs = result.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(runs.map((run) => run.id)).toEqual(['erun_2f9c1a7e4b', 'erun_91ab03d5c7']);
    for (const run of runs) expect(shapeErrors('EvaluationRun', run)).toEqual([]);
    expect((await runCli(['runs', 'list', '--all'], environment())).stdout).toContain('2 runs');
  });

  it('runs get', async () => {
    const result = await runCli(['runs', 'get', 'erun_2f9c1a7e4b', '--json'], environment());
    expect(result.code).toBe(0);
    expect(shapeErrors('EvaluationRun', JSON.parse(result.stdout))).toEqual([]);
    expect((await runCli(['runs', 'get', 'erun_2f9c1a7e4b'], environment())).stdout).toMatch(/status\s+completed/);
  });

  it('runs create, from flags and from --body', async () => {
    const flags = await runCli(
      [
        'runs',
        'create',
        '--container',
        'support-bot',
        '--evaluator',
        'faithfulness',
        '--evaluator',
        'helpfulness-v2',
        '--sample',
        'container',
        '--ground-truth',
        'dataset:support-golden-set',
        '--baseline',
        'generate:gpt-4o-mini,maniac/v3',
        '--metadata',
        'ticket=EVAL-142',
        '--environment',
        'main',
        '--idempotency-key',
        'cli-create-1',
        '--json',
      ],
      environment(),
    );
    expect(flags.code).toBe(0);
    expect(shapeErrors('EvaluationRun', JSON.parse(flags.stdout))).toEqual([]);
    const body = JSON.stringify({ container: 'support-bot', evaluators: ['faithfulness'] });
    const fromStdin = await runCli(['runs', 'create', '--body', '-', '--json'], environment(), body);
    expect(fromStdin.code).toBe(0);
    expect(JSON.parse(fromStdin.stdout).status).toBe('queued');
  });

  it('runs create --wait follows the run to the end', async () => {
    const result = await runCli(
      ['runs', 'create', '--container', 'c', '--evaluator', 'e', '--wait', '--interval', '0.1', '--json'],
      environment(),
    );
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).status).toBe('completed');
    expect(result.stderr).toMatch(/erun_2f9c1a7e4b queued\n.*erun_2f9c1a7e4b completed\n/);
  });

  it('runs cancel', async () => {
    const result = await runCli(['runs', 'cancel', 'erun_2f9c1a7e4b', '--json'], environment());
    expect(result.code).toBe(0);
    const run = JSON.parse(result.stdout);
    expect(shapeErrors('EvaluationRun', run)).toEqual([]);
    expect(run.status).toBe('cancelled');
  });

  it('runs wait', async () => {
    const result = await runCli(['runs', 'wait', 'erun_2f9c1a7e4b', '--interval', '0.1'], environment());
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/erun_2f9c1a7e4b completed\n/);
    expect(result.stdout).toMatch(/status\s+completed/);
  });

  it('--version and --help', async () => {
    expect((await runCli(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    const help = await runCli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Exit codes:');
    expect(help.stdout).toContain('130  interrupted with Ctrl-C');
  });
});
