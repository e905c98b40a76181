// DuckDB counts what the elements count: the exact text `conflict-charts sql` prints, run by
// embedded DuckDB on the file DuckDB read, gives the rows aggregateFile gives with the library's
// own JavaScript, cell for cell and in the same order. On the shared data, with the published
// figures, and on seeded generated data at least 200 option sets wide (generate-events.mjs).
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateWithDuckDB, loadIntoDuckDB, sqlText, streamWithDuckDB } from '../../dist/cli/index.js';
import { cli, CEP, NIGERIA, SAMPLE } from '../cli/helpers.mjs';
import { assertSameOutcome, cellOf, flags, javascriptRows, yearlyTotals } from './equality.mjs';
import { generateEvents, generateOptions } from './generate-events.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cc-sql-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** A file read into DuckDB the way the engine reads it, and the `--columns` that names its cells. */
async function loaded(path) {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const { allCells } = await loadIntoDuckDB(connection, path);
  return { connection, columns: ['_row', ...allCells].join(',') };
}

/** What DuckDB returns for the printed text, or the error it stops with. */
async function duckdbRows(db, options) {
  const text = sqlText({ ...options, table: 'events', columns: db.columns, dialect: 'duckdb' });
  try {
    const reader = await db.connection.runAndReadAll(text);
    return { rows: reader.getRows().map((row) => row.map(cellOf)) };
  } catch (error) {
    return { error: error.message };
  }
}

async function assertSame(db, path, options) {
  const [js, duck] = await Promise.all([javascriptRows(path, options), duckdbRows(db, options)]);
  return assertSameOutcome(js, duck, 'DuckDB', options);
}

describe('the shared data, in DuckDB', () => {
  const files = { nigeria: NIGERIA, sample: SAMPLE, cep: CEP };
  const dbs = {};
  before(async () => {
    for (const [name, path] of Object.entries(files)) dbs[name] = await loaded(path);
  });

  it('gives the published events and deaths per year of the Nigeria UCDP file', async () => {
    const events = await duckdbRows(dbs.nigeria, {});
    assert.deepEqual(yearlyTotals(events.rows), { 2017: 497, 2018: 525, 2019: 509 });
    assert.deepEqual((await duckdbRows(dbs.nigeria, { by: 'year,country' })).rows, [
      ['2017', 'Nigeria', '497'],
      ['2018', 'Nigeria', '525'],
      ['2019', 'Nigeria', '509'],
    ]);
    const deaths = await duckdbRows(dbs.nigeria, { measure: 'fatalities' });
    assert.deepEqual(yearlyTotals(deaths.rows), { 2017: 3565, 2018: 3202, 2019: 2437 });
    const types = await duckdbRows(dbs.nigeria, { by: 'month,country,event-type' });
    const byType = {};
    for (const [, , type, value] of types.rows) byType[type] = (byType[type] ?? 0) + Number(value);
    assert.deepEqual(byType, { 'State-based conflict': 708, 'Non-state conflict': 530, 'One-sided violence': 293 });
  });

  it('gives the published July 2025 claims: Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
    const july = await duckdbRows(dbs.cep, { dateField: 'month', valueField: 'claimed_attacks', from: '2025-07', to: '2025-07' });
    assert.deepEqual(july.rows, [
      ['2025-07', 'Burkina Faso', '54'],
      ['2025-07', 'Mali', '36'],
      ['2025-07', 'Niger', '7'],
      ['2025-07', 'Togo', '1'],
    ]);
  });

  const shared = [
    {},
    { by: 'month,country,actor' },
    { by: 'month,country,event-type', measure: 'fatalities' },
    { by: 'month,country,actor', actors: 'JNIM, boko haram (jas), ISWAP', from: '2018', to: '2020-06' },
    { countries: 'nigeria, Mali', measure: 'fatalities', eventTypes: 'state-based conflict' },
    { by: 'month,country,actor', aliases: '{"Government of Nigeria":"Nigeria (government)"}' },
    { by: 'week,country,actor' },
    { interval: 'day', measure: 'fatalities', from: '2018-02-10', to: '2018-05-31' },
    { by: 'quarter,country,event-type', from: '2018-04', to: '2019-09' },
    { by: 'year,country,actor', actors: 'JNIM, boko haram (jas), ISWAP' },
  ];
  for (const name of ['nigeria', 'sample']) {
    for (const options of shared) {
      it(`counts ${name} alike with ${JSON.stringify(options)}`, async () => {
        await assertSame(dbs[name], files[name], options);
      });
    }
  }

  it('keeps a filter value with a line break inside its comment line, and as data in the query', async () => {
    const options = { table: 'events', columns: dbs.nigeria.columns, countries: 'Nigeria\nSELECT 42; --' };
    const text = sqlText(options);
    assert.deepEqual(
      text
        .split('\n')
        .slice(0, 3)
        .map((line) => line.startsWith('-- ')),
      [true, true, true],
    );
    assert.match(text.split('\n')[1], /countries Nigeria SELECT 42; --/);
    const { rows } = await duckdbRows(dbs.nigeria, { countries: 'Nigeria\nSELECT 42; --' });
    assert.deepEqual(rows, []);
  });

  it('prints on standard output exactly the text the tests run', async () => {
    const args = [
      'sql',
      '--table',
      'events',
      '--columns',
      dbs.cep.columns,
      '--date-field',
      'month',
      '--value-field',
      'claimed_attacks',
    ];
    const run = await cli(args);
    assert.equal(run.code, 0, run.stderr);
    assert.equal(
      run.text,
      sqlText({ table: 'events', columns: dbs.cep.columns, dateField: 'month', valueField: 'claimed_attacks' }),
    );
  });
});

