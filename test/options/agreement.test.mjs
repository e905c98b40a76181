// Everything that lists the attributes or the charts agrees with the options table
// (src/options/attributes.ts) and the chart registry (src/options/charts.ts): the element
// classes as custom-elements.json describes them, the generated files, the embed page, the CLI
// and its help, Storybook's controls, the package's entry points and the README.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { importTs } from '../../build-support/import-ts.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(`${ROOT}${path}`, 'utf8');

let options;
let embed;
let flags;
let help;
let stories;
let manifest;
before(async () => {
  [options, embed, flags, help, stories] = await Promise.all([
    importTs(`${ROOT}src/options/index.ts`),
    importTs(`${ROOT}src/embed/params.ts`),
    importTs(`${ROOT}src/cli/flags.ts`),
    importTs(`${ROOT}src/cli/help.ts`),
    importTs(`${ROOT}stories/support/manifest.ts`),
  ]);
  manifest = JSON.parse(read('custom-elements.json'));
});

/** The manifest's declaration of an element. */
function declarationOf(tag) {
  for (const mod of manifest.modules) {
    const found = mod.declarations?.find((declaration) => declaration.tagName === tag);
    if (found) return found;
  }
  throw new Error(`<${tag}> is not in custom-elements.json: run npm run build`);
}

/** A table default as the class's initializer writes it. */
function initializer(value) {
  if (typeof value === 'string') return `'${value}'`;
  if (typeof value === 'number')
    return Number.isInteger(value) && value >= 10_000 ? value.toLocaleString('en').replaceAll(',', '_') : String(value);
  return String(value);
}

test('every element declares exactly its attributes of the table, with their property, type and default', () => {
  for (const { tag } of options.CHARTS) {
    const declared = declarationOf(tag).attributes.filter((a) => a.name !== 'status');
    const table = options.attributesOf(tag);
    assert.deepEqual(declared.map((a) => a.name).sort(), table.map((s) => s.attribute).sort(), `<${tag}>'s attributes`);
    for (const spec of table) {
      const attribute = declared.find((a) => a.name === spec.attribute);
      assert.equal(attribute.fieldName, spec.property, `${tag} ${spec.attribute}: property`);
      const docs = options.ATTRIBUTE_DOCS[spec.attribute];
      if (!spec.handWritten) assert.equal(attribute.type?.text, docs.type, `${tag} ${spec.attribute}: type`);
      if (spec.default !== undefined && !spec.handWritten)
        assert.equal(attribute.default, initializer(spec.default), `${tag} ${spec.attribute}: default`);
      assert.ok(attribute.description, `${tag} ${spec.attribute} has no JSDoc`);
    }
  }
});

test('every attribute has its prose, and the prose names no attribute the table lacks', () => {
  assert.deepEqual(Object.keys(options.ATTRIBUTE_DOCS).sort(), options.ATTRIBUTES.map((s) => s.attribute).sort());
  for (const spec of options.ATTRIBUTES) {
    if (spec.kind === 'choice') assert.ok(spec.values, `${spec.attribute} is a choice without values`);
    else assert.ok(options.ATTRIBUTE_DOCS[spec.attribute].values, `${spec.attribute} has no README values text`);
  }
});

test('the generated declarations, typings and README tables are up to date with the table', () => {
  execFileSync(process.execPath, [`${ROOT}scripts/generate-options.mjs`, '--check'], { stdio: 'pipe' });
});

test('the embed page takes exactly the embeddable attributes of each chart, and knows every chart', () => {
  assert.deepEqual(
    [...embed.CHARTS],
    options.CHARTS.map((chart) => chart.tag),
  );
  for (const { tag } of options.CHARTS) {
    const expected = options
      .attributesOf(tag)
      .filter((s) => s.embed !== false)
      .map((s) => s.attribute)
      .sort();
    assert.deepEqual([...embed.allowedAttributes(tag)].sort(), expected, `<${tag}> from a URL`);
    assert.ok(expected.includes('loading'), 'loading reaches the embed page');
  }
});

