import { execFile, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const cliPath = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI as a subprocess, piped (not a terminal), with only the given environment. */
export function runCli(args: string[], environment: Record<string, string> = {}, input?: string): Promise<CliResult> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      [cliPath, ...args],
      { env: { PATH: process.env.PATH ?? '', ...environment } },
      (error, stdout, stderr) => resolve({ code: error ? (error.code as number) : 0, stdout, stderr }),
    );
    child.stdin?.end(input ?? '');
  });
}

/**
 * Runs the built CLI under a real pseudo-terminal, with util-linux `script`, and returns what the
 * terminal received: colours, the spinner, carriage returns and all.
 */
export function runCliInTerminal(args: string[], environment: Record<string, string> = {}): Promise<CliResult> {
  const quoted = [process.execPath, cliPath, ...args].map((part) => `'${part.replaceAll("'", "'\\''")}'`).join(' ');
  // `script` gives the terminal no size; a real one has one, and the live line needs it.
  const command = `stty cols 120 rows 40; ${quoted}`;
  return new Promise((resolve) => {
    const child = spawn('script', ['-qec', command, '/dev/null'], {
      env: { PATH: process.env.PATH ?? '', TERM: 'xterm-256color', ...environment },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
