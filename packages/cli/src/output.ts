import type { EvaluationRun } from '@maniac/node';
import Table from 'cli-table3';
import pc from 'picocolors';
import { colourStatus, formatSpend, printJson } from './terminal.js';

const head = ['id', 'status', 'container', 'evaluators', 'created', 'spend'];
// Fixed widths, so that pages printed one after another (`--all`) line up.
const colWidths = [20, 12, 22, 30, 22, 9];
const borderless = {
  top: '',
  'top-mid': '',
  'top-left': '',
  'top-right': '',
  bottom: '',
  'bottom-mid': '',
  'bottom-left': '',
  'bottom-right': '',
  left: '',
  'left-mid': '',
  mid: '',
  'mid-mid': '',
  right: '',
  'right-mid': '',
  middle: ' ',
};

function row(run: EvaluationRun): string[] {
  return [
    run.id,
    colourStatus(run.status),
    run.container ?? '–',
    run.evaluators?.join(', ') ?? '–',
    run.created_at,
    formatSpend(run.spend),
  ];
}

/** An aligned table of runs; `withHead: false` for the later pages of `--all`. */
export function runsTable(runs: EvaluationRun[], withHead = true): string {
  const table = new Table({
    head: withHead ? head.map((title) => pc.bold(title)) : [],
    colWidths,
    chars: borderless,
    style: { head: [], border: [], 'padding-left': 0, 'padding-right': 1 },
    wordWrap: false,
  });
  for (const run of runs) table.push(row(run));
  return table.toString();
}

/** One run as aligned `field  value` lines. */
export function runDetails(run: EvaluationRun): string {
  const fields: Array<[string, string]> = [
    ['id', run.id],
    ['status', colourStatus(run.status)],
    ['container', run.container ?? '–'],
    ['evaluators', run.evaluators?.join(', ') ?? '–'],
    ['created', run.created_at],
    ['finished', run.finished_at ?? run.error_at ?? '–'],
    ['spend', formatSpend(run.spend)],
  ];
  if (run.error) fields.push(['error', JSON.stringify(run.error)]);
  if (run.metrics) fields.push(['metrics', JSON.stringify(run.metrics)]);
  return fields.map(([name, value]) => `${pc.dim(name.padEnd(11))}${value}`).join('\n');
}

/** One run as the result of a command: JSON with `--json`, else its details. */
export function printRun(run: EvaluationRun, json: boolean | undefined): void {
  if (json) printJson(run);
  else process.stdout.write(`${runDetails(run)}\n`);
}
