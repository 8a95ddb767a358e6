import {
  APIError,
  APIUserAbortError,
  AuthenticationError,
  InvalidInputError,
  NotFoundError,
  PermissionDeniedError,
} from '@maniac/node';
import pc from 'picocolors';
import { ExitCode } from './exit-codes.js';
import { UsageError } from './usage-error.js';

function exitCodeOf(error: unknown): number {
  if (error instanceof UsageError || error instanceof InvalidInputError) return ExitCode.usage;
  if (error instanceof APIUserAbortError) return ExitCode.interrupted;
  if (error instanceof AuthenticationError || error instanceof PermissionDeniedError) return ExitCode.authentication;
  if (error instanceof NotFoundError) return ExitCode.notFound;
  return ExitCode.other;
}

function describe(error: unknown): string {
  if (error instanceof APIError) {
    return `${error.message}${error.requestId ? ` (request ${error.requestId})` : ''}`;
  }
  if (error instanceof APIUserAbortError) return 'Interrupted.';
  return error instanceof Error ? error.message : String(error);
}

/**
 * Prints one clear line on stderr (the SDK's errors never contain the key), and returns the exit
 * code. Stack traces only with MANIAC_DEBUG=1.
 */
export function reportError(error: unknown): number {
  const exitCode = exitCodeOf(error);
  const prefix = exitCode === ExitCode.usage ? 'Usage error' : 'Error';
  process.stderr.write(`${pc.red(prefix)}: ${describe(error)}\n`);
  if (process.env.MANIAC_DEBUG === '1' && error instanceof Error && error.stack) {
    process.stderr.write(`${error.stack}\n`);
  }
  return exitCode;
}
