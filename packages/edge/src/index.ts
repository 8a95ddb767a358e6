// Everything from @maniac/core, so that edge users install one package.
export * from '@maniac/core';
export { createManiac, type ManiacBindings } from './create-maniac.js';
export type { CorsOptions } from './proxy/cors.js';
export { createManiacProxy, type ManiacProxyOptions, READ_ONLY_OPERATIONS } from './proxy/create-maniac-proxy.js';
export type { OperationId } from './proxy/match-operation.js';
