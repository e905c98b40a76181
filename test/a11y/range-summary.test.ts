import { expect } from '@open-wc/testing';
import { approximateDatesSentence, rangeSummary, valueInWords } from '../../src/a11y/range-summary.js';
import { en } from '../../src/locale/en.js';
import { fr } from '../../src/locale/fr.js';

const rows = [
  { period: '2018', value: 262, low: 210, high: 340 },
  { period: '2019', value: 100, low: 90, high: 120 },
];

describe('rangeSummary', () => {
  it('gives the range over everything drawn, then at the peak', () => {
    const text = rangeSummary(rows, { low: 300, best: 362, high: 460 }, en, (row) => row.period);
    expect(text).to.equal(
      'In all: between 300 and 460, best estimate 362 (the band runs from the low to the high estimate).' +
        ' Peak: 2018, between 210 and 340, best estimate 262.',
    );
  });

  it('says why no band is drawn, in the reader’s language', () => {
    expect(rangeSummary(rows, 'measure', en, (row) => row.period)).to.match(/^No uncertainty band: .*measure="fatalities"/);
    expect(rangeSummary(rows, 'stacked', fr, (row) => row.period)).to.match(
      /^Pas de bande d’incertitude sur des séries empilées/,
    );
    expect(rangeSummary([{ value: 1 }], undefined, en, () => '')).to.equal('');
  });

  it('reads a row’s range for the keyboard, and counts approximate dates in one or many', () => {
    expect(valueInWords(rows[0], en)).to.equal('between 210 and 340, best estimate 262');
    expect(valueInWords({ value: 1234 }, en)).to.equal('1,234');
    expect(approximateDatesSentence(0, en)).to.equal('');
    expect(approximateDatesSentence(1, en)).to.match(/^In the data, 1 event has an approximate date/);
    expect(approximateDatesSentence(1254, en)).to.match(/^In the data, 1,254 events have an approximate date/);
  });
});
