import { expect } from '@open-wc/testing';
import { sortCodes } from '../../src/data/top-groups.js';

describe('data/top-groups', () => {
  it('sortCodes: present groups by descending total, ties by name in code-point order, Other last', () => {
    const names = ['Niger', 'Other', 'Mali', 'Benin', 'Togo', 'Burkina Faso'];
    const totals = Float64Array.from([7, 90, 36, 7, 0, 54]);
    const present = Uint8Array.from([1, 1, 1, 1, 0, 1]);
    // Togo has no events: absent. Benin and Niger tie at 7: B before N. Other is last despite 90.
    expect(sortCodes(names, totals, present, 'Other').map((code) => names[code])).to.deep.equal([
      'Burkina Faso',
      'Mali',
      'Benin',
      'Niger',
      'Other',
    ]);
  });
});
