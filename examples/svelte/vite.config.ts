// `npm run examples:build` (or `npx vite --config examples/svelte/vite.config.ts` to develop).
// @sveltejs/vite-plugin-svelte 6 is the line that supports Vite 7 (7.x needs Vite 8).
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../data'),
  plugins: [svelte({ configFile: false })],
  resolve: { alias: [{ find: /^conflict-charts$/, replacement: here('../../dist/index.js') }] },
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  logLevel: 'warn',
});
