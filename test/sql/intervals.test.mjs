// The SQL time bins (src/sql/intervals.ts), run by DuckDB, give the days, ISO weeks (from
// Monday), months, quarters and years JavaScript's Date gives, from year 1 to 9999, written as
// the table writes them and as first days; and the
// bin index of a filter's bound, worked out in JavaScript, is the one the SQL gives its day.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { cellOf } from './equality.mjs';
import { binningQuery, daysSinceEpoch, expectedFirstDay, expectedLabel, inDayOrder, intervalDays } from './interval-cases.mjs';
import { sourceModules } from './source-modules.mjs';

const tree = await sourceModules('./src/sql/intervals.ts', './src/sql/tree.ts', './src/sql/print.ts');
const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'];
const days = intervalDays();

/** Periods from one first day to another, by Date. */
function periodsBetween(interval, from, to) {
  const [a, b] = [from, to].map((text) => new Date(`${text}T00:00:00Z`));
  const months = (b.getUTCFullYear() - a.getUTCFullYear()) * 12 + b.getUTCMonth() - a.getUTCMonth();
  const days = Math.round((b - a) / 86400000);
  return { day: days, week: days / 7, month: months, quarter: months / 3, year: months / 12 }[interval];
}

let connection;
before(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});

async function binned(interval) {
  const { sql } = tree.printQuery(binningQuery(tree, interval, days), 'duckdb');
  return inDayOrder((await connection.runAndReadAll(sql)).getRows().map((row) => row.map(cellOf)));
}

describe('SQL time bins in DuckDB', () => {
  for (const interval of INTERVALS) {
    it(`labels ${days.length} days from 0001 to 9999 by ${interval} as Date does`, async () => {
      const rows = await binned(interval);
      assert.deepEqual(
        rows.map((row) => row[2]),
        days.map((day) => expectedLabel(interval, day)),
      );
      assert.deepEqual(
        rows.map((row) => row[3]),
        days.map((day) => expectedFirstDay(interval, day)),
      );
      // Bin indices count periods: two bins' indices differ by the number of periods between their first days.
      const [first, ...rest] = rows;
      for (const row of rest) {
        assert.equal(Number(row[1]) - Number(first[1]), periodsBetween(interval, first[3], row[3]), `${first[3]} to ${row[3]}`);
      }
    });
  }

  it('numbers days as Date does, 865,565 being 1970-01-01', async () => {
    const rows = await binned('day');
    assert.deepEqual(
      rows.map((row) => Number(row[1]) - 865565),
      days.map(daysSinceEpoch),
    );
  });

  it("gives a bound's bin the index the SQL gives its day", async () => {
    for (const interval of INTERVALS) {
      const rows = await binned(interval);
      days.forEach((day, i) => {
        assert.equal(tree.binIndexOfDay(interval, daysSinceEpoch(day)), Number(rows[i][1]), `${interval} ${day}`);
      });
    }
  });
});