test('the CLI takes a flag for each attribute the table gives it, typed by kind, and its help lists each', () => {
  const text = help.cliHelp();
  for (const command of ['render', 'aggregate']) {
    const parsed = flags.parseArgsOptions(command);
    const own = new Set(['help', ...flags.COMMAND_FLAGS[command].map((f) => f.flag)]);
    const fromTable = options.ATTRIBUTES.filter((s) => s.cli?.commands.includes(command));
    assert.deepEqual(
      Object.keys(parsed)
        .filter((flag) => !own.has(flag))
        .sort(),
      fromTable.map((s) => options.cliFlagOf(s)).sort(),
      `${command}'s attribute flags`,
    );
    for (const spec of fromTable) {
      assert.equal(parsed[options.cliFlagOf(spec)].type, spec.kind === 'boolean' ? 'boolean' : 'string', spec.attribute);
      assert.match(text, new RegExp(`--${options.cliFlagOf(spec)}\\b`), `help lists --${options.cliFlagOf(spec)}`);
    }
  }
  assert.match(text, new RegExp(`Charts: ${options.CHART_TAGS.join(', ')}\\.`));
});

test("Storybook's controls offer each choice attribute's words, and no control for results", () => {
  for (const { tag } of options.CHARTS) {
    const argTypes = stories.chartArgTypes(tag);
    for (const spec of options.attributesOf(tag)) {
      const control = argTypes[spec.attribute];
      assert.ok(control, `${tag}: no control for ${spec.attribute}`);
      if (spec.kind === 'choice')
        assert.deepEqual(control.options, [...options.choicesOf(spec, tag)], `${tag} ${spec.attribute}`);
      if (spec.kind === 'boolean') assert.equal(control.control, 'boolean', `${tag} ${spec.attribute}`);
    }
    for (const result of options.RESULT_PROPERTIES) {
      if (argTypes[result]) assert.equal(argTypes[result].control, false, `${tag}: ${result} is a result`);
    }
  }
});

test('each chart of the registry is a package entry, a source entry, a story folder and a typed tag', () => {
  const pkg = JSON.parse(read('package.json'));
  const typings = read('types/attributes.d.ts');
  for (const chart of options.CHARTS) {
    assert.deepEqual(
      pkg.exports[`./${chart.entry}`],
      { types: `./dist/${chart.entry}.d.ts`, default: `./dist/${chart.entry}.js` },
      chart.tag,
    );
    assert.ok(pkg.sideEffects.includes(`./dist/${chart.entry}.js`), `${chart.entry} in sideEffects`);
    assert.ok(existsSync(`${ROOT}src/${chart.entry}.ts`), `src/${chart.entry}.ts`);
    assert.ok(existsSync(`${ROOT}src/${chart.element}.ts`), `src/${chart.element}.ts`);
    assert.ok(existsSync(`${ROOT}src/${chart.definition}.ts`), `src/${chart.definition}.ts`);
    assert.ok(existsSync(`${ROOT}stories/${chart.tag}`), `stories/${chart.tag}/`);
    assert.match(
      typings,
      new RegExp(`'${chart.tag}': \\{ element: ${chart.className};`),
      `types/attributes.d.ts maps <${chart.tag}>`,
    );
    assert.equal(declarationOf(chart.tag).name, chart.className, `<${chart.tag}>'s class`);
  }
});

test("the README's attribute tables name every attribute of each chart once", () => {
  const readme = read('README.md');
  for (const [i, chart] of [null, ...options.CHARTS].entries()) {
    const block = readme.slice(
      readme.indexOf(`<!-- generated:attributes-${i} -->`),
      readme.indexOf(`<!-- /generated:attributes-${i} -->`),
    );
    const names = [...block.matchAll(/^\| `([a-z-]+)` \|/gm)].map((m) => m[1]);
    const expected = chart
      ? options.attributesOf(chart.tag).filter((s) => !options.sharedAttributes().includes(s) || s.attribute === 'group-by')
      : options.sharedAttributes().filter((s) => s.attribute !== 'group-by');
    assert.deepEqual(
      names,
      expected.map((s) => s.attribute),
      chart ? chart.tag : 'shared',
    );
  }
});
