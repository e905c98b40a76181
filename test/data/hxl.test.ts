import { expect } from '@open-wc/testing';
import { isHxlRecord, isHxlRow } from '../../src/data/hxl.js';

// HDX copies of ACLED and UCDP carry a hashtag row under the header (docs/data-formats.md).
describe('isHxlRow', () => {
  it('is true when the first non-empty cell starts with #', () => {
    expect(isHxlRow(['#event+code', '#date+occurred', '#affected+killed'])).to.equal(true);
    expect(isHxlRow(['', null, undefined, '  #country+name'])).to.equal(true);
  });

  it('is false for data, for a # later in the row, and for an empty row', () => {
    expect(isHxlRow(['MLI1234', '2024-01-05', '3'])).to.equal(false);
    expect(isHxlRow(['', 'Mali', '#notes'])).to.equal(false);
    expect(isHxlRow(['', '  ', null])).to.equal(false);
    expect(isHxlRow([0, '#x'])).to.equal(false);
  });
});

describe('isHxlRecord', () => {
  it('reads the cells in the order of the columns, not of the object', () => {
    const row = { notes: '#meta+notes', event_id_cnty: 'MLI1234' };
    expect(isHxlRecord(row, ['event_id_cnty', 'notes'])).to.equal(false);
    expect(isHxlRecord(row, ['notes', 'event_id_cnty'])).to.equal(true);
  });

  it('falls back to the object’s own order without columns', () => {
    expect(isHxlRecord({ a: ' ', b: '#date' }, [])).to.equal(true);
    expect(isHxlRecord({ a: 'x', b: '#date' }, [])).to.equal(false);
  });
});
