import type { Options } from 'tsup';

/**
 * The build every package shares: ESM and CJS with their own `.d.ts`/`.d.cts`, for Node 20 and
 * modern runtimes. A package's tsup.config.ts spreads this and adds its entries.
 */
export const baseConfig: Options = {
  entry: ['src/index.ts'],
  format: ['esm', 'cjs'],
  dts: true,
  sourcemap: true,
  clean: true,
  target: 'es2022',
  platform: 'neutral',
  treeshake: true,
  splitting: false,
};
