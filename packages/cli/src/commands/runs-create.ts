import { readFile } from 'node:fs/promises';
import type { DataSource, EvaluationRunCreateParams } from '@maniac/node';
import { createClient, type GlobalOptions, interruption } from '../client.js';
import { printRun } from '../output.js';
import { UsageError } from '../usage-error.js';
import { waitAndShow } from './runs-wait.js';

export interface CreateOptions extends GlobalOptions {
  container?: string;
  evaluator?: string[];
  sample?: DataSource;
  groundTruth?: DataSource;
  baseline?: DataSource;
  metadata?: Record<string, string>;
  environment?: string;
  body?: string;
  idempotencyKey?: string;
  wait?: boolean;
  interval?: number;
  timeout?: number;
  json?: boolean;
}

async function readBody(source: string): Promise<Record<string, unknown>> {
  let text: string;
  try {
    text = source === '-' ? await readStdin() : await readFile(source, 'utf8');
  } catch (error) {
    throw new UsageError(`--body: cannot read ${source}: ${(error as Error).message}`);
  }
  try {
    const body = JSON.parse(text);
    if (typeof body === 'object' && body !== null && !Array.isArray(body)) return body;
  } catch {
    // Reported below.
  }
  throw new UsageError(
    `--body: expected a JSON object of create parameters in ${source === '-' ? 'standard input' : source}.`,
  );
}

async function readStdin(): Promise<string> {
  let text = '';
  for await (const chunk of process.stdin) text += chunk;
  return text;
}

/** The body: `--body` first, then each flag given on top of it. */
async function createParams(options: CreateOptions): Promise<EvaluationRunCreateParams> {
  const base = options.body ? await readBody(options.body) : {};
  const flags = {
    container: options.container,
    evaluators: options.evaluator?.length ? options.evaluator : undefined,
    sample: options.sample,
    ground_truth: options.groundTruth,
    baseline: options.baseline,
    metadata: options.metadata,
    environment: options.environment,
  };
  const params = { ...base, ...Object.fromEntries(Object.entries(flags).filter(([, value]) => value !== undefined)) };
  if (!params.container) throw new UsageError('missing --container <id-or-label> (or "container" in --body).');
  if (!Array.isArray(params.evaluators) || params.evaluators.length === 0) {
    throw new UsageError('missing --evaluator <id-or-label>: give at least one (or "evaluators" in --body).');
  }
  return params as EvaluationRunCreateParams;
}

export async function runsCreate(options: CreateOptions): Promise<number> {
  const params = await createParams(options);
  const maniac = await createClient(options);
  const run = await maniac.evaluation.runs.create(params, {
    idempotencyKey: options.idempotencyKey,
    signal: interruption.signal,
  });
  if (options.wait) return waitAndShow(maniac, run, options);
  printRun(run, options.json);
  return 0;
}
