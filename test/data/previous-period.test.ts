import { expect } from '@open-wc/testing';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import { comparedRanges, rangeFilters } from '../../src/data/previous-period.js';
import { parseCalendarDate } from '../../src/util/dates.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const empty = normalizeRows([], ['date']).table;
const range = (from?: string, to?: string) =>
  comparedRanges(empty, { from: from ? parseCalendarDate(from)! : undefined, to: to ? parseCalendarDate(to)! : undefined }, {});

describe('comparedRanges', () => {
  it('takes the period of the same length just before: a month, a quarter, a year', () => {
    expect(range('2025-07', '2025-07')?.previous).to.deep.equal({ from: '2025-06-01', to: '2025-06-30', months: 1 });
    expect(range('2025-07', '2025-09')?.previous).to.deep.equal({ from: '2025-04-01', to: '2025-06-30', months: 3 });
    expect(range('2019', '2019')?.previous).to.deep.equal({ from: '2018-01-01', to: '2018-12-31', months: 12 });
  });

  it('crosses a year boundary and counts February’s own days', () => {
    expect(range('2020-01', '2020-02')?.previous).to.deep.equal({ from: '2019-11-01', to: '2019-12-31', months: 2 });
    expect(range('2024-03', '2024-03')?.previous).to.deep.equal({ from: '2024-02-01', to: '2024-02-29', months: 1 });
  });

  it('takes as many days before a range of days', () => {
    expect(range('2025-07-10', '2025-07-19')?.previous).to.deep.equal({ from: '2025-06-30', to: '2025-07-09' });
    expect(range('2025-01-01', '2025-01-01')?.previous).to.deep.equal({ from: '2024-12-31', to: '2024-12-31' });
  });

  it('takes an open end from the data: the first and last months with an event', async () => {
    const table = parseTable(await (await fetch(NIGERIA)).text(), 'csv');
    const events = normalizeRows(table.rows, table.columns).table;
    // The file runs from January 2017 to December 2019: 36 months, so the 36 before.
    const ranges = comparedRanges(events, {}, {});
    expect(ranges?.current).to.deep.equal({ from: '2017-01-01', to: '2019-12-31', months: 36 });
    expect(ranges?.previous).to.deep.equal({ from: '2014-01-01', to: '2016-12-31', months: 36 });
    expect(comparedRanges(events, { to: parseCalendarDate('2017-06')! }, {})?.previous).to.deep.equal({
      from: '2016-07-01',
      to: '2016-12-31',
      months: 6,
    });
  });

  it('gives filters of whole days for the previous range', () => {
    const filters = rangeFilters({ countries: ['Mali'] }, { from: '2025-06-01', to: '2025-06-30' });
    expect(filters).to.deep.equal({
      countries: ['Mali'],
      from: { year: 2025, month: 6, day: 1, precision: 'day' },
      to: { year: 2025, month: 6, day: 30, precision: 'day' },
    });
  });
});
