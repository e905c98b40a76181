import { expect } from '@open-wc/testing';
import { formatCalendarDay, formatNumber, formatPeriod, formatShare } from '../../src/locale/format.js';
import { en, fr } from '../../src/locale/index.js';

describe('locale/format', () => {
  it('formatCalendarDay: the date as written, whatever the reader’s time zone', () => {
    // Both test browsers (UTC−8 and UTC+9) must print the 1st, not the day before or after.
    expect(formatCalendarDay('2025-01-01', '%-d %B %Y', en)).to.equal('1 January 2025');
    expect(formatCalendarDay('2025-07-05', '%d/%m/%Y', en)).to.equal('05/07/2025');
    expect(formatCalendarDay('2025-02-09', '%-d %b %Y', fr)).to.equal('9 févr. 2025');
    expect(formatCalendarDay('2025-02-09', '%Q %Y', en)).to.equal('%Q 2025');
  });

  it('formatPeriod: a bin start in words, quarters as Q3 / T3', () => {
    expect(formatPeriod('2019-09-01', 'month', en)).to.equal('September 2019');
    expect(formatPeriod('2019-07-01', 'quarter', en)).to.equal('Q3 2019');
    expect(formatPeriod('2019-07-01', 'quarter', fr)).to.equal('T3 2019');
    expect(formatPeriod('2019-09-02', 'week', en)).to.equal('Week of 2 Sep 2019');
    expect(formatPeriod('2019-09-02', 'week', fr)).to.equal('Semaine du 2 sept. 2019');
    expect(formatPeriod('2019-01-01', 'year', fr)).to.equal('2019');
  });

  it('formatNumber: English commas; French narrow no-break spaces and a decimal comma', () => {
    expect(formatNumber(1234567, en)).to.equal('1,234,567');
    expect(formatNumber(1234567.25, fr)).to.equal('1\u202f234\u202f567,3');
    expect(formatNumber(0.25, en, { maximumFractionDigits: 2 })).to.equal('0.25');
  });

  it('formatShare: a whole percentage', () => {
    expect(formatShare(0.604, en)).to.equal('60%');
    expect(formatShare(0.604, fr)).to.equal('60\u202f%');
  });
});
