// The layers of src/, bottom up: a module may import from its own layer and the ones below,
// never from a layer above, and no import may run in a circle. Type-only imports count
// (tsPreCompilationDeps). `npm test` runs this check (npm run lint:layers); ARCHITECTURE.md
// explains the order.
const LAYERS = [
  ['foundation', '^src/(util|errors|options)/|^src/version\\.ts$'],
  ['data', '^src/data/'],
  ['sql', '^src/sql/'],
  ['locale', '^src/locale/'],
  ['themes', '^src/themes/'],
  ['a11y', '^src/a11y/'],
  ['specs', '^src/specs/'],
  ['charts', '^src/charts/'],
  ['events and export', '^src/(events|export)/'],
  ['controllers', '^src/controllers/'],
  ['base', '^src/base/'],
  ['components', '^src/components/'],
  ['embed and cli', '^src/(embed|cli)/'],
  ['entry points', '^src/[^/]+\\.ts$'],
];

const above = (index) =>
  LAYERS.slice(index + 1)
    .map(([, path]) => `(${path})`)
    .join('|');

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Modules that import each other, directly or through others.',
      from: {},
      to: { circular: true },
    },
    ...LAYERS.slice(0, -1).map(([name, path], index) => ({
      name: `no-import-above-${name.replace(/\W+/g, '-')}`,
      severity: 'error',
      comment: `${name} may import only from its own layer and those below it.`,
      from: { path, pathNot: '^src/version\\.ts$' === path ? undefined : '^src/version\\.ts$' },
      to: { path: above(index), pathNot: '^src/version\\.ts$' },
    })),
    {
      name: 'cli-and-embed-apart',
      severity: 'error',
      comment: 'The CLI (Node) and the embed page (a browser page) share nothing of their own.',
      from: { path: '^src/cli/' },
      to: { path: '^src/embed/' },
    },
    {
      name: 'embed-not-cli',
      severity: 'error',
      from: { path: '^src/embed/' },
      to: { path: '^src/cli/' },
    },
    {
      name: 'no-unresolvable',
      severity: 'error',
      comment: 'An import that points at no file.',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['types', 'import', 'require', 'node', 'default'] },
    exclude: { path: '^src/embed/embed\\.(html|css)$' },
  },
};
