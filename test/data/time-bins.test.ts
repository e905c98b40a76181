import { expect } from '@open-wc/testing';
import { binByMap, checkInterval, dayLookup } from '../../src/data/time-bins.js';
import { dayNumber } from '../../src/util/dates.js';
import { dataErrorOf } from '../helpers/errors.js';

const day = (y: number, m: number, d: number) => dayNumber(y, m, d);

describe('data/time-bins', () => {
  it('checkInterval: monthly or yearly counts cannot be drawn finer (README counting rules)', () => {
    expect(() => checkInterval(0, 'day')).not.to.throw();
    expect(() => checkInterval(1, 'month')).not.to.throw();
    expect(() => checkInterval(1, 'quarter')).not.to.throw();
    const weekly = dataErrorOf(() => checkInterval(1, 'week'));
    expect(weekly.code).to.equal('countedByMonth');
    expect(weekly.message).to.equal('The data is counted by month, so it cannot be drawn by week. Use interval="month" or coarser.');
    expect(dataErrorOf(() => checkInterval(2, 'quarter')).code).to.equal('countedByYear');
    expect(() => checkInterval(2, 'year')).not.to.throw();
  });

  it('dayLookup and binByMap put each day in its month, alike', () => {
    const starts = [day(2025, 1, 1), day(2025, 2, 1), day(2025, 3, 1)];
    const first = day(2025, 1, 15);
    const last = day(2025, 3, 2);
    const lookup = dayLookup(starts, 'month', first, last)!;
    const byMap = binByMap(starts, 'month');
    for (const [date, bin] of [
      [day(2025, 1, 15), 0],
      [day(2025, 1, 31), 0],
      [day(2025, 2, 1), 1],
      [day(2025, 2, 28), 1],
      [day(2025, 3, 2), 2],
    ]) {
      expect(lookup[date - first], String(date)).to.equal(bin);
      expect(byMap(date), String(date)).to.equal(bin);
    }
    expect(dayLookup([], 'month', first, last)).to.equal(null);
  });

  it('puts each day in its ISO week, which starts on Monday', () => {
    // 2025-01-06 and 2025-01-13 are Mondays; Sunday the 12th is still in the week of the 6th.
    const starts = [day(2025, 1, 6), day(2025, 1, 13)];
    const byMap = binByMap(starts, 'week');
    expect(byMap(day(2025, 1, 12))).to.equal(0);
    expect(byMap(day(2025, 1, 13))).to.equal(1);
  });
});