describe('seeded generated data, in DuckDB', () => {
  const SEEDS = 20;
  const OPTIONS_PER_SEED = 11;
  const tally = { cases: 0, errors: 0, rows: 0 };
  const features = {};
  after(() => {
    const counted = Object.entries(features)
      .map(([feature, n]) => `${feature} ${n}`)
      .join(', ');
    console.log(`# DuckDB equality: ${tally.cases} option sets (${tally.errors} refused alike), ${tally.rows} rows; ${counted}`);
  });

  for (let seed = 1; seed <= SEEDS; seed++) {
    it(`seed ${seed}: ${OPTIONS_PER_SEED} option sets give the same rows`, async () => {
      const path = join(dir, `events-${seed}.csv`);
      // Every date a day on odd seeds, so days and weeks are counted, not only refused.
      writeFileSync(path, generateEvents(seed, { rows: 300, yearOnly: seed % 5 === 0, dayOnly: seed % 2 === 1 }));
      const db = await loaded(path);
      for (let k = 0; k < OPTIONS_PER_SEED; k++) {
        const options = generateOptions(seed * 100 + k);
        const outcome = await assertSame(db, path, options);
        tally.cases++;
        if (outcome === 'error') tally.errors++;
        else tally.rows += outcome;
        for (const key of Object.keys(options)) features[key] = (features[key] ?? 0) + 1;
        const interval = `by ${options.by.split(',')[0]}${outcome === 'error' ? ' (refused)' : ''}`;
        features[interval] = (features[interval] ?? 0) + 1;
      }
    });
  }
});

describe('aggregate --engine duckdb', () => {
  it('writes the file the JavaScript engine writes, provenance row and skipped counts included', async () => {
    let counted = 0;
    for (const seed of [31, 32, 33]) {
      const path = join(dir, `engine-${seed}.csv`);
      writeFileSync(path, generateEvents(seed, { rows: 400 }));
      const options = { ...generateOptions(seed), accessed: '2025-01-31' };
      const js = await cli(['aggregate', path, '--engine', 'js', ...flags(options)]);
      const duck = await cli(['aggregate', path, '--engine', 'duckdb', ...flags(options)]);
      assert.equal(duck.code, js.code, duck.stderr);
      assert.equal(duck.text, js.text, JSON.stringify(options));
      if (js.code === 0) {
        assert.equal(duck.stderr, js.stderr);
        assert.match(js.stderr, /rows skipped: .*date not recognised/, 'the generated data has rows to skip');
        counted++;
      } else {
        // DuckDB's refusal names the file and one date it refused (the SQL's message holds a value).
        const message = js.stderr.replace(/^conflict-charts: /, '').replace(/\.\n$/, '');
        assert.ok(duck.stderr.includes(message), `${duck.stderr} vs ${js.stderr}`);
      }
    }
    assert.ok(counted >= 2, `${counted} of the 3 files counted, not refused`);
  });
});

describe('times with a zone', () => {
  it('counts a TIMESTAMPTZ on its UTC date, whatever the session time zone was', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    await connection.run(`SET TimeZone = 'Asia/Tokyo'`);
    // 23:30 in New York on 31 January is 04:30 UTC on 1 February; 01:00 in Tokyo on 1 February is 16:00 UTC on 31 January.
    await connection.run(
      `CREATE TABLE tz AS SELECT * FROM (VALUES (1, TIMESTAMPTZ '2024-01-31 23:30:00-05', 'Mali'), (2, TIMESTAMPTZ '2024-02-01 01:00:00+09', 'Niger')) AS t(_row, event_date, country)`,
    );
    const text = sqlText({ table: 'tz', columns: '_row,event_date,country', dateField: 'event_date', countryField: 'country' });
    const rows = (await connection.runAndReadAll(text)).getRows().map((row) => row.map(cellOf));
    assert.deepEqual(rows, [
      ['2024-01', 'Niger', '1'],
      ['2024-02', 'Mali', '1'],
    ]);
    connection.closeSync();
  });
});

