// The built plugin zip against the library it carries: its PHP table of attributes is the
// options table's (so the kses allow-list, the block and the shortcode drift with it), it
// holds the library's files under their current names, and every word of its UI has a French
// translation. Needs `npm run build` and php-cli; no WordPress.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { unzipSync } from 'fflate';
import { importTs } from '../../build-support/import-ts.mjs';
import { stringsInSource } from '../../build-support/wordpress/translations.mjs';
import { requirePackages } from './site.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const PLUGIN = `${ROOT}wordpress/conflict-charts`;
let files;
let options;
let work;

before(async () => {
  requirePackages();
  files = unzipSync(readFileSync(`${ROOT}dist/conflict-charts-wordpress.zip`));
  work = mkdtempSync(join(tmpdir(), 'cc-plugin-'));
  const php = join(work, 'generated-options.php');
  writeFileSync(php, files['conflict-charts/includes/generated-options.php']);
  const json = execFileSync('php', ['-r', `define('ABSPATH', '/'); echo json_encode(require '${php}');`], { encoding: 'utf8' });
  options = JSON.parse(json);
});

after(() => rmSync(work, { recursive: true, force: true }));

test('the plugin knows each chart of the registry and exactly its documented attributes', async () => {
  const { ATTRIBUTES, CHARTS, attributesOf } = await importTs(`${ROOT}src/options/index.ts`);
  assert.deepEqual(
    Object.keys(options.charts),
    CHARTS.map((chart) => chart.tag),
  );
  for (const chart of CHARTS) {
    // `data` (JSON rows in an attribute) is the one attribute left out: kses reads an attribute
    // named `data` as a URL and would cut its JSON at the first colon.
    const documented = attributesOf(chart.tag).filter((spec) => spec.attribute !== 'data');
    const known = Object.entries(options.attributes).filter(([, spec]) => spec.charts.includes(chart.tag));
    assert.deepEqual(
      known.map(([name, spec]) => [name, spec.kind]),
      documented.map((spec) => [spec.attribute, spec.kind]),
      `<${chart.tag}>`,
    );
  }
  assert.equal(
    ATTRIBUTES.filter((spec) => spec.kind === 'data').length,
    1,
    'a new JSON-data attribute needs a decision for kses',
  );
});

test('the block editor is told each chart’s own default: a map draws points, a timeline bars', () => {
  assert.deepEqual(options.attributes.mark.defaults, { 'attack-timeline': 'bar', 'conflict-map': 'points' });
  assert.equal(options.attributes.theme.defaults, undefined);
  assert.equal(options.attributes.theme.default, 'light');
});

test('<cc-annotation> is allowed with the attributes custom-elements.json documents', () => {
  const manifest = JSON.parse(readFileSync(`${ROOT}custom-elements.json`, 'utf8'));
  const declaration = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'cc-annotation');
  assert.deepEqual(options.annotation, ['date', 'from', 'to']);
  assert.deepEqual(
    options.annotation,
    declaration.attributes.map((a) => a.name),
  );
});

test('the zip carries conflict-charts.js, every chunk it imports, its stylesheet, and the embed page', () => {
  const carried = Object.keys(files).filter((name) => name.startsWith('conflict-charts/dist/'));
  const built = readdirSync(`${ROOT}dist`).filter((name) => /^conflict-charts(-[\w-]+)?\.js$/.test(name));
  for (const name of built) assert.ok(carried.includes(`conflict-charts/dist/${name}`), `dist/${name} is not in the zip`);
  for (const name of ['conflict-charts.css', 'embed.html', 'embed.js', 'embed.css'])
    assert.ok(carried.includes(`conflict-charts/dist/${name}`), name);
  const main = Buffer.from(files['conflict-charts/dist/conflict-charts.js']).toString('utf8');
  for (const [, chunk] of main.matchAll(/["']\.\/(conflict-charts-[\w-]+\.js)["']/g)) {
    assert.ok(carried.includes(`conflict-charts/dist/${chunk}`), `conflict-charts.js imports ${chunk}, which the zip lacks`);
  }
});

test('every word of the plugin’s UI has a French translation, in PHP and in the editor scripts', () => {
  const sources = [
    ...['includes/shortcode.php', 'includes/embeds.php', 'includes/markup.php', 'blocks/chart/render.php'].map(
      (f) => `${PLUGIN}/${f}`,
    ),
    ...readdirSync(`${PLUGIN}/blocks/chart`)
      .filter((f) => f.endsWith('.js'))
      .map((f) => `${PLUGIN}/blocks/chart/${f}`),
  ];
  const strings = sources.flatMap((file) => stringsInSource(readFileSync(file, 'utf8'), 'conflict-charts'));
  assert.ok(strings.length >= 15, `only ${strings.length} strings found: is the pattern still right?`);
  const mo = files['conflict-charts/languages/conflict-charts-fr_FR.mo'];
  const po = readFileSync(`${PLUGIN}/languages/conflict-charts-fr_FR.po`, 'utf8');
  const missing = strings.filter((s) => !po.includes(`msgid ${JSON.stringify(s)}`));
  assert.deepEqual(missing, [], 'untranslated');
  assert.ok(mo && mo.length > 100, 'no compiled .mo in the zip');
  const jsons = Object.keys(files).filter((name) => /languages\/conflict-charts-fr_FR-[0-9a-f]{32}\.json$/.test(name));
  assert.equal(jsons.length, 3, `one JSON translation per editor script: ${jsons}`);
});
