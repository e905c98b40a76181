// The SQL filter of the counted events (src/sql/kept-where.ts), run by DuckDB: an event dated to
// a day, a month or a year is kept when its whole period lies between from and to (each a day,
// a month or a year), worked out here with Date; country names match ignoring case and the
// filter's surrounding spaces.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { sourceModules } from './source-modules.mjs';

const tree = await sourceModules('./src/sql/kept-where.ts', './src/sql/print.ts');
const { keptWhere, printQuery } = tree;

const DAY = 86400000;
const utc = (y, m, d) => Date.UTC(y, m - 1, d);
/** First and last day (ms) of a date that names a day (p 0), a month (1) or a year (2). */
function span({ y, m, d, p }) {
  if (p === 0) return [utc(y, m, d), utc(y, m, d)];
  if (p === 1) return [utc(y, m, 1), utc(y, m + 1, 1) - DAY];
  return [utc(y, 1, 1), utc(y + 1, 1, 1) - DAY];
}
const bound = (text) => {
  const [y, m, d] = text.split('-').map(Number);
  return { year: y, month: m ?? 1, day: d ?? 1, precision: d ? 'day' : m ? 'month' : 'year' };
};
const asEvent = ({ year, month, day, precision }) => ({
  y: year,
  m: month,
  d: day,
  p: ['day', 'month', 'year'].indexOf(precision),
});

// Events around the edges of February 2024 (a leap month) and of the years 2023 and 2024.
const EVENTS = [
  ...['2024-01-31', '2024-02-01', '2024-02-15', '2024-02-28', '2024-02-29', '2024-03-01', '2023-12-31', '2025-01-01'],
  ...['2024-01', '2024-02', '2024-03', '2023-12'],
  ...['2023', '2024', '2025'],
].map((text, i) => ({ i, text, ...asEvent(bound(text)), country: i % 2 ? 'Mali' : 'NIGER' }));

const BOUNDS = [undefined, '2024', '2024-02', '2024-02-01', '2024-02-15', '2024-02-29', '2024-03-01', '2023-12-31'];

describe('keptWhere in DuckDB', () => {
  it(`keeps each event whose whole period lies inside from–to, for ${BOUNDS.length ** 2} pairs of bounds`, async () => {
    const connection = await (await DuckDBInstance.create(':memory:')).connect();
    const rows = EVENTS.map((e) => [e.i, e.y, e.m, e.d, e.p, e.country, 'Battles'].map((v) => ({ kind: 'constant', value: v })));
    let checked = 0;
    for (const from of BOUNDS) {
      for (const to of BOUNDS) {
        const filters = { from: from && bound(from), to: to && bound(to), countries: ['mali', 'Niger '] };
        const query = {
          columns: [{ expr: { kind: 'column', name: 'i', table: 'e' } }],
          from: {
            kind: 'subquery',
            as: 'e',
            query: {
              columns: [{ expr: { kind: 'column', name: '*' } }],
              from: { kind: 'values', rows, as: 'v', columns: ['i', 'y', 'm', 'd', 'p', 'country', 'type_label'] },
            },
          },
          where: keptWhere(filters, false),
        };
        const { sql } = printQuery(query, 'duckdb');
        const kept = (await connection.runAndReadAll(sql))
          .getRows()
          .map(([i]) => Number(i))
          .sort((a, b) => a - b);
        const first = from ? span(asEvent(bound(from)))[0] : -Infinity;
        const last = to ? span(asEvent(bound(to)))[1] : Infinity;
        const expected = EVENTS.filter((e) => span(e)[0] >= first && span(e)[1] <= last).map((e) => e.i);
        assert.deepEqual(
          kept.map((i) => EVENTS[i].text),
          expected.map((i) => EVENTS[i].text),
          `from ${from} to ${to}`,
        );
        checked++;
      }
    }
    assert.equal(checked, 64);
    connection.closeSync();
  });
});
