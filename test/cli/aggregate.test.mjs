// `conflict-charts aggregate`: the table the elements read through value-field holds the same
// counts as the raw rows, so a chart drawn from it has identical chartData.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { aggregateFile, renderChart } from '../../dist/cli/index.js';
import { aggregateTimeline } from '../../dist/data/aggregate.js';
import { mergeAliases } from '../../dist/data/aliases.js';
import { normalizeRows } from '../../dist/data/normalize.js';
import { parseTable } from '../../dist/data/parse-table.js';
import { CEP, cli, NIGERIA } from './helpers.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cc-aggregate-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** chartData of the same chart from the raw file and from an aggregated table. */
async function both(kind, aggregated, valueField, options, reading = {}) {
  const raw = await renderChart(kind, { src: NIGERIA, ...options });
  const counted = await renderChart(kind, { text: aggregated, dateField: 'month', valueField, ...reading, ...options });
  assert.deepEqual(counted.skipped, [], 'no row of the table is skipped');
  return [raw.chartData, counted.chartData];
}

describe('aggregate by month and country', () => {
  let csv;
  before(async () => {
    const run = await cli(['aggregate', NIGERIA, '--by', 'month,country', '--accessed', '2025-01-31']);
    assert.equal(run.code, 0, run.stderr);
    csv = run.text;
  });

  it('writes month, country and events, with a provenance row the readers skip', () => {
    const lines = csv.split('\r\n');
    assert.equal(lines[0], 'month,country,events');
    assert.match(
      lines[1],
      /^"# Source: Data: UCDP GED \(CC BY 4\.0\) \| Accessed: 2025-01-31 \| Counted: events by month, country \| Filters: none \| From ucdp_ged_nigeria_2017-2019\.csv \(UCDP format\): 1,531 records read, 0 skipped \| Made by conflict-charts [\d.]+; read with date-field=""month"" value-field=""events""",,$/,
    );
    assert.match(lines[2], /^2017-01,Nigeria,\d+$/);
    const parsed = parseTable(csv, 'csv');
    const read = normalizeRows(parsed.rows, parsed.columns, { fields: { date: 'month', value: 'events' } });
    assert.equal(read.recordsRead, 36, 'the provenance row is not a record');
    assert.deepEqual(read.skipped, []);
    assert.equal(read.preAggregated, true);
  });

  it('gives the library identical timeline counts (normalizeRows + aggregateTimeline from dist)', () => {
    const options = {
      measure: 'events',
      filters: {},
      aliases: mergeAliases(),
      actorRole: 'any',
      includeCivilians: false,
      top: 8,
      otherLabel: 'Other',
      interval: 'month',
      groupBy: 'none',
    };
    const rawTable = parseTable(readFileSync(NIGERIA, 'utf8'), 'csv');
    const raw = aggregateTimeline(normalizeRows(rawTable.rows, rawTable.columns).table, options);
    const table = parseTable(csv, 'csv');
    const counted = aggregateTimeline(
      normalizeRows(table.rows, table.columns, { fields: { date: 'month', value: 'events' } }).table,
      options,
    );
    assert.equal(raw.length, 36);
    assert.deepEqual(counted, raw);
  });

  for (const [kind, options] of [
    ['attack-timeline', { interval: 'year' }],
    ['attack-timeline', { interval: 'month' }],
    ['attack-timeline', { interval: 'quarter', groupBy: 'country' }],
    ['attack-timeline', { interval: 'month', from: '2018-03', to: '2019-02' }],
    ['country-comparison', {}],
  ]) {
    it(`draws identical chartData: ${kind} ${JSON.stringify(options)}`, async () => {
      const [raw, counted] = await both(kind, csv, 'events', options);
      assert.ok(raw.length > 0);
      assert.deepEqual(counted, raw);
    });
  }

  it('counts fatalities into a fatalities column with --measure fatalities', async () => {
    const { csv: deaths, columns } = await aggregateFile({ src: NIGERIA, measure: 'fatalities' });
    assert.deepEqual(columns, ['month', 'country', 'fatalities']);
    const [raw, counted] = await both('attack-timeline', deaths, 'fatalities', { interval: 'year', measure: 'fatalities' });
    assert.deepEqual(counted, raw);
    assert.deepEqual(
      counted.map((row) => row.value),
      [3565, 3202, 2437],
    );
  });

  it('counts a pre-aggregated table again through its value-field', async () => {
    const { csv: claims } = await aggregateFile({ src: CEP, dateField: 'month', valueField: 'claimed_attacks' });
    const { chartData } = await renderChart('country-comparison', {
      text: claims,
      dateField: 'month',
      valueField: 'events',
      from: '2025-07',
      to: '2025-07',
    });
    assert.deepEqual(
      chartData.map((row) => row.value),
      [54, 36, 7, 1],
    );
  });
});

