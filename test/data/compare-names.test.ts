import { expect } from '@open-wc/testing';
import { compareCodePoints, compareNames } from '../../src/data/compare-names.js';

describe('compareNames', () => {
  it('orders by code point, not by the reader’s locale: capitals before lower case, accents after z', () => {
    const names = ['mali', 'Niger', 'Égypte', 'Benin', 'zambia', 'Burkina Faso'];
    // U+0042 B < U+004E N < U+006D m < U+007A z < U+00C9 É
    expect([...names].sort(compareNames)).to.deep.equal(['Benin', 'Burkina Faso', 'Niger', 'mali', 'zambia', 'Égypte']);
  });

  it('gives 0 for equal names and is antisymmetric', () => {
    expect(compareNames('JNIM', 'JNIM')).to.equal(0);
    expect(compareNames('IS Sahel', 'ISWAP')).to.equal(-1); // space (U+0020) < W (U+0057)
    expect(compareNames('ISWAP', 'IS Sahel')).to.equal(1);
  });

  it('does not fold Turkish İ or combining marks into their base letters', () => {
    const composed = 'Ségou'; // é as one code point, U+00E9
    const decomposed = 'Se\u0301gou'; // e + combining acute
    expect(compareNames(composed, decomposed)).to.not.equal(0);
    expect(compareNames('İstanbul', 'Istanbul')).to.equal(1); // U+0130 > U+0049
  });
});

describe('compareCodePoints', () => {
  it('orders a character beyond U+FFFF after U+FFFD, as UTF-8 bytes order (UTF-16 code units put it before)', () => {
    const astral = '\u{1F600}'; // U+1F600, written in UTF-16 as D83D DE00
    const replacement = '\uFFFD';
    expect(compareCodePoints(astral, replacement)).to.be.greaterThan(0);
    expect(compareNames(astral, replacement)).to.equal(-1);
  });

  it('agrees with compareNames below U+FFFF, and orders a prefix first', () => {
    const names = ['mali', 'Niger', 'Égypte', 'Benin', 'Mali', 'Ma', 'zambia'];
    expect([...names].sort(compareCodePoints)).to.deep.equal([...names].sort(compareNames));
    expect(compareCodePoints('Ma', 'Mali')).to.be.lessThan(0);
    expect(compareCodePoints('\u{1F600}a', '\u{1F600}b')).to.be.lessThan(0);
    expect(compareCodePoints('JNIM', 'JNIM')).to.equal(0);
  });
});
