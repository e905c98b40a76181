// `npm run examples:build` (or `npx vite --config examples/react/vite.config.ts` to develop).
// React 19's JSX needs no plugin: Vite's esbuild compiles it (`jsx: 'automatic'`).
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('.'),
  base: './',
  // The example data files, served beside the page.
  publicDir: here('../../data'),
  // An app would install the package; here it is the repository's own build (npm run build).
  resolve: { alias: [{ find: /^conflict-charts$/, replacement: here('../../dist/index.js') }] },
  esbuild: { jsx: 'automatic' },
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  logLevel: 'warn',
});
