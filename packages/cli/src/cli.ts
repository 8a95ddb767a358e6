import { Command, CommanderError, Option } from 'commander';
import { type GlobalOptions, interruption } from './client.js';
import { ExitCode, exitCodeHelp } from './exit-codes.js';
import { collect, integerFrom, parseMetadata, parseSource, positiveSeconds, sourceForm } from './parse-flags.js';

declare const __MANIAC_CLI_VERSION__: string;

type Action = (...args: never[]) => Promise<number>;

/**
 * Runs a command: its module is imported only now, so that `--help` stays fast. Whatever it throws
 * becomes one line on stderr and an exit code.
 */
function run<Load extends () => Promise<Action>>(load: Load) {
  return async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const options = command.optsWithGlobals<GlobalOptions>();
    const positional = args.slice(0, -2);
    try {
      const action = await load();
      process.exitCode = await (action as (...values: unknown[]) => Promise<number>)(...positional, options);
    } catch (error) {
      const { reportError } = await import('./report-error.js');
      process.exitCode = reportError(error);
    }
  };
}

const json = () => new Option('--json', 'print exactly the API objects as JSON');

const program = new Command('maniac')
  .description('Every call of the Maniac API, from a terminal or a script.')
  .version(__MANIAC_CLI_VERSION__, '-v, --version')
  .option('--api-key <key>', 'API key (default: $MANIAC_API_KEY)')
  .option('--base-url <url>', 'API URL (default: $MANIAC_BASE_URL or https://platform.maniac.ai)')
  .addHelpText('after', exitCodeHelp)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

program
  .command('health')
  .description('check that the API is up (needs no key)')
  .addOption(json())
  .action(run(async () => (await import('./commands/health.js')).health as Action));

const runs = program.command('runs').description('list, create, inspect, cancel and wait for evaluation runs');

runs
  .command('list')
  .description('list runs, newest first')
  .option('--container <id>', 'only runs of this container (id or label)')
  .option('--status <status>', 'only runs with this status, such as running or completed')
  .option('--limit <n>', 'runs per page, 1 to 100', integerFrom(1, 100))
  .option('--offset <n>', 'runs to skip', integerFrom(0))
  .option('--all', 'page through every run, printing as it goes')
  .addOption(json())
  .action(run(async () => (await import('./commands/runs-list.js')).runsList as Action));

runs
  .command('get')
  .description('show one run')
  .argument('<run_id>')
  .addOption(json())
  .action(run(async () => (await import('./commands/runs-show.js')).runsGet as Action));

runs
  .command('create')
  .description('launch a run')
  .option('--container <id>', 'container id or label')
  .option('--evaluator <id>', 'evaluator id or label; repeat for several', collect)
  .option('--sample <src>', `sample-side data: ${sourceForm}`, parseSource)
  .option('--ground-truth <src>', `ground-truth-side data: ${sourceForm}`, parseSource)
  .option('--baseline <src>', `baseline-side data: ${sourceForm}`, parseSource)
  .option('--metadata <key=value>', 'metadata; repeat for several', parseMetadata)
  .option('--environment <name>', 'execution environment (default: main)')
  .option('--body <file>', 'create parameters as JSON from a file, or - for standard input; flags override it')
  .option('--idempotency-key <key>', 'sent as Idempotency-Key, so that a retried create is safe')
  .option('--wait', 'then wait until the run finishes, with a live view')
  .option('--interval <seconds>', 'with --wait: seconds between polls', positiveSeconds)
  .option('--timeout <seconds>', 'with --wait: give up after this long', positiveSeconds)
  .addOption(json())
  .action(run(async () => (await import('./commands/runs-create.js')).runsCreate as Action));

runs
  .command('cancel')
  .description('cancel a run')
  .argument('<run_id>')
  .addOption(json())
  .action(run(async () => (await import('./commands/runs-show.js')).runsCancel as Action));

runs
  .command('wait')
  .description('wait until a run finishes, with a live view; exit 0 if it completed, 1 if not')
  .argument('<run_id>')
  .option('--interval <seconds>', 'seconds between polls (default 2, growing gently)', positiveSeconds)
  .option('--timeout <seconds>', 'give up after this long (exit 5)', positiveSeconds)
  .addOption(json())
  .action(run(async () => (await import('./commands/runs-wait.js')).runsWait as Action));

// Ctrl-C stops every request and poll at once; a second one exits without waiting.
process.once('SIGINT', () => {
  interruption.abort();
  process.exitCode = ExitCode.interrupted;
  process.once('SIGINT', () => process.exit(ExitCode.interrupted));
});

try {
  await program.parseAsync();
} catch (error) {
  if (!(error instanceof CommanderError)) throw error;
  // --help and --version end here too, with exit code 0; anything else is a usage error.
  process.exitCode = error.exitCode === 0 ? ExitCode.success : ExitCode.usage;
}
