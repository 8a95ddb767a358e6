import type { Maniac } from '@maniac/node';
import { UsageError } from './usage-error.js';

export interface GlobalOptions {
  apiKey?: string;
  baseUrl?: string;
}

/** Aborted by Ctrl-C: every request and poll listens to it, so the command stops at once. */
export const interruption = new AbortController();

/**
 * The client, built on demand so that `--help` never loads the SDK. `needsKey: false` lets
 * `maniac health` run without one.
 */
export async function createClient(options: GlobalOptions, { needsKey = true } = {}): Promise<Maniac> {
  const { Maniac } = await import('@maniac/node');
  const apiKey = options.apiKey ?? process.env.MANIAC_API_KEY;
  if (!apiKey && needsKey) {
    throw new UsageError('an API key is required: pass --api-key or set MANIAC_API_KEY.');
  }
  return new Maniac({ apiKey: apiKey || null, baseURL: options.baseUrl, logLevel: 'off' });
}
