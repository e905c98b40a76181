import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import { beforeUpgradeCss } from './build-support/before-upgrade-css.mjs';
import { cliFonts } from './build-support/cli-fonts.mjs';
import { cmsChunks } from './build-support/cms-chunks.mjs';
import { importTs } from './build-support/import-ts.mjs';
import { leanVega, mapOwnD3Geo } from './build-support/lean-vega.mjs';
import { nodeOnly } from './build-support/node-only.mjs';
import { squeezeCss } from './build-support/squeeze-css.mjs';
import { subresourceIntegrity } from './build-support/sri.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));
// One package entry per chart element, from the chart registry.
const { CHARTS } = await importTs('./src/options/charts.ts');

/** Copies the embed page's HTML and CSS next to its script. */
function embedPage() {
  return {
    name: 'embed-page',
    generateBundle() {
      for (const file of ['embed.html', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName: file, source: readFileSync(new URL(`src/embed/${file}`, import.meta.url)) });
      }
    },
  };
}

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, sourceMap: true, types: [], importHelpers: false },
  });

export default [
  // For apps that install the package: one module per source file, dependencies left as
  // bare imports so the app's bundler shares lit and vega with the rest of the app and
  // importing one element pulls in nothing of the others.
  {
    input: { index: 'src/index.ts', ...Object.fromEntries(CHARTS.map((chart) => [chart.entry, `src/${chart.entry}.ts`])) },
    external: isDependency,
    plugins: [ts()],
    output: { dir: 'dist', format: 'es', sourcemap: true, preserveModules: true, preserveModulesRoot: 'src' },
  },
  // For CMS pages: one file with no bare imports. Vega is a separate chunk loaded on first
  // draw; rollup resolves it against this file's own URL (import.meta.url semantics).
  {
    input: { 'conflict-charts': 'src/conflict-charts.ts' },
    plugins: [
      leanVega(),
      mapOwnD3Geo(),
      nodeResolve({ browser: true }),
      squeezeCss(),
      ts(),
      terser({ format: { comments: false } }),
      beforeUpgradeCss(CHARTS),
      subresourceIntegrity(pkg),
    ],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'conflict-charts-[name]-[hash].js',
      manualChunks: cmsChunks(),
    },
    onwarn(warning, warn) {
      // vega's d3 dependencies have circular imports; they are harmless.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  },
  // dist/embed.html for CMSes that allow only iframes: the page, its stylesheet and its script.
  // The script only reads URL parameters and posts heights; the page loads conflict-charts.js
  // (the elements) from beside it.
  {
    input: { embed: 'src/embed/embed.ts' },
    plugins: [ts(), terser({ format: { comments: false } }), embedPage()],
    output: { dir: 'dist', format: 'es', sourcemap: true, entryFileNames: '[name].js' },
  },
  // The Node API and CLI (`conflict-charts render|aggregate`): the same readers, counting and
  // spec builders, drawn by Vega's headless renderer. Dependencies stay bare imports.
  {
    input: { index: 'src/cli/index.ts', main: 'src/cli/main.ts' },
    external: (id) => id.startsWith('node:') || !(id.startsWith('.') || id.startsWith('\0') || isAbsolute(id)),
    plugins: [nodeOnly(), ts(), cliFonts()],
    output: { dir: 'dist/cli', format: 'es', sourcemap: true, entryFileNames: '[name].js', chunkFileNames: '[name]-[hash].js' },
  },
];
