import { expect } from '@open-wc/testing';
import { defaultSourceFor, measureLabelFor } from '../../src/specs/labels.js';
import { en, fr } from '../../src/locale/index.js';

describe('measureLabelFor', () => {
  it('names the measure and the dataset the reader sees', () => {
    expect(measureLabelFor({ measure: 'events', format: 'ucdp' }, en)).to.equal('UCDP lethal events');
    expect(measureLabelFor({ measure: 'events', format: 'acled' }, en)).to.equal('ACLED events');
    expect(measureLabelFor({ measure: 'events', format: 'generic' }, en)).to.equal('Events');
    expect(measureLabelFor({ measure: 'fatalities', format: 'ucdp' }, en)).to.equal('Fatalities (UCDP best estimate)');
    expect(measureLabelFor({ measure: 'fatalities', format: 'generic' }, fr)).to.equal('Morts');
  });

  it('prefers the author’s label, then the value column’s name', () => {
    const options = { measure: 'events', format: 'generic', valueField: 'claimed_attacks' } as const;
    expect(measureLabelFor(options, en)).to.equal('Claimed attacks');
    expect(measureLabelFor({ ...options, measureLabel: 'Attaques revendiquées' }, en)).to.equal('Attaques revendiquées');
  });
});

describe('defaultSourceFor', () => {
  it('credits UCDP and ACLED, and nothing for other tables', () => {
    expect(defaultSourceFor('ucdp', en)).to.equal('Data: UCDP GED (CC BY 4.0)');
    expect(defaultSourceFor('acled', en)).to.equal('Data: Armed Conflict Location & Event Data (ACLED), acleddata.com');
    expect(defaultSourceFor('generic', en)).to.equal(undefined);
    expect(defaultSourceFor(undefined, en)).to.equal(undefined);
  });

  it('adds the access date ACLED’s attribution policy asks for, in the reader’s language', () => {
    expect(defaultSourceFor('acled', en, '2025-07-15')).to.equal(
      'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com, accessed 15 July 2025',
    );
    expect(defaultSourceFor('acled', fr, '2025-07-15')).to.equal(
      'Données : Armed Conflict Location & Event Data (ACLED), acleddata.com, consultées le 15 juillet 2025',
    );
    expect(defaultSourceFor('ucdp', en, '2025-07')).to.equal('Data: UCDP GED (CC BY 4.0), accessed July 2025');
    expect(defaultSourceFor('ucdp', en, 'last week')).to.equal('Data: UCDP GED (CC BY 4.0)');
  });
});
