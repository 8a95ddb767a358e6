// What the shared Prism setup (@maniac/scripts/vitest-mock-setup.mjs) provides to the tests.
import 'vitest';

declare module 'vitest' {
  export interface ProvidedContext {
    mockURL: string;
  }
}
