// Adding an attribute is one entry in the options table (with its prose), its @property (written
// by the generator for shared ones) and its use: a fixture boolean attribute added to a copy of
// the table reaches the generated declaration, custom-elements.json, the typings, the CLI's
// flags and help, and the embed page's parameters, without another list to edit.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../build-support/import-ts.mjs';
import { attributeClass, typingsInputs } from '../../build-support/options-codegen.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const FIXTURE = {
  attribute: 'fixture-flag',
  property: 'fixtureFlag',
  kind: 'boolean',
  default: false,
  affects: 'presentation',
  cli: { commands: ['render'] },
};
const FIXTURE_DOCS = { type: 'boolean', doc: 'A fixture attribute that only this test adds.', values: 'boolean' };

let options;
let table;
let docs;
const work = mkdtempSync(join(tmpdir(), 'cc-fixture-attribute-'));
after(() => rmSync(work, { recursive: true, force: true }));

before(async () => {
  options = await importTs(`${ROOT}src/options/index.ts`);
  table = [...options.ATTRIBUTES, { ...FIXTURE, charts: options.CHART_TAGS }];
  docs = { ...options.ATTRIBUTE_DOCS, [FIXTURE.attribute]: FIXTURE_DOCS };
});

test('the generator declares it on the shared base class, as a Boolean property', () => {
  const source = attributeClass(table, docs, options.sharedAttributes);
  assert.match(
    source,
    /\/\*\* A fixture attribute that only this test adds\. \*\/\n {2}@property\(\{ type: Boolean, attribute: 'fixture-flag' \}\) fixtureFlag: boolean = false;/,
  );
  assert.match(source, /fixtureFlag: 'presentation',/);
});

test('custom-elements.json, made from the generated source, lists it on every chart element', () => {
  cpSync(`${ROOT}src`, join(work, 'src'), { recursive: true });
  writeFileSync(join(work, 'src/base/chart-attributes.ts'), attributeClass(table, docs, options.sharedAttributes));
  writeFileSync(join(work, 'custom-elements-manifest.config.mjs'), readFileSync(`${ROOT}custom-elements-manifest.config.mjs`));
  // Without a package.json the analyzer searches the whole disk for one.
  writeFileSync(join(work, 'package.json'), '{"name": "fixture", "type": "module"}\n');
  execFileSync(join(ROOT, 'node_modules/.bin/cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs'], {
    cwd: work,
    stdio: 'pipe',
    timeout: 60_000,
  });
  const manifest = JSON.parse(readFileSync(join(work, 'custom-elements.json'), 'utf8'));
  for (const tag of options.CHART_TAGS) {
    const element = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === tag);
    const attribute = element.attributes.find((a) => a.name === 'fixture-flag');
    assert.ok(attribute, `<${tag}> lacks fixture-flag`);
    assert.equal(attribute.fieldName, 'fixtureFlag');
    assert.equal(attribute.type.text, 'boolean');
    assert.equal(attribute.description, FIXTURE_DOCS.doc);
  }
});

test('the typings take it as a property and as an attribute of every chart', () => {
  const typings = typingsInputs(table, options.CHARTS, options.sharedAttributes);
  assert.match(typings, /export type CommonInputs =[^;]*\| 'fixtureFlag'/s);
});

test("the CLI's render command takes --fixture-flag and its help says what it does", async () => {
  const flags = await importTs(`${ROOT}src/cli/flags.ts`);
  const help = await importTs(`${ROOT}src/cli/help.ts`);
  assert.deepEqual(flags.parseArgsOptions('render', table)['fixture-flag'], { type: 'boolean' });
  assert.equal(flags.parseArgsOptions('aggregate', table)['fixture-flag'], undefined);
  assert.match(help.cliHelp(table, docs), /--fixture-flag {2,}A fixture attribute that only this test adds\./);
});

test('the embed page accepts it from the URL, cleaned as a boolean', async () => {
  const embed = await importTs(`${ROOT}src/embed/params.ts`);
  for (const tag of options.CHART_TAGS) {
    const on = embed.readEmbedParameters(`?chart=${tag}&fixture-flag=true`, 'https://example.org/embed.html', table);
    assert.equal(on.attributes.get('fixture-flag'), '', `${tag}: fixture-flag=true`);
    const refused = embed.readEmbedParameters(`?chart=${tag}&fixture-flag=maybe`, 'https://example.org/embed.html', table);
    assert.ok(!refused.attributes.has('fixture-flag') && refused.ignored.some((why) => why.startsWith('fixture-flag')));
  }
  const without = embed.readEmbedParameters('?chart=attack-timeline&fixture-flag=true', 'https://example.org/embed.html');
  assert.ok(!without.attributes.has('fixture-flag'), 'the real table has no fixture-flag');
});