describe('Parquet', () => {
  it('counts a Parquet copy of the rows as the JavaScript path counts the CSV', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    for (const seed of [34, 35, 36]) {
      const csv = join(dir, `parquet-${seed}.csv`);
      const parquet = join(dir, `parquet-${seed}.parquet`);
      writeFileSync(csv, generateEvents(seed, { rows: 400 }));
      // Every cell as text, rows in file order, HXL and blank rows kept as rows: as the CSV holds them.
      await connection.run(
        `COPY (SELECT * FROM read_csv('${csv}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')) TO '${parquet}' (FORMAT parquet)`,
      );
      for (let k = 0; k < 4; k++) {
        const options = generateOptions(seed * 10 + k);
        let engine;
        try {
          const result = await aggregateWithDuckDB({ src: parquet, ...options, bare: true });
          engine = { rows: result.rows.map((row) => result.columns.map((column) => cellOf(row[column]))) };
        } catch (error) {
          engine = { error: error.message };
        }
        assertSameOutcome(await javascriptRows(csv, options), engine, 'DuckDB on Parquet', options);
      }
    }
    connection.closeSync();
  });
});

describe('a glob of Parquet files', () => {
  it('counts rows split over files in the order of their names, repeated event ids across files included', async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const csv = join(dir, 'glob.csv');
    const parts = join(dir, 'glob-parts');
    mkdirSync(parts);
    writeFileSync(csv, generateEvents(37, { rows: 600, dayOnly: true }));
    await connection.run(
      `CREATE TABLE rows AS SELECT * FROM read_csv('${csv}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ',')`,
    );
    // Three files, written out of order, whose names sort as the rows ran: part-1 holds the first 200.
    for (const part of [3, 1, 2]) {
      await connection.run(
        `COPY (SELECT * FROM rows WHERE rowid >= ${(part - 1) * 200} AND rowid < ${part * 200} ORDER BY rowid) TO '${join(parts, `part-${part}.parquet`)}' (FORMAT parquet)`,
      );
    }
    const ids = (
      await connection.runAndReadAll(
        'SELECT event_id_cnty FROM rows WHERE rowid < 200 INTERSECT SELECT event_id_cnty FROM rows WHERE rowid >= 200',
      )
    ).getRows();
    assert.ok(ids.length > 5, `${ids.length} event ids repeat across the files`);
    connection.closeSync();
    for (const options of [{}, { by: 'week,country,actor' }, { by: 'month,country,actor', measure: 'fatalities' }]) {
      const result = await aggregateWithDuckDB({ src: join(parts, '*.parquet'), ...options, bare: true });
      const engine = { rows: result.rows.map((row) => result.columns.map((column) => cellOf(row[column]))) };
      assertSameOutcome(await javascriptRows(csv, options), engine, 'DuckDB on a Parquet glob', options);
    }
  });
});

describe('streaming the table', () => {
  it('writes in parts exactly the CSV aggregateWithDuckDB gives whole', async () => {
    const path = join(dir, 'stream.csv');
    writeFileSync(path, generateEvents(51, { rows: 6000 }));
    const options = { src: path, by: 'month,country,actor', accessed: '2025-01-31' };
    const parts = [];
    const streamed = await streamWithDuckDB(options, (text) => void parts.push(text));
    const whole = await aggregateWithDuckDB(options);
    assert.equal(parts.join(''), whole.csv);
    assert.equal(streamed.rowCount, whole.rows.length);
    assert.ok(streamed.rowCount > 2048, `${streamed.rowCount} rows: more than one of DuckDB's parts`);
    assert.ok(parts.length >= 3, `${parts.length} writes: the header, then the rows in parts`);
  });

  it('leaves no file behind when the count fails', async () => {
    const path = join(dir, 'years.csv');
    writeFileSync(path, generateEvents(45, { rows: 250, yearOnly: true }));
    const out = join(dir, 'years-out.csv');
    const run = await cli(['aggregate', path, '--engine', 'duckdb', '--out', out]);
    assert.notEqual(run.code, 0);
    assert.match(run.stderr, /counted by year/);
    assert.deepEqual(
      readdirSync(dir).filter((name) => name.startsWith('years-out')),
      [],
    );
  });
});

describe('without DuckDB installed', () => {
  it('says in one line how to install it', async () => {
    await assert.rejects(aggregateWithDuckDB({ src: NIGERIA }, null), (error) => {
      assert.equal(error.message, 'DuckDB is not installed: npm install @duckdb/node-api (or count with --engine js).');
      return true;
    });
  });
});
