import { expect } from '@open-wc/testing';
import { detectFormat } from '../../../src/data/formats/detect.js';
import { ACLED_HEADER, ACLED_HDX_HEADER, UCDP_HEADER } from './fixtures.js';

describe('detectFormat', () => {
  it('recognises ACLED, UCDP and anything else, in any case', () => {
    expect(detectFormat(ACLED_HEADER)).to.equal('acled');
    expect(detectFormat(ACLED_HDX_HEADER)).to.equal('acled');
    expect(detectFormat(['Event_Date', 'Actor1', 'Country'])).to.equal('acled');
    expect(detectFormat(UCDP_HEADER)).to.equal('ucdp');
    expect(detectFormat(['DATE_START', 'SIDE_B', 'BEST'])).to.equal('ucdp');
    expect(detectFormat(['event_date', 'actor1'])).to.equal('generic');
    expect(detectFormat(['date_start', 'side_a'])).to.equal('generic');
    expect(detectFormat(['month', 'country', 'actor', 'claimed_attacks'])).to.equal('generic');
  });
});
