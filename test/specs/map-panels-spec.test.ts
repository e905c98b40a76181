import { expect } from '@open-wc/testing';
import { panelColumns } from '../../src/specs/map-panels-spec.js';

describe('panelColumns', () => {
  it('lays small maps in one column under 480 px, else as many as fit at 240 px each, never more than the maps', () => {
    expect(panelColumns(360, 3)).to.equal(1);
    expect(panelColumns(479, 12)).to.equal(1);
    expect(panelColumns(504, 12)).to.equal(2);
    expect(panelColumns(800, 12)).to.equal(3);
    expect(panelColumns(1260, 12)).to.equal(5);
    expect(panelColumns(1260, 2)).to.equal(2);
  });
});
