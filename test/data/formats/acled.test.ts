import { expect } from '@open-wc/testing';
import { read, brief, csv, ACLED_HEADER, ACLED_HDX_HEADER } from './fixtures.js';

describe('ACLED', () => {
  it('reads a current export, ignoring associated actors', () => {
    const text = csv(ACLED_HEADER, [
      {
        event_id_cnty: 'BFO9001', event_date: '2025-07-14', year: '2025', event_type: 'Battles',
        actor1: 'JNIM: Group for Support of Islam and Muslims', assoc_actor_1: 'Katiba Macina',
        actor2: 'Military Forces of Burkina Faso (2022-)', country: 'Burkina Faso',
        notes: 'On 14 July 2025, militants attacked a post, "killing" 12, the army said.', fatalities: '12',
      },
      {
        event_id_cnty: 'MLI9002', event_date: '2025-07-20', event_type: 'Violence against civilians',
        actor1: 'Islamic State Sahel Province', actor2: 'Civilians (Mali)', country: 'Mali', fatalities: '0',
      },
    ]);
    const result = read(text);
    expect(result.format).to.equal('acled');
    expect(result.recordsRead).to.equal(2);
    expect(result.preAggregated).to.equal(false);
    expect(result.events.map(brief)).to.deep.equal([
      {
        record: 1, id: 'BFO9001', date: '2025-07-14', precision: 'day', country: 'Burkina Faso',
        actors: ['JNIM: Group for Support of Islam and Muslims', 'Military Forces of Burkina Faso (2022-)'],
        eventType: 'Battles', fatalities: 12, value: 1,
      },
      {
        record: 2, id: 'MLI9002', date: '2025-07-20', precision: 'day', country: 'Mali',
        actors: ['Islamic State Sahel Province', 'Civilians (Mali)'],
        eventType: 'Violence against civilians', fatalities: 0, value: 1,
      },
    ]);
  });

  it('reads an HDX copy: HXL row 2 and Excel dates such as 16-Feb-21', () => {
    const text = csv(
      ACLED_HDX_HEADER,
      [
        { data_id: '1', event_id_cnty: 'BFO4001', event_date: '16-Feb-21', event_type: 'Battles', actor1: 'Islamic State (West Africa) - Greater Sahara Faction', actor2: 'Military Forces of Burkina Faso (2015-2022)', country: 'Burkina Faso', fatalities: '7' },
        { data_id: '2', event_id_cnty: 'BFO4002', event_date: '12-September-22', event_type: 'Explosions/Remote violence', actor1: 'Unidentified Armed Group (Burkina Faso)', country: 'Burkina Faso', fatalities: '3' },
      ],
      { data_id: '#x', event_id_cnty: '#event+code', event_date: '#date+occurred', actor1: '#group+name+first', fatalities: '#affected+killed' },
    );
    const result = read(text);
    expect(result.format).to.equal('acled');
    expect(result.recordsRead).to.equal(2);
    expect(result.skipped).to.deep.equal([]);
    expect(result.events.map(brief)).to.deep.equal([
      {
        record: 1, id: 'BFO4001', date: '2021-02-16', precision: 'day', country: 'Burkina Faso',
        actors: ['Islamic State (West Africa) - Greater Sahara Faction', 'Military Forces of Burkina Faso (2015-2022)'],
        eventType: 'Battles', fatalities: 7, value: 1,
      },
      {
        record: 2, id: 'BFO4002', date: '2022-09-12', precision: 'day', country: 'Burkina Faso',
        actors: ['Unidentified Armed Group (Burkina Faso)'], eventType: 'Explosions/Remote violence', fatalities: 3, value: 1,
      },
    ]);
  });

  it('merges the rows a monadic export repeats for each actor', () => {
    const text = csv(ACLED_HEADER, [
      { event_id_cnty: 'NIG1', event_date: '2025-07-01', event_type: 'Battles', actor1: 'JNIM: Group for Support of Islam and Muslims', actor2: 'Military Forces of Niger (2023-)', country: 'Niger', fatalities: '5' },
      { event_id_cnty: 'NIG2', event_date: '2025-07-02', event_type: 'Battles', actor1: 'A', country: 'Niger', fatalities: '1' },
      { event_id_cnty: 'NIG1', event_date: '2025-07-01', event_type: 'Battles', actor1: 'Military Forces of Niger (2023-)', actor2: 'JNIM: Group for Support of Islam and Muslims', country: 'Niger', fatalities: '5' },
      { event_id_cnty: 'NIG2', event_date: '2025-07-02', event_type: 'Battles', actor1: 'B', country: 'Niger', fatalities: '1' },
    ]);
    const result = read(text);
    expect(result.recordsRead).to.equal(4);
    expect(result.mergedRecords).to.equal(2);
    expect(result.events.map((e) => [e.record, e.id, e.actors, e.fatalities])).to.deep.equal([
      [1, 'NIG1', ['JNIM: Group for Support of Islam and Muslims', 'Military Forces of Niger (2023-)'], 5],
      [2, 'NIG2', ['A', 'B'], 1],
    ]);
    expect(result.events.length + result.mergedRecords + result.skipped.length).to.equal(result.recordsRead);
  });

  it('reads API JSON whose values are all strings', () => {
    const row = {
      event_id_cnty: 'BFO3937', event_date: '2020-08-01', year: '2020', time_precision: '1',
      disorder_type: 'Political violence', event_type: 'Violence against civilians', sub_event_type: 'Attack',
      actor1: 'Unidentified Armed Group (Burkina Faso)', assoc_actor_1: '', inter1: '3',
      actor2: 'Civilians (Burkina Faso)', assoc_actor_2: '', inter2: '7', interaction: '37',
      civilian_targeting: 'Civilian targeting', iso: '854', region: 'Western Africa', country: 'Burkina Faso',
      admin1: 'Est', latitude: '12.1580', longitude: '0.9310', notes: 'Invented note.', fatalities: '4',
      tags: '', timestamp: '1596481841',
    };
    const text = JSON.stringify({ status: 200, success: true, last_update: 3, count: 2, messages: [], data: [row, { ...row, event_id_cnty: 'BFO3938', actor2: '', fatalities: '' }] });
    const result = read(text);
    expect(result.format).to.equal('acled');
    expect(result.events.map(brief)).to.deep.equal([
      {
        record: 1, id: 'BFO3937', date: '2020-08-01', precision: 'day', country: 'Burkina Faso',
        actors: ['Unidentified Armed Group (Burkina Faso)', 'Civilians (Burkina Faso)'],
        eventType: 'Violence against civilians', fatalities: 4, value: 1,
      },
      {
        record: 2, id: 'BFO3938', date: '2020-08-01', precision: 'day', country: 'Burkina Faso',
        actors: ['Unidentified Armed Group (Burkina Faso)'], eventType: 'Violence against civilians', fatalities: 0, value: 1,
      },
    ]);
  });

  it('matches columns whatever their case', () => {
    const result = read('Event_Date,Actor1,Actor2,Country,Event_Type,Fatalities,Event_ID_Cnty\n15-07-2025,X,Y,Mali,Battles,2,M1\n');
    expect(result.format).to.equal('acled');
    expect(result.events.map(brief)).to.deep.equal([
      { record: 1, id: 'M1', date: '2025-07-15', precision: 'day', country: 'Mali', actors: ['X', 'Y'], eventType: 'Battles', fatalities: 2, value: 1 },
    ]);
  });
});
