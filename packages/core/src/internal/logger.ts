import { InvalidInputError } from '../errors.js';
import { redact } from './redact.js';

/** How much the SDK logs. Each level includes the ones before it. */
export type LogLevel = 'off' | 'error' | 'warn' | 'info' | 'debug';

/** Where log lines go: `console` by default, or anything with these four methods (pino, winston …). */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
  debug(message: string): void;
}

const levels: readonly LogLevel[] = ['off', 'error', 'warn', 'info', 'debug'];

/** The SDK's logger: drops lines below the level, and redacts the key and bearer tokens from the rest. */
export interface LevelLogger extends Logger {
  enabled(level: Exclude<LogLevel, 'off'>): boolean;
}

export function validateLogLevel(level: unknown): asserts level is LogLevel {
  if (!levels.includes(level as LogLevel)) {
    throw new InvalidInputError('logLevel', `must be one of ${levels.map((name) => `"${name}"`).join(', ')}`);
  }
}

export function createLevelLogger(level: LogLevel, logger: Logger, secret: string | null): LevelLogger {
  const threshold = levels.indexOf(level);
  const redactLine = (message: string) => redact(message, secret).replace(/Bearer\s+[^\s"',;]+/gi, 'Bearer [redacted]');
  const enabled = (name: Exclude<LogLevel, 'off'>) => levels.indexOf(name) <= threshold;
  const write = (name: Exclude<LogLevel, 'off'>) => (message: string) => {
    if (enabled(name)) logger[name](`[maniac] ${redactLine(message)}`);
  };
  return { enabled, error: write('error'), warn: write('warn'), info: write('info'), debug: write('debug') };
}
