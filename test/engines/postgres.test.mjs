// PostgreSQL counts what the elements count: the exact text `conflict-charts sql --dialect
// postgres` prints, piped to psql, gives aggregateFile's rows, cell for cell and in order, on
// the shared data and a named set of seeded cases. Run by `npm run test:engines` (from .ci/run):
// it installs Debian's postgresql when missing (as root), or fails saying how to.
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { csvParseRows } from 'd3-dsv';
import { sqlText } from '../../dist/cli/index.js';
import { cli, CEP, NIGERIA, SAMPLE } from '../cli/helpers.mjs';
import { assertSameOutcome, flags, javascriptRows, yearlyTotals } from '../sql/equality.mjs';
import { generateEvents, generateOptions } from '../sql/generate-events.mjs';
import { startPostgres } from './postgres.mjs';

const dir = mkdtempSync(join(tmpdir(), 'cc-engines-'));
let pg;
before(async () => {
  pg = await startPostgres();
});
after(async () => {
  await pg?.stop();
  rmSync(dir, { recursive: true, force: true });
});

/**
 * Loads a CSV file into table `name`: every cell as text, `_row` numbering the rows in file order
 * (a bigserial filled by COPY), header names trimmed, a column without a name (or repeating one)
 * kept as `_cell<i>`. Returns the `--columns` list.
 */
function load(name, path) {
  const header = csvParseRows(
    readFileSync(path, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\n', 1)[0],
  )[0].map((c) => c.trim());
  const seen = new Set();
  const names = header.map((c, i) => (c === '' || seen.has(c) || c === '_row' ? `_cell${i}` : (seen.add(c), c)));
  const quoted = (n) => `"${n.replace(/"/g, '""')}"`;
  const ddl = `CREATE TABLE ${quoted(name)} (_row bigserial, ${names.map((n) => `${quoted(n)} text`).join(', ')});`;
  const copy = `\\copy ${quoted(name)} (${names.map(quoted).join(', ')}) FROM '${path.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`;
  const result = pg.psql(['-f', '-'], `${ddl}\n${copy}\n`);
  assert.equal(result.code, 0, result.stderr);
  return ['_row', ...names].join(',');
}

/**
 * What PostgreSQL returns for the text `conflict-charts sql` prints: the command itself when
 * `viaCommand`, else the function that writes its output (test/sql/ checks the two agree).
 */
async function postgresRows(table, columns, options, { viaCommand = false } = {}) {
  let text;
  if (viaCommand) {
    const printed = await cli(['sql', '--dialect', 'postgres', '--table', table, '--columns', columns, ...flags(options)]);
    assert.equal(printed.code, 0, printed.stderr);
    text = printed.text;
  } else {
    text = sqlText({ ...options, dialect: 'postgres', table, columns });
  }
  const result = pg.psql(['-f', '-'], text);
  if (result.code !== 0) return { error: result.stderr };
  return { rows: csvParseRows(result.stdout).slice(1) };
}

async function assertSame(table, columns, path, options, viaCommand = false) {
  const [js, sql] = await Promise.all([javascriptRows(path, options), postgresRows(table, columns, options, { viaCommand })]);
  assertSameOutcome(js, sql, 'PostgreSQL', options);
}

describe('the shared data, in PostgreSQL', () => {
  const tables = {};
  before(() => {
    tables.nigeria = { path: NIGERIA, columns: load('nigeria', NIGERIA) };
    tables.sample = { path: SAMPLE, columns: load('sample', SAMPLE) };
    tables.cep = { path: CEP, columns: load('cep', CEP) };
  });

  it('gives the published events and deaths per year of the Nigeria UCDP file', async () => {
    const { columns } = tables.nigeria;
    assert.deepEqual(yearlyTotals((await postgresRows('nigeria', columns, {})).rows), { 2017: 497, 2018: 525, 2019: 509 });
    assert.deepEqual(yearlyTotals((await postgresRows('nigeria', columns, { measure: 'fatalities' })).rows), {
      2017: 3565,
      2018: 3202,
      2019: 2437,
    });
  });

  it('gives the published July 2025 claims: Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
    const july = await postgresRows(
      'cep',
      tables.cep.columns,
      { dateField: 'month', valueField: 'claimed_attacks', from: '2025-07', to: '2025-07' },
      { viaCommand: true },
    );
    assert.deepEqual(july.rows, [
      ['2025-07', 'Burkina Faso', '54'],
      ['2025-07', 'Mali', '36'],
      ['2025-07', 'Niger', '7'],
      ['2025-07', 'Togo', '1'],
    ]);
  });

  const cases = [
    {},
    { by: 'month,country,actor' },
    { by: 'month,country,event-type', measure: 'fatalities' },
    { by: 'month,country,actor', actors: 'JNIM, boko haram (jas), ISWAP', from: '2018', to: '2020-06' },
    { countries: 'nigeria, Mali', measure: 'fatalities', eventTypes: 'state-based conflict' },
  ];
  for (const name of ['nigeria', 'sample']) {
    for (const options of cases) {
      it(`counts ${name} alike with ${JSON.stringify(options)}`, async () => {
        await assertSame(name, tables[name].columns, tables[name].path, options);
      });
    }
  }
});

describe('seeded generated data, in PostgreSQL', () => {
  // Hostile filter values, aliases and the year-precision error, beside seeded option sets.
  const named = [
    { countries: "o'brien land,back\\slash,quote\\'d", by: 'month,country,actor' },
    { countries: '-- not a comment,/* not a comment */,semi;colon', measure: 'fatalities' },
    { countries: '\u200frtl mark,🦅 astral,i̇zmir,côte d’ivoire', by: 'month,country,event-type' },
    {
      actors: 'jnim,i̇slami̇c front',
      aliases: '{"wagner group":"Africa Corps","WAGNER GROUP":"Wagner"}',
      by: 'month,country,actor',
    },
    { actors: "dozo's hunters", aliases: '{"Dozo\'s Hunters":"Dozo; --"}', by: 'month,country,actor' },
  ];
  for (const seed of [41, 42, 43, 44, 45]) {
    it(`seed ${seed}: the named cases and six seeded option sets give the same rows`, async () => {
      const path = join(dir, `events-${seed}.csv`);
      writeFileSync(path, generateEvents(seed, { rows: 250, yearOnly: seed === 45 }));
      const table = `events_${seed}`;
      const columns = load(table, path);
      for (const options of named) await assertSame(table, columns, path, options, true);
      for (const k of [0, 1, 2, 3, 4, 5]) await assertSame(table, columns, path, generateOptions(seed * 100 + k));
    });
  }
});
