import nodeResolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { readFileSync } from 'node:fs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);
const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

const ts = () =>
  typescript({
    tsconfig: './tsconfig.json',
    include: ['src/**/*.ts'],
    compilerOptions: { declaration: false, sourceMap: true, types: [], importHelpers: false },
  });

export default [
  // For apps that install the package: one module per source file, dependencies left as
  // bare imports so the app's bundler shares lit and vega with the rest of the app and
  // importing one element pulls in nothing of the other two.
  {
    input: {
      index: 'src/index.ts',
      'attack-timeline': 'src/attack-timeline.ts',
      'country-comparison': 'src/country-comparison.ts',
      'actor-breakdown': 'src/actor-breakdown.ts',
    },
    external: isDependency,
    plugins: [ts()],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      preserveModules: true,
      preserveModulesRoot: 'src',
    },
  },
  // For CMS pages: one file with no bare imports. Vega is a separate chunk loaded on first
  // draw; rollup resolves it against this file's own URL (import.meta.url semantics).
  {
    input: { 'conflict-charts': 'src/conflict-charts.ts' },
    plugins: [nodeResolve({ browser: true }), ts(), terser({ format: { comments: false } })],
    output: {
      dir: 'dist',
      format: 'es',
      sourcemap: true,
      entryFileNames: '[name].js',
      chunkFileNames: 'conflict-charts-[name]-[hash].js',
    },
    onwarn(warning, warn) {
      // vega's d3 dependencies have circular imports; they are harmless.
      if (warning.code === 'CIRCULAR_DEPENDENCY') return;
      warn(warning);
    },
  },
];
