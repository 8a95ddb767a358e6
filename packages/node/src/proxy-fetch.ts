import type { Fetch } from '@maniac/core';
import type { Dispatcher } from 'undici';

const proxyVariables = ['HTTPS_PROXY', 'https_proxy', 'HTTP_PROXY', 'http_proxy'];

/** Whether the environment asks for a proxy at all. */
export function proxyConfigured(environment: NodeJS.ProcessEnv): boolean {
  return proxyVariables.some((name) => Boolean(environment[name]));
}

/** Node's global fetch, sending through `dispatcher`: how an explicit `dispatcher` option is honoured. */
export function fetchWithDispatcher(dispatcher: Dispatcher): Fetch {
  return (input, init) => fetch(input, { ...init, dispatcher } as RequestInit);
}

/**
 * A fetch that honours HTTPS_PROXY, HTTP_PROXY and NO_PROXY through undici's EnvHttpProxyAgent.
 * undici is loaded on the first request, and only when a proxy is configured, so that importing
 * @maniac/node stays fast. It uses undici's own fetch with its own agent: the pair always match,
 * whatever undici the running Node bundles.
 */
export function proxyFetch(): Fetch {
  let ready: Promise<Fetch> | undefined;
  const load = async (): Promise<Fetch> => {
    const undici = await import('undici');
    const dispatcher = new undici.EnvHttpProxyAgent();
    return (input, init) =>
      undici.fetch(input as never, { ...init, dispatcher } as never) as unknown as Promise<Response>;
  };
  return async (input, init) => {
    ready ??= load();
    return (await ready)(input, init);
  };
}
