// The CLI counts what the elements count: the published figures that test/components/*.test.ts
// pins on the elements' chartData, exactly, from the built API and from the command.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { renderChart } from '../../dist/cli/index.js';
import { CEP, cli, NIGERIA, SAMPLE } from './helpers.mjs';

// Published in shared/data/README.md for the Nigeria file (and pinned in attack-timeline.test.ts).
const EVENTS_BY_YEAR = [497, 525, 509];
const DEATHS_BY_YEAR = [3565, 3202, 2437];
const BY_TYPE = { 'State-based conflict': 708, 'Non-state conflict': 530, 'One-sided violence': 293 };
const YEARS = ['2017-01-01', '2018-01-01', '2019-01-01'];

const totalsBy = (rows, key) => {
  const totals = {};
  for (const row of rows) totals[row[key]] = (totals[row[key]] ?? 0) + row.value;
  return totals;
};

describe('chartData from the Node API', () => {
  it('counts the published events per year of the Nigeria UCDP file', async () => {
    const { chartData, skipped, format } = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year' });
    assert.deepEqual(
      chartData,
      YEARS.map((period, i) => ({ period, value: EVENTS_BY_YEAR[i] })),
    );
    assert.deepEqual(skipped, []);
    assert.equal(format, 'ucdp');
  });

  it('sums the published best-estimate deaths per year with measure fatalities', async () => {
    const { chartData } = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year', measure: 'fatalities' });
    assert.deepEqual(
      chartData.map((row) => row.value),
      DEATHS_BY_YEAR,
    );
  });

  it('splits by UCDP type of violence, in the locale of the chart', async () => {
    const en = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year', groupBy: 'event-type' });
    assert.deepEqual(totalsBy(en.chartData, 'group'), BY_TYPE);
    const fr = await renderChart('attack-timeline', { src: NIGERIA, interval: 'year', groupBy: 'event-type', locale: 'fr' });
    assert.deepEqual(Object.values(totalsBy(fr.chartData, 'group')), Object.values(BY_TYPE));
    assert.ok(!Object.keys(totalsBy(fr.chartData, 'group')).includes('One-sided violence'));
  });

  it('draws the published July 2025 claims: Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
    const { chartData, spec } = await renderChart('country-comparison', {
      src: CEP,
      dateField: 'month',
      valueField: 'claimed_attacks',
      from: '2025-07',
      to: '2025-07',
    });
    assert.deepEqual(chartData, [
      { country: 'Burkina Faso', value: 54 },
      { country: 'Mali', value: 36 },
      { country: 'Niger', value: 7 },
      { country: 'Togo', value: 1 },
    ]);
    assert.equal(spec.layer[0].encoding.x.title, 'Claimed attacks');
  });

  it('counts the West African sample per country as published (Mali 5, Burkina Faso 4, Niger 1, Nigeria 9)', async () => {
    const { chartData } = await renderChart('country-comparison', { src: SAMPLE, groupBy: 'event-type' });
    const totals = totalsBy(chartData, 'country');
    assert.deepEqual(
      { Mali: totals.Mali, 'Burkina Faso': totals['Burkina Faso'], Niger: totals.Niger, Nigeria: totals.Nigeria },
      { Mali: 5, 'Burkina Faso': 4, Niger: 1, Nigeria: 9 },
    );
  });

  it('ranks actors with shares of the distinct events, as actor-breakdown does', async () => {
    const { chartData } = await renderChart('actor-breakdown', { src: NIGERIA, top: 3 });
    assert.equal(chartData.length, 4);
    assert.equal(chartData.at(-1).actor, 'Other');
    for (const row of chartData) assert.equal(row.share, row.value / 1531);
    assert.ok(chartData[0].value >= chartData[1].value && chartData[1].value >= chartData[2].value);
  });

  it('reads rows and text as the element reads .data and inline tables', async () => {
    const rows = [
      { date: '2025-01-15', country: 'Mali' },
      { date: '2025-04-02', country: 'Mali' },
      { date: 'not a date', country: 'Mali' },
    ];
    const fromRows = await renderChart('attack-timeline', { rows });
    assert.deepEqual(
      fromRows.chartData.map((row) => row.value),
      [1, 0, 0, 1],
    );
    assert.deepEqual(fromRows.skipped, [{ record: 3, reason: 'date not recognised' }]);
    const fromText = await renderChart('attack-timeline', { text: 'date,country\n2025-01-15,Mali\n2025-04-02,Mali\n' });
    assert.deepEqual(fromText.chartData, fromRows.chartData);
  });
});

describe('chartData from the command', () => {
  it('prints chartData, skipped rows and the spec with --format json', async () => {
    const run = await cli(['render', 'attack-timeline', '--src', NIGERIA, '--interval', 'year', '--format', 'json']);
    assert.equal(run.code, 0, run.stderr);
    const out = JSON.parse(run.text);
    assert.deepEqual(
      out.chartData.map((row) => row.value),
      EVENTS_BY_YEAR,
    );
    assert.deepEqual(out.skipped, []);
    assert.equal(out.spec.$schema, 'https://vega.github.io/schema/vega-lite/v6.json');
    assert.match(out.summary, /2017 to 2019/);
    // Yearly data: the last full year against the one before, as the element's `change` holds it.
    assert.deepEqual(out.change, {
      interval: 'year',
      last: { period: '2019-01-01', value: EVENTS_BY_YEAR[2] },
      previous: { period: '2018-01-01', value: EVENTS_BY_YEAR[1] },
      firstInRange: [],
    });
  });

  it('applies --measure, --from and --to like the attributes', async () => {
    const run = await cli([
      'render',
      'attack-timeline',
      NIGERIA,
      '--interval',
      'year',
      '--measure',
      'fatalities',
      '--from',
      '2018',
      '--to',
      '2019',
      '--format',
      'json',
    ]);
    assert.equal(run.code, 0, run.stderr);
    assert.deepEqual(JSON.parse(run.text).chartData, [
      { period: '2018-01-01', value: DEATHS_BY_YEAR[1] },
      { period: '2019-01-01', value: DEATHS_BY_YEAR[2] },
    ]);
  });
});
