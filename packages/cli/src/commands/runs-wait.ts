import { type EvaluationRun, isTerminalRun, type Maniac } from '@maniac/node';
import { createClient, type GlobalOptions, interruption } from '../client.js';
import { ExitCode } from '../exit-codes.js';
import { printRun } from '../output.js';
import { createWaitView } from '../wait-view.js';

export interface WaitOptions extends GlobalOptions {
  interval?: number;
  timeout?: number;
  json?: boolean;
}

/** 0 only for a completed run; 1 for one that ended any other way (error, failed, cancelled …). */
function exitCodeOfRun(run: EvaluationRun): number {
  return run.status === 'completed' && !run.error_at ? ExitCode.success : ExitCode.runFailed;
}

/** Waits with the live view (no poll for a run that has already ended), prints it, returns its exit code. */
export async function waitAndShow(maniac: Maniac, run: EvaluationRun, options: WaitOptions): Promise<number> {
  const view = createWaitView(run.id, { toStderr: Boolean(options.json) });
  view.update(run);
  try {
    const final = isTerminalRun(run)
      ? run
      : await maniac.evaluation.runs.waitFor(run.id, {
          intervalMs: (options.interval ?? 2) * 1000,
          timeoutMs: options.timeout === undefined ? undefined : options.timeout * 1000,
          signal: interruption.signal,
          onPoll: (polled) => view.update(polled),
        });
    view.stop();
    printRun(final, options.json);
    return exitCodeOfRun(final);
  } finally {
    view.stop();
  }
}

export async function runsWait(runId: string, options: WaitOptions): Promise<number> {
  const maniac = await createClient(options);
  const run = await maniac.evaluation.runs.retrieve(runId, { signal: interruption.signal });
  return waitAndShow(maniac, run, options);
}
