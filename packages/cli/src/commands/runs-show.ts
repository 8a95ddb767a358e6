import type { EvaluationRun } from '@maniac/node';
import { createClient, type GlobalOptions, interruption } from '../client.js';
import { runDetails } from '../output.js';
import { printJson } from '../terminal.js';

type Options = GlobalOptions & { json?: boolean };

function show(run: EvaluationRun, options: Options): number {
  if (options.json) printJson(run);
  else process.stdout.write(`${runDetails(run)}\n`);
  return 0;
}

export async function runsGet(runId: string, options: Options): Promise<number> {
  const maniac = await createClient(options);
  return show(await maniac.evaluation.runs.retrieve(runId, { signal: interruption.signal }), options);
}

export async function runsCancel(runId: string, options: Options): Promise<number> {
  const maniac = await createClient(options);
  return show(await maniac.evaluation.runs.cancel(runId, { signal: interruption.signal }), options);
}
