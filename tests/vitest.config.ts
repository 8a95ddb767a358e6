import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Prism mocking the spec, started once per run: the same setup as every other suite that uses it.
const mockSetup = fileURLToPath(import.meta.resolve('@maniac/scripts/vitest-mock-setup.mjs'));

export default defineConfig({
  test: {
    include: ['contract/**/*.test.ts', 'faults/**/*.test.ts', 'ecosystem/**/*.test.ts', 'browser/**/*.test.ts'],
    globalSetup: [mockSetup, 'ecosystem/global-setup.ts'],
    // Prism takes about 3 s to start; every contract test then runs against the one instance.
    hookTimeout: 60_000,
  },
});
