import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { estimateColumns, withEstimate, withRanges } from '../../src/data/estimates.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const sum = (values: ArrayLike<number>) => Array.from(values).reduce((a, b) => a + b, 0);

describe('estimates', () => {
  it('reads UCDP’s low and high estimates of every event of the Nigeria file', async () => {
    const text = await (await fetch(NIGERIA)).text();
    const rows = csvParse(text);
    const table = parseTable(text, 'csv');
    const events = normalizeRows(table.rows, table.columns).table;
    const columns = estimateColumns(events)!;
    expect(sum(columns.low)).to.equal(sum(rows.map((row) => Number(row.low))));
    expect(sum(columns.high)).to.equal(sum(rows.map((row) => Number(row.high))));
    // The swapped table counts the low estimate as its fatalities, and nothing else changes.
    const low = withEstimate(events, 'low');
    expect(low.fatalities).to.equal(columns.low);
    expect(low.day).to.equal(events.day);
    expect(withEstimate(events, 'low')).to.equal(low);
  });

  it('takes the best estimate where a low or high cell is empty or not a number, and has none without the columns', () => {
    const rows = [
      { date_start: '2019-01-01', side_a: 'A', best: '5', low: '', high: 'n/a', country: 'Mali' },
      { date_start: '2019-01-02', side_a: 'A', best: '3', low: '2', high: '4', country: 'Mali' },
    ];
    const events = normalizeRows(rows, Object.keys(rows[0]), { format: 'ucdp' }).table;
    const columns = estimateColumns(events)!;
    expect(Array.from(columns.low)).to.deep.equal([5, 2]);
    expect(Array.from(columns.high)).to.deep.equal([5, 4]);
    const plain = normalizeRows([{ date: '2019-01-01' }], ['date']).table;
    expect(estimateColumns(plain)).to.equal(null);
  });

  it('matches ranges to rows by key, leaving a row without a match (a remainder) without one', () => {
    const rows = [
      { key: 'Mali', value: 5 },
      { key: 'Other', value: 9 },
    ];
    const ranged = withRanges(rows, [{ key: 'Mali', value: 4 }], [{ key: 'Mali', value: 8 }], (row) => row.key);
    expect(ranged).to.equal(rows);
    expect(ranged).to.deep.equal([
      { key: 'Mali', value: 5, low: 4, high: 8 },
      { key: 'Other', value: 9 },
    ]);
  });
});
