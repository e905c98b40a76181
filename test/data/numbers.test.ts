import { expect } from '@open-wc/testing';
import { parseNumber } from '../../src/data/numbers.js';

describe('parseNumber', () => {
  it('reads numbers and numeric strings', () => {
    expect(parseNumber(12)).to.equal(12);
    expect(parseNumber(0)).to.equal(0);
    expect(parseNumber('12')).to.equal(12);
    expect(parseNumber(' 12 ')).to.equal(12);
    expect(parseNumber('1.0')).to.equal(1);
    expect(parseNumber('237272.0')).to.equal(237272);
    expect(parseNumber('-3')).to.equal(-3);
    expect(parseNumber('.5')).to.equal(0.5);
    expect(parseNumber('1e3')).to.equal(1000);
  });

  it('reads thousands separators and a decimal comma', () => {
    expect(parseNumber('1,234')).to.equal(1234);
    expect(parseNumber('12,345,678')).to.equal(12345678);
    expect(parseNumber('1 234')).to.equal(1234);
    expect(parseNumber('1\u00a0234')).to.equal(1234);
    expect(parseNumber('1,234.5')).to.equal(1234.5);
    expect(parseNumber('2,5')).to.equal(2.5);
  });

  it('returns null for a missing cell', () => {
    expect(parseNumber('')).to.equal(null);
    expect(parseNumber('   ')).to.equal(null);
    expect(parseNumber(null)).to.equal(null);
    expect(parseNumber(undefined)).to.equal(null);
  });

  it('returns NaN for a cell that is not a number', () => {
    for (const text of ['n/a', 'NA', '-', 'twelve', '12 dead', '1 23', Infinity, NaN, {}, true]) {
      expect(Number.isNaN(parseNumber(text)), String(text)).to.equal(true);
    }
  });

  it('returns NaN for digits too large to be a finite number', () => {
    for (const cell of ['1e999', '-1e400', `1${'0'.repeat(400)}`, `1,${'000,'.repeat(110)}000`, 10n ** 400n]) {
      expect(Number.isNaN(parseNumber(cell)), String(cell).slice(0, 20)).to.equal(true);
    }
    expect(parseNumber('1e308')).to.equal(1e308);
    expect(parseNumber(2n ** 53n)).to.equal(2 ** 53);
  });
});
