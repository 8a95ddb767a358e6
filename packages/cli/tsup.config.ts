import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// One ESM entry with a shebang. Commands are split into chunks that load only when run, so that
// `maniac --help` loads commander and nothing else.
export default defineConfig({
  entry: { cli: 'src/cli.ts' },
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  splitting: true,
  clean: true,
  sourcemap: true,
  banner: { js: '#!/usr/bin/env node' },
  define: { __MANIAC_CLI_VERSION__: JSON.stringify(version) },
});
