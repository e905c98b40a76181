import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

describe('EventTableBuilder: approximate dates', () => {
  it('counts the Nigeria file’s events dated only to a week, month or year, and leaves them out when asked', async () => {
    const text = await (await fetch(NIGERIA)).text();
    // UCDP date_prec: 1 the day; 2 to 5 a span of days, a week, a month, a year.
    const approximate = csvParse(text).filter((row) => Number(row.date_prec) > 1).length;
    expect(approximate).to.be.greaterThan(0);
    const table = parseTable(text, 'csv');

    const counted = normalizeRows(table.rows, table.columns);
    expect(counted.approximateDates).to.equal(approximate);
    expect(counted.table.length).to.equal(counted.recordsRead);

    const exact = normalizeRows(table.rows, table.columns, { exactDates: true });
    expect(exact.approximateDates).to.equal(0);
    expect(exact.table.length).to.equal(counted.table.length - approximate);
    expect(exact.skipped).to.have.length(approximate);
    expect(new Set(exact.skipped.map((s) => s.reason))).to.deep.equal(new Set(['date only approximate']));
  });
});
