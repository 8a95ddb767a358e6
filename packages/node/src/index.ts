// Everything from @maniac/core, so that Node users install one package; `Maniac` is the Node client.
export * from '@maniac/core';
export { Maniac, type NodeClientOptions } from './client.js';
export { USER_AGENT, VERSION } from './version.js';
