// Every Vega spec the builders write validates against Vega's own JSON schema (the one the
// installed vega ships), over the same 200 seeded cases the scenegraph test draws, and over
// charts of the shared data drawn by the CLI.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import Ajv from 'ajv';
import { importTs } from '../../../build-support/import-ts.mjs';
import { renderChart } from '../../../dist/cli/index.js';

const schema = JSON.parse(readFileSync(new URL('../../../node_modules/vega/build/vega-schema.json', import.meta.url), 'utf8'));
const validate = new Ajv({ allErrors: false, strict: false, validateFormats: false }).compile(schema);
const problems = (spec) => (validate(spec) ? [] : validate.errors.slice(0, 3).map((e) => `${e.instancePath} ${e.message}`));

test('the 200 seeded Vega specs validate against Vega’s schema', async () => {
  const { seededPairs } = await importTs(new URL('./seeded-cases.ts', import.meta.url).pathname);
  const pairs = seededPairs(200);
  assert.equal(pairs.length, 200);
  const invalid = pairs.map((pair) => [pair.name, problems(pair.vega)]).filter(([, found]) => found.length);
  assert.deepEqual(invalid, []);
});

test('the schema check refuses specs Vega would refuse', () => {
  for (const spec of [
    { autosize: 'shrink' },
    { axes: [{ scale: 'x', orient: 'middle' }] },
    { legends: [{ fill: 'color', columns: 'two' }] },
  ]) {
    assert.notDeepEqual(problems(spec), [], JSON.stringify(spec));
  }
});

test('the CLI draws the Vega spec it returns, and it validates', async () => {
  const src = new URL('../../../data/ucdp_ged231_sample_westafrica_2017-2022.csv', import.meta.url).pathname;
  for (const [kind, options] of [
    ['attack-timeline', { groupBy: 'country', interval: 'quarter', mark: 'area' }],
    ['country-comparison', { groupBy: 'event-type', highlight: 'Mali' }],
    ['actor-breakdown', {}],
  ]) {
    const result = await renderChart(kind, { src, ...options });
    assert.equal(result.vegaSpec.$schema, 'https://vega.github.io/schema/vega/v6.json', kind);
    assert.deepEqual(problems(result.vegaSpec), [], kind);
  }
});
