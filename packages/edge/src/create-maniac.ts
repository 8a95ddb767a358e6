import { type ClientOptions, InvalidInputError, type LogLevel, Maniac } from '@maniac/core';

/** The environment bindings a Worker or edge function receives, as far as Maniac is concerned. */
export interface ManiacBindings {
  MANIAC_API_KEY?: string;
  MANIAC_BASE_URL?: string;
  MANIAC_LOG?: string;
}

/**
 * Builds a client from a Workers / Vercel Edge style `env` object: `env.MANIAC_API_KEY`, and
 * optionally `env.MANIAC_BASE_URL` and `env.MANIAC_LOG`. Explicit options win.
 *
 * @example
 * export default {
 *   async fetch(request, env) {
 *     const page = await createManiac(env).evaluation.runs.list({ limit: 5 });
 *     return Response.json(page);
 *   },
 * };
 */
export function createManiac(env: ManiacBindings, options: Partial<ClientOptions> = {}): Maniac {
  const apiKey = options.apiKey !== undefined ? options.apiKey : env?.MANIAC_API_KEY || undefined;
  if (apiKey === undefined) {
    throw new InvalidInputError('env.MANIAC_API_KEY', 'is required: add the MANIAC_API_KEY secret to the environment');
  }
  return new Maniac({
    ...options,
    apiKey,
    baseURL: options.baseURL ?? (env?.MANIAC_BASE_URL || undefined),
    logLevel: options.logLevel ?? ((env?.MANIAC_LOG || undefined) as LogLevel | undefined),
  });
}
