import { type ClientOptions, Maniac as CoreManiac, InvalidInputError, type LogLevel } from '@maniac/core';
import type { Dispatcher } from 'undici';
import { fetchWithDispatcher, proxyConfigured, proxyFetch } from './proxy-fetch.js';
import { USER_AGENT } from './version.js';

/** Options of the Node client: those of `@maniac/core`, all optional, plus `dispatcher`. */
export interface NodeClientOptions extends Omit<ClientOptions, 'apiKey'> {
  /** Default: the `MANIAC_API_KEY` environment variable. `null` sends no key. */
  apiKey?: string | null;
  /** An undici dispatcher (Agent, ProxyAgent …) for Node's fetch. Overrides the proxy variables. */
  dispatcher?: Dispatcher;
}

/** An environment variable, or `undefined` when it is unset or empty. */
function variable(environment: NodeJS.ProcessEnv, name: string): string | undefined {
  const value = environment[name];
  return value === undefined || value === '' ? undefined : value;
}

const logLevels = ['off', 'error', 'warn', 'info', 'debug'];

function logLevelFrom(environment: NodeJS.ProcessEnv): LogLevel | undefined {
  const level = variable(environment, 'MANIAC_LOG');
  if (level === undefined) return undefined;
  if (!logLevels.includes(level)) {
    throw new InvalidInputError('MANIAC_LOG', `must be one of ${logLevels.map((name) => `"${name}"`).join(', ')}`);
  }
  return level as LogLevel;
}

/**
 * The Maniac client for Node.js. With no options it reads `MANIAC_API_KEY`, `MANIAC_BASE_URL` and
 * `MANIAC_LOG`; explicit options always win. It honours `HTTPS_PROXY`, `HTTP_PROXY` and `NO_PROXY`,
 * reuses connections, and sends `User-Agent: maniac-node/<version> node/<version>`.
 *
 * @example
 * import { Maniac } from '@maniac/node';
 *
 * const maniac = new Maniac(); // MANIAC_API_KEY from the environment
 * for await (const run of maniac.evaluation.runs.list({ status: 'running' })) console.log(run.id);
 */
export class Maniac extends CoreManiac {
  constructor(options: NodeClientOptions = {}) {
    const environment = process.env;
    const { dispatcher, ...rest } = options;
    const apiKey = options.apiKey !== undefined ? options.apiKey : variable(environment, 'MANIAC_API_KEY');
    if (apiKey === undefined) {
      throw new InvalidInputError(
        'apiKey',
        'is required: pass the apiKey option or set the MANIAC_API_KEY environment variable',
      );
    }
    const fetch =
      options.fetch ??
      (dispatcher ? fetchWithDispatcher(dispatcher) : proxyConfigured(environment) ? proxyFetch() : undefined);
    super({
      ...rest,
      apiKey,
      baseURL: options.baseURL ?? variable(environment, 'MANIAC_BASE_URL'),
      logLevel: options.logLevel ?? logLevelFrom(environment),
      fetch,
      defaultHeaders: { 'User-Agent': USER_AGENT, ...options.defaultHeaders },
    });
  }
}
