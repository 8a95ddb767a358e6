import { type EvaluationRun, isTerminalRun } from '@maniac/node';
import { createSpinner } from 'nanospinner';
import { colourStatus, formatElapsed, formatSpend } from './terminal.js';

/**
 * Shows a run while it is waited for. On a terminal: one live line with a spinner, the status, the
 * elapsed time and the spend. Otherwise: one plain line per status change. It writes to stderr
 * when stdout carries `--json`.
 */
export function createWaitView(runId: string, { toStderr }: { toStderr: boolean }) {
  const stream = toStderr ? process.stderr : process.stdout;
  const started = Date.now();
  let last: EvaluationRun | undefined;
  const text = () =>
    `${runId}  ${last ? colourStatus(last.status) : 'waiting'}  ${formatElapsed(Date.now() - started)}` +
    (last?.spend !== undefined && last.spend !== null ? `  ${formatSpend(last.spend)}` : '');

  // A terminal that reports no width cannot redraw a line in place: fall back to plain lines.
  if (!stream.isTTY || !stream.columns) {
    return {
      update(run: EvaluationRun) {
        if (run.status !== last?.status) stream.write(`${new Date().toISOString()} ${runId} ${run.status}\n`);
        last = run;
      },
      stop() {},
    };
  }
  const spinner = createSpinner(text(), { stream }).start();
  const ticker = setInterval(() => spinner.update({ text: text() }), 1000);
  let stopped = false;
  return {
    update(run: EvaluationRun) {
      last = run;
      spinner.update({ text: text() });
    },
    stop() {
      if (stopped) return;
      stopped = true;
      clearInterval(ticker);
      if (!last) spinner.stop();
      else if (!isTerminalRun(last)) spinner.warn({ text: text() });
      else if (last.status === 'completed') spinner.success({ text: text() });
      else spinner.error({ text: text() });
    },
  };
}
