import { type ClientOptions, Maniac } from '@maniac/core';
import type { FaultServer } from './fault-server.js';

export const faultKey = 'mk_fault_9c2e4d71b0';

/** Log lines a test client wrote, to check what was logged and that the key never was. */
export function collectingLogger() {
  const lines: string[] = [];
  const push = (message: string) => {
    lines.push(message);
  };
  return { lines, logger: { error: push, warn: push, info: push, debug: push } };
}

/** A client of the built @maniac/core pointed at a fault server. */
export function faultClient(server: FaultServer, options: Partial<ClientOptions> = {}): Maniac {
  return new Maniac({ apiKey: faultKey, baseURL: server.url, logLevel: 'off', ...options });
}

/** Resolves to what a promise rejected with, or fails if it resolved. */
export async function rejection(promise: PromiseLike<unknown>): Promise<Error> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail, but it succeeded');
}
