import { expect } from '@open-wc/testing';
import { renameGroups } from '../../src/data/rename-groups.js';

describe('renameGroups', () => {
  it('shows the translated group names and keeps the others', () => {
    const rows = [
      { period: '2024-01-01', group: 'Battles', value: 3 },
      { period: '2024-01-01', group: 'JNIM', value: 2 },
      { period: '2024-01-01', value: 5 },
    ];
    expect(renameGroups(rows, { Battles: 'Batailles' })).to.deep.equal([
      { period: '2024-01-01', group: 'Batailles', value: 3 },
      { period: '2024-01-01', group: 'JNIM', value: 2 },
      { period: '2024-01-01', value: 5 },
    ]);
  });

  it('leaves the rows it is given untouched', () => {
    const rows = [{ group: 'Battles', value: 1 }];
    renameGroups(rows, { Battles: 'Batailles' });
    expect(rows[0].group).to.equal('Battles');
    expect(renameGroups(rows, {})).to.equal(rows);
  });
});
