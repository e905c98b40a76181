import { expect } from '@open-wc/testing';
import { formatDay } from '../../src/util/dates.js';
import { detectFormat } from '../../src/data/formats/detect.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import type { ConflictEvent, NormalizeOptions } from '../../src/data/types.js';

/* ACLED rows here are invented (ACLED data may not be redistributed); UCDP rows are UCDP's. */

function read(text: string, options: NormalizeOptions = {}) {
  const { rows, columns } = parseTable(text);
  return normalizeRows(rows, columns, options);
}

/** The fields a test cares about, with the day written out. */
const brief = (e: ConflictEvent) => ({
  record: e.record,
  id: e.id,
  date: formatDay(e.day),
  precision: e.precision,
  country: e.country,
  actors: e.actors,
  eventType: e.eventType,
  fatalities: e.fatalities,
  value: e.value,
});

/** A CSV line from cells, quoting those that need it. */
const line = (cells: string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** A CSV file with `header`; each row names only the cells it fills. */
function csv(header: string[], rows: Record<string, string>[], hxl?: Record<string, string>): string {
  const lines = [line(header)];
  if (hxl) lines.push(line(header.map((h) => hxl[h] ?? '')));
  for (const row of rows) lines.push(line(header.map((h) => row[h] ?? '')));
  return lines.join('\n') + '\n';
}

const ACLED_HEADER = (
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
  'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'
).split(',');

const ACLED_HDX_HEADER = (
  'data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,' +
  'assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3'
).split(',');

const UCDP_HEADER = (
  'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,' +
  'dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,' +
  'number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,' +
  'where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,' +
  'region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,' +
  'low,gwnoa,gwnob'
).split(',');

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
