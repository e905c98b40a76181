import { expect } from '@open-wc/testing';
import { ATLAS_110M } from '../../../src/data/geo/atlas-110m.js';
import { COUNTRY_CODES } from '../../../src/data/geo/country-codes.js';
import { isoNumeric, normalizeCountryName } from '../../../src/data/geo/country-name.js';

const codeOf = (name: string) => COUNTRY_CODES[normalizeCountryName(name)];

describe('normalizeCountryName', () => {
  it('ignores case, accents, punctuation and a leading "the"', () => {
    expect(normalizeCountryName("  Côte d'Ivoire ")).to.equal('cote d ivoire');
    expect(normalizeCountryName('Côte-d’Ivoire')).to.equal('cote d ivoire');
    expect(normalizeCountryName('The Gambia')).to.equal('gambia');
  });
});

describe('isoNumeric', () => {
  it('writes a code as world-atlas does, and refuses what is not one', () => {
    expect(isoNumeric(4)).to.equal('004');
    expect(isoNumeric('854')).to.equal('854');
    expect(isoNumeric(' 76 ')).to.equal('076');
    expect([undefined, '', 'BFA', 0, 1000, 8.5].map(isoNumeric)).to.deep.equal(Array(6).fill(undefined));
  });
});

describe('COUNTRY_CODES', () => {
  // ISO 3166-1 numeric codes as the standard publishes them.
  it('knows the Sahel and the coastal states by their English, French, UCDP and ACLED names', () => {
    const expected: Record<string, string> = {
      Mali: '466',
      'Burkina Faso': '854',
      Niger: '562',
      Nigeria: '566',
      Chad: '148',
      Tchad: '148',
      Benin: '204',
      Bénin: '204',
      Togo: '768',
      Ghana: '288',
      'Ivory Coast': '384',
      "Côte d'Ivoire": '384',
      'Côte-d’Ivoire': '384',
      Mauritania: '478',
      Mauritanie: '478',
      Cameroon: '120',
      Cameroun: '120',
      Senegal: '686',
      Sénégal: '686',
      'DR Congo (Zaire)': '180',
      'Democratic Republic of Congo': '180',
      'République démocratique du Congo': '180',
      'Republic of Congo': '178',
      Congo: '178',
      'Russia (Soviet Union)': '643',
      'Kingdom of eSwatini (Swaziland)': '748',
      'Yemen (North Yemen)': '887',
      'Myanmar (Burma)': '104',
      Palestine: '275',
    };
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, codeOf(name)]))).to.deep.equal(expected);
  });

  it('reaches every country the atlas draws', () => {
    const codes = new Set(Object.values(COUNTRY_CODES));
    const drawn = ATLAS_110M.objects.countries.geometries.flatMap((geometry) => (geometry.id ? [geometry.id] : []));
    expect(drawn.filter((id) => !codes.has(id))).to.deep.equal([]);
    expect(drawn.length).to.be.greaterThan(170);
  });

  it('does not guess a name it does not know', () => {
    expect(codeOf('Atlantis')).to.equal(undefined);
    expect(codeOf('Sahel')).to.equal(undefined);
  });
});
