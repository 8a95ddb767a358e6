import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// Prism mocking the spec, started once per run: the same setup as every other suite that uses it.
const mockSetup = fileURLToPath(import.meta.resolve('@maniac/scripts/vitest-mock-setup.mjs'));

export default defineConfig({
  test: {
    environment: 'happy-dom',
    include: ['test/**/*.test.{ts,tsx}'],
    globalSetup: [mockSetup],
    hookTimeout: 60_000,
    typecheck: { enabled: true, include: ['test/**/*.test-d.{ts,tsx}'], tsconfig: './tsconfig.json' },
  },
});
