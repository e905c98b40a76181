import { expect } from '@open-wc/testing';
import {
  binStart,
  calendarFromDay,
  dayNumber,
  formatDay,
  nextBin,
  parseCalendarDate,
  periodEnd,
  periodStart,
} from '../../src/util/dates.js';
import { DataError } from '../../src/errors/data-error.js';
import { periodOf } from '../../src/options/parse.js';

const day = (year: number, month: number, d: number) => ({ year, month, day: d, precision: 'day' });

describe('parseCalendarDate', () => {
  const dayFormats: [unknown, number, number, number][] = [
    ['2025-07-15', 2025, 7, 15],
    ['2019-06-30 00:00:00.000', 2019, 6, 30],
    ['2026-07-10T00:00:00', 2026, 7, 10],
    ['2026-07-10T00:00:00Z', 2026, 7, 10],
    ['2026-07-10T23:30:00-08:00', 2026, 7, 10],
    ['2026-07-10T00:30:00+09:00', 2026, 7, 10],
    ['15 July 2025', 2025, 7, 15],
    ['15-July-25', 2025, 7, 15],
    ['12-September-22', 2022, 9, 12],
    ['16-Feb-21', 2021, 2, 16],
    ['15-07-2025', 2025, 7, 15],
    ['15/07/2025', 2025, 7, 15],
    ['03/04/2025', 2025, 4, 3],
    ['July 15, 2025', 2025, 7, 15],
    ['15 JULY 2025', 2025, 7, 15],
    ['15 jul 2025', 2025, 7, 15],
    ['  "2025-07-15" ', 2025, 7, 15],
    ["'15/07/2025'", 2025, 7, 15],
    ['15 juillet 2025', 2025, 7, 15],
    ['1er août 2025', 2025, 8, 1],
    ['1 aout 2025', 2025, 8, 1],
    ['3 février 2024', 2024, 2, 3],
    ['3 Fevrier 2024', 2024, 2, 3],
    ['25 décembre 2023', 2023, 12, 25],
    ['25 decembre 2023', 2023, 12, 25],
    ['9 mai 2022', 2022, 5, 9],
    ['9 mars 2022', 2022, 3, 9],
    ['29-Feb-24', 2024, 2, 29],
    ['29-Feb-2000', 2000, 2, 29],
  ];
  for (const [text, year, month, d] of dayFormats) {
    it(`reads ${JSON.stringify(text)} as ${year}-${month}-${d}`, () => {
      expect(parseCalendarDate(text)).to.deep.equal(day(year, month, d));
    });
  }

  it('reads two-digit years from 90 as 19xx and below as 20xx', () => {
    expect(parseCalendarDate('01-Jan-90')).to.deep.equal(day(1990, 1, 1));
    expect(parseCalendarDate('31-Dec-99')).to.deep.equal(day(1999, 12, 31));
    expect(parseCalendarDate('31-Dec-89')).to.deep.equal(day(2089, 12, 31));
    expect(parseCalendarDate('01-Jan-00')).to.deep.equal(day(2000, 1, 1));
    expect(parseCalendarDate('15/07/25')).to.deep.equal(day(2025, 7, 15));
  });

  it('reads a month as month precision, on its first day', () => {
    expect(parseCalendarDate('2025-07')).to.deep.equal({ year: 2025, month: 7, day: 1, precision: 'month' });
    expect(parseCalendarDate('July 2025')).to.deep.equal({ year: 2025, month: 7, day: 1, precision: 'month' });
  });

  it('reads a year, as text or number, as year precision', () => {
    expect(parseCalendarDate('2025')).to.deep.equal({ year: 2025, month: 1, day: 1, precision: 'year' });
    expect(parseCalendarDate(2025)).to.deep.equal({ year: 2025, month: 1, day: 1, precision: 'year' });
  });

  const invalid: unknown[] = [
    '2025-02-30',
    '2023-02-29',
    '1900-02-29',
    '30-Feb-21',
    '2025-13-01',
    '2025-13',
    '2025-00-10',
    '32/01/2025',
    '15/13/2025',
    '07/15/2025',
    '2025-04-31',
    '15-Foo-25',
    'yesterday',
    '',
    '   ',
    'NA',
    null,
    undefined,
    20250715,
    2025.5,
    {},
  ];
  for (const text of invalid) {
    it(`rejects ${JSON.stringify(text) ?? String(text)}`, () => {
      expect(parseCalendarDate(text)).to.equal(null);
    });
  }

  it('reads period attributes with the same parser', () => {
    expect(periodOf('from', '2025-07')).to.deep.equal({ year: 2025, month: 7, day: 1, precision: 'month' });
    expect(periodOf('to', 2025)).to.deep.equal(parseCalendarDate('2025'));
    expect(() => periodOf('to', 'nonsense')).to.throw(DataError, 'to="nonsense" is not a date');
  });
});

