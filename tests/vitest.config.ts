import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'faults/**/*.test.ts', 'ecosystem/**/*.test.ts', 'browser/**/*.test.ts'],
    globalSetup: ['contract/global-setup.ts', 'ecosystem/global-setup.ts'],
    // Prism takes about 3 s to start; every contract test then runs against the one instance.
    hookTimeout: 60_000,
  },
});
