import { expect } from '@open-wc/testing';
import { formatDay } from '../../../src/util/dates.js';
import { read, brief, csv, UCDP_HEADER } from './fixtures.js';

describe('UCDP GED', () => {
  it('reads the official CSV with dates like 2019-06-30 00:00:00.000', () => {
    const text = csv(UCDP_HEADER, [
      {
        id: '300001', relid: 'MLI-2019-1-15108-1', year: '2019', type_of_violence: '1', side_a: 'Government of Mali',
        side_b: 'JNIM', source_article: '"AFP,2019-06-30,Attack, in Mopti"', country: 'Mali',
        date_start: '2019-06-30 00:00:00.000', date_end: '2019-07-01 00:00:00.000', best: '9', high: '10', low: '8',
      },
      {
        id: '300002', type_of_violence: '3', side_a: 'IS', side_b: 'Civilians', source_article: 'line one\nline two',
        country: 'Niger', date_start: '2019-12-31 00:00:00.000', best: '0',
      },
    ]);
    const result = read(text);
    expect(result.format).to.equal('ucdp');
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: '300001', date: '2019-06-30', precision: 'day', country: 'Mali', actors: ['Government of Mali', 'JNIM'], eventType: 'State-based conflict', fatalities: 9, value: 1 },
      { record: 2, id: '300002', date: '2019-12-31', precision: 'day', country: 'Niger', actors: ['IS', 'Civilians'], eventType: 'One-sided violence', fatalities: 0, value: 1 },
    ]);
  });

  it('reads the HDX copy: index column, HXL row and floats', () => {
    const header = ['', 'id', 'year', 'type_of_violence', 'side_a', 'side_b', 'country', 'date_start', 'date_end', 'best', 'iso3'];
    const text = csv(
      header,
      [
        { '': '648', id: '237272.0', year: '2017', type_of_violence: '2.0', side_a: 'Fulani', side_b: 'Tiv', country: 'Nigeria', date_start: '2017-01-01 00:00:00.000', best: '4', iso3: 'NGA' },
        { '': '649', id: '236952.0', year: '2017', type_of_violence: '1.0', side_a: 'Government of Nigeria', side_b: 'IS', country: 'Nigeria', date_start: '2017-01-02 00:00:00.000', best: '1.0', iso3: 'NGA' },
      ],
      { year: '#date+year', side_a: '#group+name+first', side_b: '#group+name+second', country: '#country+name', best: '#affected+killed' },
    );
    const result = read(text);
    expect(result.format).to.equal('ucdp');
    expect(result.columns).to.not.include('');
    expect(result.recordsRead).to.equal(2);
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: '237272', date: '2017-01-01', precision: 'day', country: 'Nigeria', actors: ['Fulani', 'Tiv'], eventType: 'Non-state conflict', fatalities: 4, value: 1 },
      { record: 2, id: '236952', date: '2017-01-02', precision: 'day', country: 'Nigeria', actors: ['Government of Nigeria', 'IS'], eventType: 'State-based conflict', fatalities: 1, value: 1 },
    ]);
  });

  it('reads the R export (the real GED 23.1 sample)', async () => {
    const result = read(await (await fetch('/data/ucdp_ged231_sample_westafrica_2017-2022.csv')).text());
    expect(result.format).to.equal('ucdp');
    expect(result.recordsRead).to.equal(19);
    expect(result.skipped).to.deep.equal([]);
    const byCountry: Record<string, number> = {};
    for (const e of result.events) byCountry[e.country] = (byCountry[e.country] ?? 0) + 1;
    expect(byCountry).to.deep.equal({ Mali: 5, 'Burkina Faso': 4, Niger: 1, Nigeria: 9 });
    expect(formatDay(result.events[0].day)).to.equal('2017-03-29');
    expect(formatDay(result.events[18].day)).to.equal('2022-11-21');
    const isJnim = result.events.filter((e) => e.actors[0] === 'IS' && e.actors[1] === 'JNIM');
    expect(isJnim.map(brief)).to.deep.include({
      record: isJnim[0].record, id: isJnim[0].id, date: '2020-08-22', precision: 'day', country: 'Mali',
      actors: ['IS', 'JNIM'], eventType: 'Non-state conflict', fatalities: 12, value: 1,
    });
  });

  it('reads API JSON, with numbers as numbers or as strings', () => {
    const event = {
      id: 636243, relid: 'BEN-2026-1-16685-12', year: 2026, active_year: true, type_of_violence: 1,
      conflict_name: 'Benin: Government', dyad_name: 'Government of Benin - JNIM', side_a: 'Government of Benin',
      side_b: 'JNIM', country: 'Benin', country_id: 434, region: 'Africa', latitude: 10.42486, longitude: 1.71466,
      date_start: '2026-07-10T00:00:00', date_end: '2026-07-10T00:00:00', best: 6, high: 6, low: 6,
    };
    const text = JSON.stringify({
      TotalCount: 2, TotalPages: 1, PreviousPageUrl: '', NextPageUrl: '',
      Result: [event, { ...event, id: '636244', type_of_violence: '2', best: '3', date_start: '2026-07-11T00:00:00Z' }],
    });
    const result = read(text);
    expect(result.format).to.equal('ucdp');
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: '636243', date: '2026-07-10', precision: 'day', country: 'Benin', actors: ['Government of Benin', 'JNIM'], eventType: 'State-based conflict', fatalities: 6, value: 1 },
      { record: 2, id: '636244', date: '2026-07-11', precision: 'day', country: 'Benin', actors: ['Government of Benin', 'JNIM'], eventType: 'Non-state conflict', fatalities: 3, value: 1 },
    ]);
  });

  it('takes the id from relid when there is no id column', () => {
    const result = read('relid,date_start,side_a,side_b,best,country\nMLI-1,2020-01-02,A,B,1,Mali\n');
    expect(result.events[0].id).to.equal('MLI-1');
  });
});