describe('aggregate by month, country and actor or event type', () => {
  let byActor;
  const ACTORS = { actorField: 'actor1,actor2' };
  before(async () => {
    const out = join(dir, 'by-actor.csv');
    const run = await cli(['aggregate', NIGERIA, '--by', 'month,country,actor', '-o', out]);
    assert.equal(run.code, 0, run.stderr);
    byActor = readFileSync(out, 'utf8');
  });

  it('writes one row per month, country and pair of actors, with aliases applied', () => {
    assert.equal(byActor.split('\r\n')[0], 'month,country,actor1,actor2,events');
    assert.match(byActor, /\r\n2017-01,Nigeria,Government of Nigeria,Boko Haram \(JAS\),\d+\r\n/);
    assert.ok(!byActor.includes("Jama'atu Ahlis Sunna"), 'raw names are aliased');
    assert.match(byActor, /,Civilians,/, 'civilian sides are kept, for include-civilians to choose');
    assert.match(byActor, /read with date-field=""month"" value-field=""events"" actor-field=""actor1,actor2""/);
  });

  for (const [kind, options] of [
    ['attack-timeline', { interval: 'year', groupBy: 'actor' }],
    ['attack-timeline', { interval: 'month', groupBy: 'actor', top: 3 }],
    ['attack-timeline', { interval: 'year', groupBy: 'actor', actorRole: 'primary', includeCivilians: true }],
    ['attack-timeline', { interval: 'year' }],
    ['country-comparison', { groupBy: 'actor' }],
    ['actor-breakdown', {}],
    ['actor-breakdown', { groupBy: 'country', top: 4 }],
    ['actor-breakdown', { actors: 'IS, Fulani', from: '2018-06', to: '2019' }],
  ]) {
    it(`draws identical chartData: ${kind} ${JSON.stringify(options)}`, async () => {
      const [raw, counted] = await both(kind, byActor, 'events', options, ACTORS);
      assert.ok(raw.length > 0);
      assert.deepEqual(counted, raw);
    });
  }

  it('splits by event type for charts by event type', async () => {
    const { csv } = await aggregateFile({ src: NIGERIA, by: 'month,country,event-type', from: '2018', to: '2019' });
    assert.match(csv, /^month,country,event_type,events\r\n/);
    for (const locale of ['en', 'fr']) {
      const [raw, counted] = await both('attack-timeline', csv, 'events', {
        interval: 'quarter',
        groupBy: 'event-type',
        from: '2018',
        to: '2019',
        locale,
      });
      assert.deepEqual(counted, raw);
    }
  });
});

