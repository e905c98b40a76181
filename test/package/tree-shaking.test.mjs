// Per-element entry points stay tree-shakable: an app that imports only
// `conflict-charts/attack-timeline` (or one of the other two) gets none of the other elements'
// code. Each entry is bundled with Rollup as an app's bundler would (resolved through package.json
// `exports` and `sideEffects`, dependencies left external) and the bundle is inspected.
import nodeResolve from '@rollup/plugin-node-resolve';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, symlinkSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build as esbuild } from 'esbuild';
import { rollup } from 'rollup';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const dependencies = Object.keys(pkg.dependencies);

// An app folder whose node_modules holds the package (a link to this repository).
const app = mkdtempSync(join(tmpdir(), 'cc-treeshake-'));
mkdirSync(join(app, 'node_modules'));
symlinkSync(ROOT, join(app, 'node_modules', pkg.name), 'dir');
after(() => rmSync(app, { recursive: true, force: true }));

/**
 * What belongs to each element: its module folder, its spec, its own functions, and the call
 * that defines it. (Its tag name alone is not its code: the chart registry, src/options/charts.ts,
 * names every tag, and the options table says which attributes each has.)
 */
const OWN = {
  'attack-timeline': [
    /components\/attack-timeline\//,
    /(specs\/attack-timeline-spec|charts\/attack-timeline)/,
    'attackTimelineSpec',
    // aggregateTimeline is not the timeline's alone: every chart counts its events by period for
    // the change since the last period (src/data/change-since-last.ts).
    'timelineSummary',
    'attackTimelineDefinition',
    /defineElement\(\s*['"]attack-timeline['"]/,
  ],
  'country-comparison': [
    /components\/country-comparison\//,
    /(specs\/country-comparison-spec|charts\/country-comparison)/,
    'countryComparisonSpec',
    // aggregateCountries is shared too: a map of countries counts with it.
    'comparisonSummary',
    'countryComparisonDefinition',
    /defineElement\(\s*['"]country-comparison['"]/,
  ],
  'actor-breakdown': [
    /components\/actor-breakdown\//,
    /(specs\/actor-breakdown-spec|charts\/actor-breakdown)/,
    'actorBreakdownSpec',
    'aggregateActors',
    'breakdownSummary',
    'actorBreakdownDefinition',
    /defineElement\(\s*['"]actor-breakdown['"]/,
  ],
  'conflict-map': [
    /components\/conflict-map\//,
    /(specs\/conflict-map-spec|charts\/conflict-map)/,
    'conflictMapSpec',
    'aggregateLocations',
    'mapSummary',
    'conflictMapDefinition',
    /defineElement\(\s*['"]conflict-map['"]/,
  ],
};

const isDependency = (id) => dependencies.some((dep) => id === dep || id.startsWith(`${dep}/`));

function entryFor(specifier) {
  const entry = join(app, `entry-${specifier.replace(/\W+/g, '-')}.js`);
  writeFileSync(entry, `import '${specifier}';\n`);
  return entry;
}

/** Rollup (what Vite uses for production builds): the code and the modules that rendered any. */
async function withRollup(specifier) {
  const build = await rollup({
    input: entryFor(specifier),
    external: isDependency,
    plugins: [nodeResolve({ exportConditions: ['browser', 'import', 'default'] })],
    onwarn: () => {},
  });
  const { output } = await build.generate({ format: 'es' });
  await build.close();
  // The elements load their counting and drawing code with import(): an app gets it as chunks.
  const chunks = output.filter((file) => file.type === 'chunk');
  const rendered = chunks.flatMap((chunk) =>
    Object.entries(chunk.modules)
      .filter(([, m]) => m.renderedLength > 0)
      .map(([id]) => id.replace(ROOT, '')),
  );
  const code = chunks.map((chunk) => chunk.code).join('\n');
  return { code, rendered, graph: build.watchFiles.map((id) => id.replace(ROOT, '')) };
}

/** esbuild (Vite's dependency pre-bundling, tsup, Bun…): the code and the modules it kept. */
async function withEsbuild(specifier) {
  const result = await esbuild({
    entryPoints: [entryFor(specifier)],
    absWorkingDir: app,
    bundle: true,
    write: false,
    metafile: true,
    format: 'esm',
    external: dependencies.flatMap((dep) => [dep, `${dep}/*`]),
    logLevel: 'silent',
  });
  const [output] = Object.values(result.metafile.outputs);
  const rendered = Object.entries(output.inputs)
    .filter(([, i]) => i.bytesInOutput > 0)
    .map(([id]) => resolve(app, id).replace(ROOT, ''));
  return {
    code: result.outputFiles[0].text,
    rendered,
    graph: Object.keys(result.metafile.inputs).map((id) => resolve(app, id).replace(ROOT, '')),
  };
}

const has = (code, name) => (typeof name === 'string' ? code.includes(name) : name.test(code));

/** Code of the other elements found in a bundle of `element`. */
function leaks(element, { code, rendered }) {
  const found = [];
  for (const [other, [folder, spec, ...names]] of Object.entries(OWN)) {
    if (other === element) continue;
    found.push(...rendered.filter((id) => folder.test(id) || spec.test(id)));
    found.push(...names.filter((name) => has(code, name)).map(String));
  }
  return found;
}

function assertOwnCode(element, { code, rendered }) {
  const [folder, spec, ...names] = OWN[element];
  assert.ok(
    rendered.some((id) => folder.test(id)) && rendered.some((id) => spec.test(id)),
    `its own modules are missing: ${rendered.join(', ')}`,
  );
  for (const name of names) assert.ok(has(code, name), `its own ${name} is missing`);
}

for (const element of Object.keys(OWN)) {
  test(`Rollup: importing ${pkg.name}/${element} bundles no code of the other elements`, async () => {
    const bundle = await withRollup(`${pkg.name}/${element}`);
    assert.ok(bundle.graph.includes(`dist/${element}.js`), `not resolved through exports to dist/${element}.js`);
    assert.ok(!bundle.graph.includes('dist/index.js'), 'the entry pulled in dist/index.js');
    assertOwnCode(element, bundle);
    assert.deepEqual(leaks(element, bundle), [], 'code of another element is in the bundle');
  });
}

// esbuild drops unused modules and functions but keeps every property of an object literal that
// is used at all: each element imports only its own definition module (src/charts/<tag>.ts),
// never the record of all three, so an app bundling one element gets none of the others.
for (const element of Object.keys(OWN)) {
  test(`esbuild: importing ${pkg.name}/${element} bundles no code of the other elements`, async () => {
    const bundle = await withEsbuild(`${pkg.name}/${element}`);
    assertOwnCode(element, bundle);
    assert.deepEqual(leaks(element, bundle), [], 'code of another element is in the bundle');
  });
}
