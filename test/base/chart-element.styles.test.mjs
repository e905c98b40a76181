// The `--cc-*` custom properties are documented exactly: every one the styles or the theme
// tokens read is in custom-elements.json (from the @cssprop JSDoc), and every documented one is
// read somewhere. (test/themes/theming.test.ts checks in a browser that each one changes what
// a reader sees.)
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const read = (path) => readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8');

test('every --cc-* property used is documented, and every documented one is used', () => {
  const used = new Set();
  for (const file of ['src/base/chart-element.styles.ts', 'src/themes/tokens.ts']) {
    for (const [name] of read(file).matchAll(/--cc-[a-z-]+[a-z]/g)) used.add(name);
  }
  const manifest = JSON.parse(read('custom-elements.json'));
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  const charts = declarations.filter((d) => d.cssProperties?.length);
  assert.ok(charts.length >= 3, 'the chart elements document their custom properties');
  for (const chart of charts) {
    const documented = new Set(chart.cssProperties.map((p) => p.name));
    assert.deepEqual([...used].filter((name) => !documented.has(name)).sort(), [], `<${chart.tagName}>: used but not documented`);
    assert.deepEqual([...documented].filter((name) => !used.has(name)).sort(), [], `<${chart.tagName}>: documented but not used`);
  }
});
