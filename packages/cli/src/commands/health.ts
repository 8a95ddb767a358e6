import { createClient, type GlobalOptions, interruption } from '../client.js';
import { printJson } from '../terminal.js';

export async function health(options: GlobalOptions & { json?: boolean }): Promise<number> {
  const maniac = await createClient(options, { needsKey: false });
  const result = await maniac.health({ signal: interruption.signal });
  if (options.json) printJson(result);
  else process.stdout.write(result.ok ? 'The Maniac API is up.\n' : 'The Maniac API answered, but is not ok.\n');
  return result.ok ? 0 : 5;
}
