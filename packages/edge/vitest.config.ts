import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Prism mocking the spec, started once per run: the same setup as every other suite that uses it.
const mockSetup = fileURLToPath(import.meta.resolve('@maniac/scripts/vitest-mock-setup.mjs'));

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: [mockSetup],
    hookTimeout: 60_000,
  },
});