describe('day numbers', () => {
  it('counts days from 1970-01-01', () => {
    expect(dayNumber(1970, 1, 1)).to.equal(0);
    expect(dayNumber(1970, 1, 2)).to.equal(1);
    expect(dayNumber(1969, 12, 31)).to.equal(-1);
    expect(dayNumber(2000, 3, 1)).to.equal(11017);
  });

  it('agrees with Date.UTC on every day from 1899 to 2101', () => {
    const first = Date.UTC(1899, 0, 1) / 86400000;
    const last = Date.UTC(2101, 11, 31) / 86400000;
    for (let n = first; n <= last; n++) {
      const d = new Date(n * 86400000);
      const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      if (dayNumber(y, m, dd) !== n) expect.fail(`dayNumber(${y}, ${m}, ${dd}) should be ${n}`);
      const c = calendarFromDay(n);
      if (c.year !== y || c.month !== m || c.day !== dd) expect.fail(`calendarFromDay(${n}) should be ${y}-${m}-${dd}`);
    }
  });

  it('formats a day as YYYY-MM-DD with a four-digit year', () => {
    expect(formatDay(0)).to.equal('1970-01-01');
    expect(formatDay(dayNumber(2024, 2, 29))).to.equal('2024-02-29');
    expect(formatDay(dayNumber(999, 3, 5))).to.equal('0999-03-05');
  });
});

describe('periods', () => {
  it('gives the first and last day of a day, month or year', () => {
    expect(formatDay(periodStart(parseCalendarDate('2025-07')!))).to.equal('2025-07-01');
    expect(formatDay(periodEnd(parseCalendarDate('2025-07')!))).to.equal('2025-07-31');
    expect(formatDay(periodEnd(parseCalendarDate('2024-02')!))).to.equal('2024-02-29');
    expect(formatDay(periodEnd(parseCalendarDate('2023-02')!))).to.equal('2023-02-28');
    expect(formatDay(periodStart(parseCalendarDate('2025')!))).to.equal('2025-01-01');
    expect(formatDay(periodEnd(parseCalendarDate('2025')!))).to.equal('2025-12-31');
    expect(formatDay(periodEnd(parseCalendarDate('2025-07-15')!))).to.equal('2025-07-15');
  });
});

describe('bins', () => {
  const d = (text: string) => periodStart(parseCalendarDate(text)!);
  const bin = (text: string, interval: Parameters<typeof binStart>[1]) => formatDay(binStart(d(text), interval));

  it('starts ISO weeks on Monday, across a year boundary', () => {
    expect(bin('2020-12-31', 'week')).to.equal('2020-12-28');
    expect(bin('2021-01-03', 'week')).to.equal('2020-12-28');
    expect(bin('2021-01-04', 'week')).to.equal('2021-01-04');
    expect(bin('2020-12-28', 'week')).to.equal('2020-12-28');
    expect(bin('1970-01-01', 'week')).to.equal('1969-12-29');
    expect(bin('1969-12-28', 'week')).to.equal('1969-12-22');
  });

  it('bins by day, month, quarter and year', () => {
    expect(bin('2025-07-15', 'day')).to.equal('2025-07-15');
    expect(bin('2025-07-15', 'month')).to.equal('2025-07-01');
    expect(bin('2025-03-31', 'quarter')).to.equal('2025-01-01');
    expect(bin('2025-04-01', 'quarter')).to.equal('2025-04-01');
    expect(bin('2025-09-30', 'quarter')).to.equal('2025-07-01');
    expect(bin('2025-12-31', 'quarter')).to.equal('2025-10-01');
    expect(bin('2025-12-31', 'year')).to.equal('2025-01-01');
  });

  it('steps to the next bin, across year ends', () => {
    expect(formatDay(nextBin(d('2020-12-28'), 'week'))).to.equal('2021-01-04');
    expect(formatDay(nextBin(d('2025-12-01'), 'month'))).to.equal('2026-01-01');
    expect(formatDay(nextBin(d('2025-10-01'), 'quarter'))).to.equal('2026-01-01');
    expect(formatDay(nextBin(d('2025-01-01'), 'quarter'))).to.equal('2025-04-01');
    expect(formatDay(nextBin(d('2025-01-01'), 'year'))).to.equal('2026-01-01');
    expect(formatDay(nextBin(d('2024-02-28'), 'day'))).to.equal('2024-02-29');
  });
});
