// `npm run examples:build` (or `npx vite --config examples/vue/vite.config.ts` to develop).
import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const TAGS = new Set(['attack-timeline', 'country-comparison', 'actor-breakdown', 'conflict-map', 'cc-annotation']);

export default defineConfig({
  root: here('.'),
  base: './',
  publicDir: here('../../data'),
  plugins: [
    vue({
      // Vue must not try to resolve these tags as Vue components: they are custom elements.
      template: { compilerOptions: { isCustomElement: (tag) => TAGS.has(tag) } },
    }),
  ],
  resolve: { alias: [{ find: /^conflict-charts$/, replacement: here('../../dist/index.js') }] },
  build: { outDir: here('dist'), emptyOutDir: true, chunkSizeWarningLimit: 3000 },
  logLevel: 'warn',
});
