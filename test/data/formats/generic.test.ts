import { expect } from '@open-wc/testing';
import { read, brief, csv, ACLED_HEADER } from './fixtures.js';

describe('generic tables', () => {
  it('reads the columns named by the field mapping', () => {
    const text = 'Datum;Land;Groupe 1;Groupe 2;Typ;Tote;Sonst\n15 juillet 2025;Mali;JNIM;FAMa;Attaque;3;x\n2025-07-16;Niger;IS Sahel;;Embuscade;n/a;y\n';
    const result = read(text, {
      fields: { date: 'datum', country: 'Land', actor: ['Groupe 1', 'Groupe 2'], type: 'Typ', fatalities: 'Tote' },
    });
    expect(result.format).to.equal('generic');
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: undefined, date: '2025-07-15', precision: 'day', country: 'Mali', actors: ['JNIM', 'FAMa'], eventType: 'Attaque', fatalities: 3, value: 1 },
      { record: 2, id: undefined, date: '2025-07-16', precision: 'day', country: 'Niger', actors: ['IS Sahel'], eventType: 'Embuscade', fatalities: 0, value: 1 },
    ]);
  });

  it('guesses the usual column names', () => {
    const result = read('Date,Country,Actor,Type,Deaths\n2025-07-15,Mali,JNIM,Attack,2\n');
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: undefined, date: '2025-07-15', precision: 'day', country: 'Mali', actors: ['JNIM'], eventType: 'Attack', fatalities: 2, value: 1 },
    ]);
  });

  it('lets a mapping override one column of ACLED data', () => {
    const text = csv(ACLED_HEADER, [{ event_id_cnty: 'X1', event_date: '2025-07-01', actor1: 'A', country: 'Mali', admin1: 'Mopti', fatalities: '2' }]);
    const result = read(text, { fields: { country: 'admin1' } });
    expect(result.format).to.equal('acled');
    expect(result.events[0].country).to.equal('Mopti');
  });

  it('reads a pre-aggregated table with a value field (the CEP claims file)', async () => {
    const text = await (await fetch('/data/jnim_claims_cep_2025.csv')).text();
    const result = read(text, { fields: { value: 'claimed_attacks' } });
    expect(result.format).to.equal('generic');
    expect(result.preAggregated).to.equal(true);
    expect(result.coarsestPrecision).to.equal('month');
    expect(result.recordsRead).to.equal(8);
    expect(result.events.map(brief)[4]).to.deep.equal({
      record: 5, id: undefined, date: '2025-07-01', precision: 'month', country: 'Burkina Faso', actors: ['JNIM'], eventType: '', fatalities: 0, value: 54,
    });
    expect(result.events.every((e) => e.preAggregated === true)).to.equal(true);
  });
});
