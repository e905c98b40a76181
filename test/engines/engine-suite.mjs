// The equality suite every server engine runs: the exact text `conflict-charts sql --dialect <d>`
// prints, run by the engine's own client, gives aggregateFile's rows, cell for cell and in order,
// on the shared data (with the published figures) and on a named set of seeded cases.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { printQuery, sqlText } from '../../dist/cli/index.js';
import { cli, CEP, NIGERIA, SAMPLE } from '../cli/helpers.mjs';
import { assertSameOutcome, flags, HOSTILE, javascriptRows, yearlyTotals } from '../sql/equality.mjs';
import { generateEvents, generateOptions } from '../sql/generate-events.mjs';
import { binningQuery, expectedFirstDay, expectedLabel, inDayOrder, intervalDays } from '../sql/interval-cases.mjs';
import { sourceModules } from '../sql/source-modules.mjs';

/** Option sets on the two UCDP GED files. */
export const SHARED_CASES = [
  {},
  { by: 'month,country,actor' },
  { by: 'month,country,event-type', measure: 'fatalities' },
  { by: 'month,country,actor', actors: 'JNIM, boko haram (jas), ISWAP', from: '2018', to: '2020-06' },
  { countries: 'nigeria, Mali', measure: 'fatalities', eventTypes: 'state-based conflict' },
  { by: 'week,country,actor' },
  { by: 'day,country,event-type', measure: 'fatalities', from: '2018-02-10', to: '2018-05-31' },
  { by: 'quarter,country,actor', from: '2018-04', to: '2019-09' },
];

/** Hostile filter values, aliases, days and weeks, and the precision errors, beside seeded option sets. */
export const NAMED_CASES = [
  { countries: "o'brien land,back\\slash,quote\\'d", by: 'month,country,actor' },
  { countries: '-- not a comment,/* not a comment */,semi;colon', measure: 'fatalities' },
  { countries: '\u200frtl mark,🦅 astral,i̇zmir,côte d’ivoire', by: 'month,country,event-type' },
  {
    actors: 'jnim,i̇slami̇c front',
    aliases: '{"wagner group":"Africa Corps","WAGNER GROUP":"Wagner"}',
    by: 'month,country,actor',
  },
  { actors: "dozo's hunters", aliases: '{"Dozo\'s Hunters":"Dozo; --"}', by: 'month,country,actor' },
  // Counted on the seeds whose dates are all days, refused alike (dates known only to the month) on the others.
  { by: 'day,country,actor', from: '2020-03-17', to: '2021-06' },
  { interval: 'week', measure: 'fatalities', countries: 'mali,niger' },
];

export const SEEDS = [41, 42, 43, 44, 45];
export const OPTIONS_PER_SEED = 6;

/**
 * Defines the suite for one engine. `engine.start()` resolves with a server handle that has
 * `stop()`; `engine.load(server, table, path)` loads a CSV file and resolves with its `--columns`;
 * `engine.run(server, text)` runs printed SQL and resolves with `{ rows }` (cells as text, no
 * header) or `{ error }`.
 */
