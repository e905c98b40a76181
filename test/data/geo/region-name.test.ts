import { expect } from '@open-wc/testing';
import { normalizeRegionName } from '../../../src/data/geo/region-name.js';

describe('normalizeRegionName', () => {
  it('matches UCDP GED’s "Borno state" with Natural Earth’s "Borno", in any case', () => {
    expect(normalizeRegionName('Borno state')).to.equal('borno');
    expect(normalizeRegionName('BORNO State')).to.equal(normalizeRegionName('Borno'));
  });

  it('drops accents, punctuation and the kind of region before or after the name', () => {
    expect(normalizeRegionName('Centre Nord region')).to.equal('centre nord');
    expect(normalizeRegionName('Centre-Nord')).to.equal('centre nord');
    expect(normalizeRegionName('Région de Tillabéri')).to.equal('tillaberi');
    expect(normalizeRegionName('Tillabéri')).to.equal('tillaberi');
    expect(normalizeRegionName('Province of Soum')).to.equal('soum');
  });

  it('keeps a name that is only a kind of region, and its longer forms apart', () => {
    expect(normalizeRegionName('Federal Capital territory')).to.equal('federal capital');
    expect(normalizeRegionName('Federal Capital Territory')).to.equal('federal capital');
    expect(normalizeRegionName('Region')).to.equal('region');
    expect(normalizeRegionName('Niger')).not.to.equal(normalizeRegionName('Nigeria'));
  });
});
