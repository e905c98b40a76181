import { expect } from '@open-wc/testing';
import { csvParseRows } from 'd3-dsv';
import { toCSV } from '../../src/export/to-csv.js';

describe('toCSV', () => {
  it('neutralises cells a spreadsheet would run as formulas', () => {
    const rows = [
      { actor: '=HYPERLINK("http://x","click")', value: 1 },
      { actor: '+1+1', value: -3 },
      { actor: '-2+3', value: 0 },
      { actor: '@SUM(A1:A9)', value: 2 },
      { actor: 'JNIM', value: 54 },
    ];
    const parsed = csvParseRows(toCSV(rows));
    expect(parsed).to.deep.equal([
      ['actor', 'value'],
      ['\'=HYPERLINK("http://x","click")', '1'],
      ["'+1+1", '-3'],
      ["'-2+3", '0'],
      ["'@SUM(A1:A9)", '2'],
      ['JNIM', '54'],
    ]);
  });

  it('quotes commas, quotes and line breaks so a CSV parser reads the cells back', () => {
    const rows = [{ country: 'Congo, Dem. Rep.', note: 'said "no"\nthen left' }];
    expect(csvParseRows(toCSV(rows))[1]).to.deep.equal(['Congo, Dem. Rep.', 'said "no"\nthen left']);
  });

  it('keeps the given column order and leaves missing cells empty', () => {
    expect(toCSV([{ b: 2 }], ['a', 'b'])).to.equal('a,b\r\n,2\r\n');
  });
});
