// What the global setups provide to the tests: the shared Prism mock
// (@maniac/scripts/vitest-mock-setup.mjs) and the packed consumer project (ecosystem/global-setup.ts).
import 'vitest';
import type { PackedConsumer } from './ecosystem/consumer-project.js';

declare module 'vitest' {
  export interface ProvidedContext {
    mockURL: string;
    consumer: PackedConsumer;
  }
}