export function engineSuite(name, dialect, engine) {
  const dir = mkdtempSync(join(tmpdir(), `cc-${dialect}-`));
  const state = {};
  before(async () => {
    state.server = await engine.start();
  });
  after(async () => {
    await state.server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  /** What the engine returns for the text `conflict-charts sql` prints (the command itself when `viaCommand`). */
  const engineRows = async (table, columns, options, { viaCommand = false } = {}) => {
    let text;
    if (viaCommand) {
      const printed = await cli(['sql', '--dialect', dialect, '--table', table, '--columns', columns, ...flags(options)]);
      assert.equal(printed.code, 0, printed.stderr);
      text = printed.text;
    } else {
      text = sqlText({ ...options, dialect, table, columns });
    }
    return engine.run(state.server, text);
  };
  const tally = { cases: 0, errors: 0, rows: 0 };
  const assertSame = async (table, columns, path, options, viaCommand = false) => {
    const [js, sql] = await Promise.all([javascriptRows(path, options), engineRows(table, columns, options, { viaCommand })]);
    const outcome = assertSameOutcome(js, sql, name, options);
    tally.cases++;
    if (outcome === 'error') tally.errors++;
    else tally.rows += outcome;
    return outcome;
  };
  after(() => console.log(`# ${name} equality: ${tally.cases} option sets (${tally.errors} refused alike), ${tally.rows} rows`));

  describe(`the shared data, in ${name}`, () => {
    const tables = {};
    before(async () => {
      for (const [table, path] of Object.entries({ nigeria: NIGERIA, sample: SAMPLE, cep: CEP })) {
        tables[table] = { path, columns: await engine.load(state.server, table, path) };
      }
    });

    it('gives the published events and deaths per year of the Nigeria UCDP file', async () => {
      const { columns } = tables.nigeria;
      assert.deepEqual(yearlyTotals((await engineRows('nigeria', columns, {})).rows), { 2017: 497, 2018: 525, 2019: 509 });
      assert.deepEqual((await engineRows('nigeria', columns, { interval: 'year' }, { viaCommand: true })).rows, [
        ['2017', 'Nigeria', '497'],
        ['2018', 'Nigeria', '525'],
        ['2019', 'Nigeria', '509'],
      ]);
      assert.deepEqual(yearlyTotals((await engineRows('nigeria', columns, { measure: 'fatalities' })).rows), {
        2017: 3565,
        2018: 3202,
        2019: 2437,
      });
    });

    it('gives the published July 2025 claims: Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
      const options = { dateField: 'month', valueField: 'claimed_attacks', from: '2025-07', to: '2025-07' };
      const july = await engineRows('cep', tables.cep.columns, options, { viaCommand: true });
      assert.deepEqual(july.rows, [
        ['2025-07', 'Burkina Faso', '54'],
        ['2025-07', 'Mali', '36'],
        ['2025-07', 'Niger', '7'],
        ['2025-07', 'Togo', '1'],
      ]);
    });

    for (const table of ['nigeria', 'sample']) {
      for (const options of SHARED_CASES) {
        it(`counts ${table} alike with ${JSON.stringify(options)}`, async () => {
          await assertSame(table, tables[table].columns, tables[table].path, options);
        });
      }
    }
  });

  it(`reads hostile values back unchanged from ${name}'s literals`, async () => {
    // PostgreSQL text holds no NUL (the printer refuses it: test/sql/print.test.mjs).
    const values = dialect === 'postgres' ? HOSTILE : [...HOSTILE, 'a\u0000b'];
    const { sql } = printQuery(
      {
        columns: values.map((v, i) => ({ expr: { kind: 'value', value: v }, as: `v${i}` })),
        from: { kind: 'values', rows: [[{ kind: 'constant', value: 1 }]], as: 'one', columns: ['x'] },
      },
      dialect,
    );
    assert.deepEqual(await engine.run(state.server, `${sql};\n`), { rows: [values] });
  });

  it(`bins days from year 1 to 9999 by day, ISO week, month, quarter and year as Date does`, async () => {
    const tree = await sourceModules('./src/sql/intervals.ts', './src/sql/tree.ts');
    const days = intervalDays();
    for (const interval of ['day', 'week', 'month', 'quarter', 'year']) {
      const { sql } = printQuery(binningQuery(tree, interval, days), dialect);
      const result = await engine.run(state.server, `${sql};\n`);
      assert.equal(result.error, undefined, result.error);
      assert.deepEqual(
        inDayOrder(result.rows).map((row) => [row[2], row[3]]),
        days.map((day) => [expectedLabel(interval, day), expectedFirstDay(interval, day)]),
        interval,
      );
    }
  });

  describe(`seeded generated data, in ${name}`, () => {
    for (const seed of SEEDS) {
      it(`seed ${seed}: the named cases and ${OPTIONS_PER_SEED} seeded option sets give the same rows`, async () => {
        const path = join(dir, `events-${seed}.csv`);
        writeFileSync(path, generateEvents(seed, { rows: 250, yearOnly: seed === 45, dayOnly: seed % 2 === 1 }));
        const table = `events_${seed}`;
        const columns = await engine.load(state.server, table, path);
        for (const options of NAMED_CASES) await assertSame(table, columns, path, options, true);
        for (let k = 0; k < OPTIONS_PER_SEED; k++) await assertSame(table, columns, path, generateOptions(seed * 100 + k));
      });
    }
  });
  return state;
}