describe('aggregate cells are safe to open in a spreadsheet', () => {
  it('neutralises formula cells and quotes delimiters', async () => {
    const rows = [
      { date: '2024-05-02', country: '=HYPERLINK("http://evil.example","click")', actor: '@SUM(A1:A9)' },
      { date: '2024-05-03', country: '+Mali', actor: '-2+3' },
      { date: '2024-05-04', country: 'Niger', actor: 'Group, "with" quotes\nand a line break' },
      { date: '2024-05-05', country: '\tTab', actor: 'JNIM' },
    ];
    const { csv } = await aggregateFile({ rows, by: 'month,country,actor', source: '=cmd|"/c calc"!A1' });
    const table = parseTable(csv, 'csv');
    const cells = table.rows.flatMap((row) => Object.values(row).map(String));
    for (const cell of cells) assert.doesNotMatch(cell, /^[=+\-@\t\r]/, `cell ${JSON.stringify(cell)} would run as a formula`);
    assert.ok(cells.includes(`'=HYPERLINK("http://evil.example","click")`));
    assert.ok(cells.includes("'@SUM(A1:A9)"));
    assert.ok(cells.includes("'+Mali"));
    assert.ok(cells.includes("'-2+3"));
    assert.ok(cells.includes('Group, "with" quotes\nand a line break'), 'delimiters quoted, not lost');
    // The provenance row starts with "#", whatever the source text says.
    assert.match(csv.split('\r\n')[1], /^"# Source: =cmd\|""\/c calc""!A1 \|/);
  });

  it('neutralises hostile cells through the command as well', async () => {
    const file = join(dir, 'hostile.csv');
    writeFileSync(file, 'date,country,actor\n2024-05-02,"=1+2",@x\n');
    const run = await cli(['aggregate', file, '--by', 'month,country,actor']);
    assert.equal(run.code, 0, run.stderr);
    assert.match(run.text, /\r\n2024-05,'=1\+2,'@x,,1\r\n$/);
  });
});

describe('aggregate by day, ISO week, quarter or year', () => {
  const tables = {};
  before(async () => {
    for (const interval of ['day', 'week', 'quarter', 'year']) {
      const run = await cli(['aggregate', NIGERIA, '--by', `${interval},country,actor`, '--accessed', '2025-01-31']);
      assert.equal(run.code, 0, run.stderr);
      tables[interval] = run.text;
    }
  });

  it('names the first column after the interval and writes each period as the readers read it', () => {
    const firstRow = (csv) => csv.split('\r\n')[2].split(',')[0];
    assert.equal(tables.day.split('\r\n')[0], 'day,country,actor1,actor2,events');
    assert.match(firstRow(tables.day), /^2017-01-\d\d$/);
    assert.equal(firstRow(tables.week), '2017-01-01', 'the Sunday ending the week that holds 1 January 2017');
    assert.equal(firstRow(tables.quarter), '2017-03', 'the last month of the first quarter');
    assert.equal(firstRow(tables.year), '2017');
    assert.match(
      tables.week,
      /read with date-field=""week"" value-field=""events"" actor-field=""actor1,actor2"" interval=""week""/,
    );
  });

  it('gives the published events per year in a table by year', async () => {
    const { rows } = await aggregateFile({ src: NIGERIA, interval: 'year' });
    assert.deepEqual(rows, [
      { year: '2017', country: 'Nigeria', events: 497 },
      { year: '2018', country: 'Nigeria', events: 525 },
      { year: '2019', country: 'Nigeria', events: 509 },
    ]);
  });

  for (const [interval, options] of [
    ['day', { groupBy: 'actor', from: '2018-02-10', to: '2018-05-31' }],
    ['week', { groupBy: 'actor', top: 4 }],
    ['week', { from: '2018-01-01', to: '2018-12-30' }],
    ['quarter', { groupBy: 'actor', actorRole: 'primary', includeCivilians: true }],
    ['year', { groupBy: 'actor' }],
  ]) {
    it(`draws identical chartData by ${interval} ${JSON.stringify(options)}`, async () => {
      const raw = await renderChart('attack-timeline', { src: NIGERIA, interval, ...options });
      const counted = await renderChart('attack-timeline', {
        text: tables[interval],
        dateField: interval,
        valueField: 'events',
        actorField: 'actor1,actor2',
        interval,
        ...options,
      });
      assert.deepEqual(counted.skipped, []);
      assert.ok(raw.chartData.length > 0);
      // A row of the table covers its whole period (a week is written by its Sunday), so a
      // chart drawn from it never marks its last period "to date" as the raw rows may.
      assert.ok(counted.chartData.every((row) => !row.partial));
      assert.deepEqual(
        counted.chartData,
        raw.chartData.map(({ partial: _partial, ...row }) => row),
      );
    });
  }

  it('refuses a table by week of dates known only to the month, as the timeline does', async () => {
    await assert.rejects(aggregateFile({ src: CEP, dateField: 'month', valueField: 'claimed_attacks', interval: 'week' }), {
      message: 'The data is counted by month, so it cannot be drawn by week. Use interval="month" or coarser.',
    });
  });
});
