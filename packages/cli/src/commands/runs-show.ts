import { createClient, type GlobalOptions, interruption } from '../client.js';
import { printRun } from '../output.js';

type Options = GlobalOptions & { json?: boolean };

export async function runsGet(runId: string, options: Options): Promise<number> {
  const maniac = await createClient(options);
  printRun(await maniac.evaluation.runs.retrieve(runId, { signal: interruption.signal }), options.json);
  return 0;
}

export async function runsCancel(runId: string, options: Options): Promise<number> {
  const maniac = await createClient(options);
  printRun(await maniac.evaluation.runs.cancel(runId, { signal: interruption.signal }), options.json);
  return 0;
}
