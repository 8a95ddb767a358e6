import { createClient, type GlobalOptions, interruption } from '../client.js';
import { runsTable } from '../output.js';
import { printJson } from '../terminal.js';

export interface ListOptions extends GlobalOptions {
  container?: string;
  status?: string;
  limit?: number;
  offset?: number;
  all?: boolean;
  json?: boolean;
}

export async function runsList(options: ListOptions): Promise<number> {
  const maniac = await createClient(options);
  const params = { container: options.container, status: options.status, limit: options.limit, offset: options.offset };
  const signal = interruption.signal;
  if (!options.all) {
    const page = await maniac.evaluation.runs.list(params, { signal });
    if (options.json) printJson(page);
    else process.stdout.write(`${runsTable(page.data)}\n${page.data.length} of ${page.total} runs\n`);
    return 0;
  }
  // --all: page through everything with core's iterator, printing as it goes.
  let printed = 0;
  let batch: Parameters<typeof runsTable>[0] = [];
  const flush = () => {
    if (batch.length > 0) process.stdout.write(`${runsTable(batch, printed === batch.length)}\n`);
    batch = [];
  };
  for await (const run of maniac.evaluation.runs.list(params, { signal })) {
    printed++;
    if (options.json) process.stdout.write(`${JSON.stringify(run)}\n`);
    else {
      batch.push(run);
      if (batch.length === 100) flush();
    }
  }
  if (!options.json) {
    flush();
    process.stdout.write(`${printed} runs\n`);
  }
  return 0;
}
