// Each cell rule of src/sql/cell-rules.ts, run by DuckDB on awkward cells, against the
// JavaScript reader it copies (parseCalendarDate, parseNumber, the trimming of cellText).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { sourceModules } from './source-modules.mjs';

const { cellText, dateParts, dateText, idOf, isRealDay, numberOf, datePart, printQuery, parseNumber, parseCalendarDate } =
  await sourceModules('./src/sql/cell-rules.ts', './src/sql/print.ts', './src/data/numbers.ts', './src/util/dates.ts');

let connection;
before(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});

/** The value of `expr(column "cell")` for each cell, computed by DuckDB. */
async function evaluate(cells, expr) {
  const query = {
    columns: [{ expr: expr({ kind: 'column', name: 'cell' }), as: 'out' }],
    from: {
      kind: 'values',
      rows: cells.map((cell, i) => [
        { kind: 'constant', value: i },
        { kind: 'value', value: cell },
      ]),
      as: 't',
      columns: ['i', 'cell'],
    },
    orderBy: [{ kind: 'column', name: 'i' }],
  };
  const { sql, parameters } = printQuery(query, 'duckdb', { parameters: true });
  return (await connection.runAndReadAll(sql, parameters)).getRows().map((row) => row[0]);
}

const DATES = [
  '2025-07-15', '2025/7/5', ' 2025-07-15 ', '\u00a02025-07-15\u2003', '\ufeff2025-07-15', '2019-06-30 00:00:00.000',
  '2026-07-10T00:00:00Z', '2026-07-10t23:30:00+01:00', '2026-07-10T23:30-0500', '15 July 2025', '15-July-25', '16-Feb-21',
  '1er juillet 2025', '1st Jul. 2025', 'July 15, 2025', 'july 15 2025', 'July 2025', 'Jul-25', 'juil 2025', 'Février 2025',
  'fe\u0301vrier 2025', 'FE\u0301VRIER 2025', 'AOÛT 2025', 'aou\u0302t 2025', 'JUİN 2025', 'juin 2025', '15/07/2025',
  '15.07.25', '31-12-89', '1-1-90', '2025-07', '2025', '"2025-07-15"', "'2025-07-15'", '"2025-07-15', '"2025-07\n-15"',
  '2025-02-29', '2024-02-29', '1900-02-29', '2000-02-29', '2025-13-01', '2025-00-10', '2025-04-31', '31/04/2025',
  '0025-01-01', '20250715', 'Smarch 2025', 'not a date', '', '   ', '""', '2025-07-15T25:00', '2025-7-15 9:05',
]; // prettier-ignore

describe('dates', () => {
  it('reads every cell as parseCalendarDate does, day, precision and refusals alike', async () => {
    const parts = await evaluate(DATES, (c) => dateParts(dateText(cellText(c))));
    const real = await evaluate(DATES, (c) => {
      const p = dateParts(dateText(cellText(c)));
      return isRealDay(datePart(p, 1), datePart(p, 2), datePart(p, 3));
    });
    DATES.forEach((cell, i) => {
      const js = parseCalendarDate(cell.trim());
      const sql = parts[i] === null || !real[i] ? null : parts[i].split('|').map(Number);
      const expected = js && [js.year, js.month, js.day, { day: 0, month: 1, year: 2 }[js.precision]];
      assert.deepEqual(sql, expected, JSON.stringify(cell));
    });
  });
});

const NUMBERS = [
  '12', '0', '-3', '+4', '1.5', '.5', '5.', '1e3', '2E-2', '1,234', '1 234', '1\u00a0234', '1\u202f234', '12,345,678.9',
  '2,5', '-2,5', '1,2345', ' 7 ', '\u00a07\u00a0', 'n/a', 'NA', '-', '', '  ', '1e999', '-1e999', 'Infinity', '0x10',
  '1_000', '١٢', '1.2.3', '12abc',
]; // prettier-ignore

describe('numbers', () => {
  it('reads every cell as parseNumber does: a number, missing, or not a number', async () => {
    const values = await evaluate(NUMBERS, (c) => numberOf(cellText(c)));
    NUMBERS.forEach((cell, i) => {
      const js = parseNumber(cell);
      if (js === null) assert.ok(cell.trim() === '' && values[i] === null, JSON.stringify(cell));
      else if (Number.isNaN(js)) assert.equal(values[i], null, JSON.stringify(cell));
      else assert.equal(values[i], js, JSON.stringify(cell));
    });
  });
});

describe('text', () => {
  it("trims what JavaScript's trim trims, and nothing else", async () => {
    const cells = [
      '\t a \n',
      '\u00a0b\u00a0',
      '\u2000c\u200a',
      '\u2028d\u2029',
      '\u3000e\ufeff',
      '\u200bf\u200b',
      '\u0085g',
      '\u180eh',
    ];
    const trimmed = await evaluate(cells, (c) => cellText(c));
    assert.deepEqual(
      trimmed,
      cells.map((cell) => cell.trim()),
    );
  });

  it('reads ids as idOfCell does: 237272.0 is 237272, empty is none', async () => {
    const cells = ['237272.0', '237272.00', ' BFO123 ', '', '1.5', '12.0.0'];
    assert.deepEqual(await evaluate(cells, (c) => idOf(cellText(c))), ['237272', '237272', 'BFO123', null, '1.5', '12.0.0']);
  });
});
