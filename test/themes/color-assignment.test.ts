import { expect } from '@open-wc/testing';
import { assignColors, resetColorAssignments } from '../../src/themes/color-assignment.js';

const PALETTE = ['blue', 'orange', 'green'];

describe('assignColors', () => {
  beforeEach(() => resetColorAssignments());

  it('keeps a name’s colour from one chart to the next on the page', () => {
    expect(assignColors(['JNIM', 'IS Sahel'], PALETTE)).to.deep.equal({ JNIM: 'blue', 'IS Sahel': 'orange' });
    // The breakdown lists them the other way round: JNIM stays blue.
    expect(assignColors(['IS Sahel', 'JNIM'], PALETTE)).to.deep.equal({ 'IS Sahel': 'orange', JNIM: 'blue' });
  });

  it('gives a name whose page-wide colour is taken in this chart the first free one', () => {
    assignColors(['A', 'B', 'C', 'D'], PALETTE); // D wraps round to blue, A's colour
    expect(assignColors(['A', 'D'], PALETTE)).to.deep.equal({ A: 'blue', D: 'orange' });
  });

  it('uses the author’s colours first, and reuses when the palette runs out', () => {
    expect(assignColors(['Mali', 'Niger'], PALETTE, { Mali: '#c1272d' })).to.deep.equal({ Mali: '#c1272d', Niger: 'blue' });
    const many = assignColors(['a', 'b', 'c', 'd'], PALETTE);
    expect(Object.values(many)).to.have.length(4);
    expect(new Set(Object.values(many))).to.deep.equal(new Set(PALETTE));
  });
});
