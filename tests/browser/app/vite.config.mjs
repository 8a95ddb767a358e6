import { defineConfig } from 'vite';

// Plain Vite: .tsx is compiled with the automatic JSX runtime, no plugin needed for a production build.
export default defineConfig({ build: { outDir: 'dist', emptyOutDir: true }, logLevel: 'warn' });
