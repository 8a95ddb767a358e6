import { readFileSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { baseConfig } from '../../tsup.config.base';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

export default defineConfig({
  ...baseConfig,
  platform: 'node',
  // The User-Agent version is fixed at build time, so nothing reads package.json at run time.
  define: { __MANIAC_NODE_VERSION__: JSON.stringify(version) },
});
