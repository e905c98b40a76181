import { expect } from '@open-wc/testing';
import { dayNumber } from '../../src/util/dates.js';
import { markPartialPeriod } from '../../src/data/partial-period.js';
import type { ConflictEvent, TimelineRow } from '../../src/data/types.js';

const event = (year: number, month: number, day: number, precision: ConflictEvent['precision'] = 'day'): ConflictEvent => ({
  record: 1,
  day: dayNumber(year, month, day),
  precision,
  country: 'Mali',
  actors: [],
  eventType: '',
  fatalities: 0,
  value: 1,
});

const rows: TimelineRow[] = [
  { period: '2025-06-01', value: 4 },
  { period: '2025-07-01', group: 'JNIM', value: 1 },
  { period: '2025-07-01', group: 'Other', value: 0 },
];

describe('markPartialPeriod', () => {
  it('marks every row of the last month when the data stops on 15 July', () => {
    const marked = markPartialPeriod(rows, [event(2025, 6, 2), event(2025, 7, 15)], 'month');
    expect(marked.map((row) => row.partial)).to.deep.equal([undefined, true, true]);
  });

  it('leaves a month the data covers to its last day', () => {
    expect(markPartialPeriod(rows, [event(2025, 7, 31)], 'month')).to.equal(rows);
  });

  it('treats a row counted by month as covering the whole month', () => {
    expect(markPartialPeriod(rows, [event(2025, 7, 1, 'month')], 'month')).to.equal(rows);
  });

  it('treats an earlier `to` filter as the end of the data', () => {
    const to = { year: 2025, month: 7, day: 10, precision: 'day' as const };
    expect(markPartialPeriod(rows, [event(2025, 7, 31)], 'month', to)[2].partial).to.equal(true);
  });

  it('reads the years 0–99 and before year 0 as written (a year typed 0025)', () => {
    const years: TimelineRow[] = [{ period: '0025-01-01', value: 1 }];
    expect(markPartialPeriod(years, [event(25, 12, 31)], 'year')).to.equal(years);
    expect(markPartialPeriod(years, [event(25, 12, 30)], 'year')[0].partial).to.equal(true);
    const weeks: TimelineRow[] = [{ period: '-0001-12-27', value: 1 }];
    expect(markPartialPeriod(weeks, [event(0, 1, 2)], 'week')).to.equal(weeks);
  });

  it('uses ISO weeks: data ending on a Sunday completes its week', () => {
    const weeks: TimelineRow[] = [{ period: '2025-07-07', value: 2 }];
    expect(markPartialPeriod(weeks, [event(2025, 7, 13)], 'week')).to.equal(weeks);
    expect(markPartialPeriod(weeks, [event(2025, 7, 12)], 'week')[0].partial).to.equal(true);
  });
});
