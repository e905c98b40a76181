import { expect } from '@open-wc/testing';
import { rowForDatum } from '../../src/base/row-for-datum.js';

describe('rowForDatum', () => {
  const rows = [
    { period: '2025-06-01', group: 'JNIM', value: 3 },
    { period: '2025-07-01', group: 'JNIM', value: 5 },
    { period: '2025-07-01', group: 'IS Sahel', value: 2 },
  ];

  it('finds the row a datum stands for, its period parsed by Vega into a UTC date or a timestamp', () => {
    expect(rowForDatum(rows, { period: new Date(Date.UTC(2025, 6, 1)), group: 'IS Sahel', value: 2 })).to.equal(rows[2]);
    expect(rowForDatum(rows, { period: Date.UTC(2025, 5, 1), group: 'JNIM' })).to.equal(rows[0]);
  });

  it('matches text fields exactly, and finds nothing for a datum of no row', () => {
    expect(rowForDatum([{ country: 'Mali', value: 36 }], { country: 'Mali', value: 36 })).to.deep.equal({
      country: 'Mali',
      value: 36,
    });
    expect(rowForDatum(rows, { period: new Date(Date.UTC(2025, 7, 1)), group: 'JNIM' })).to.equal(undefined);
    expect(rowForDatum(rows, { period: new Date(Date.UTC(2025, 6, 1)), group: 'jnim' })).to.equal(undefined);
  });
});
