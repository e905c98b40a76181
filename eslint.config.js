// ESLint for the whole repository: JavaScript's and TypeScript's recommended rules, Lit's
// (templates) and web components' (custom elements), checked by `npm run lint` in `npm test`
// with zero warnings allowed. Formatting is Prettier's job (`npm run format:check`).
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'storybook-static/',
      'screenshots/',
      'bench/out/',
      'examples/*/dist/',
      'custom-elements.json',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      // `_name` marks an argument a signature needs but a function does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
    settings: { wc: { elementBaseClasses: ['LitElement', 'ChartAttributes', 'ChartElement'] } },
  },
  {
    // Replaced by the build with vega's version (build-support/lean-vega.mjs).
    files: ['build-support/vega-lean.js'],
    languageOptions: { globals: { __VEGA_VERSION__: 'readonly' } },
  },
  {
    // Mocha's describe/it/before… in the browser tests.
    files: ['test/**/*.ts'],
    languageOptions: { globals: { ...globals.mocha } },
  },
);
