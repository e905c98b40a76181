import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { aggregateTimeline } from '../../src/data/aggregate.js';
import { aggregateLocations, locationKind } from '../../src/data/locations.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import { parseCalendarDate } from '../../src/util/dates.js';
import { COUNTING as counting } from '../helpers/counting.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';


/** The file's events as the test reads them itself: year, precision, coordinates, violence type. */
async function csvRows(url: string) {
  const text = await (await fetch(url)).text();
  return {
    text,
    rows: csvParse(text).map((row) => ({
      year: row.date_start!.slice(0, 4),
      wherePrec: Number(row.where_prec),
      latitude: Number(row.latitude),
      longitude: Number(row.longitude),
      type: Number(row.type_of_violence),
    })),
  };
}

async function read(url: string) {
  const table = parseTable(await (await fetch(url)).text(), 'csv');
  return normalizeRows(table.rows, table.columns);
}

describe('aggregateLocations', () => {
  it('per year, the dots plus the events left out equal the timeline of the same file, and the file’s own count', async () => {
    const { rows: events } = await csvRows(NIGERIA);
    const normalized = await read(NIGERIA);
    for (const year of ['2017', '2018', '2019']) {
      const filters = { from: parseCalendarDate(year)!, to: parseCalendarDate(year)! };
      const dots = aggregateLocations(normalized.table, { ...counting, filters, groupBy: 'none' });
      const drawn = dots.rows.reduce((sum, row) => sum + row.value, 0);
      const [timeline] = aggregateTimeline(normalized.table, { ...counting, filters, interval: 'year', groupBy: 'none' });
      const inYear = events.filter((event) => event.year === year);
      expect(drawn + dots.skipped.length, year).to.equal(timeline.value);
      expect(timeline.value, year).to.equal(inYear.length);
      // UCDP where_prec 6 or 7: the country only, or waters and airspace — no dot.
      expect(dots.skipped.length, year).to.equal(inYear.filter((event) => event.wherePrec >= 6).length);
    }
  });

  it('makes one dot per distinct place and precision, largest first, hollow where the location is approximate', async () => {
    const { rows: events } = await csvRows(NIGERIA);
    const placed = events.filter((event) => event.wherePrec < 6);
    const counts = new Map<string, number>();
    for (const event of placed) {
      const key = `${event.latitude} ${event.longitude} ${event.wherePrec >= 4}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const { rows } = aggregateLocations((await read(NIGERIA)).table, { ...counting, groupBy: 'none' });
    expect(rows).to.have.length(counts.size);
    const largest = Math.max(...counts.values());
    expect(rows[0].value).to.equal(largest);
    for (let i = 1; i < rows.length; i++) expect(rows[i].value).to.be.at.most(rows[i - 1].value);
    const hollow = rows.filter((row) => row.approximate).reduce((sum, row) => sum + row.value, 0);
    expect(hollow).to.equal(placed.filter((event) => event.wherePrec >= 4).length);
    for (const row of rows.slice(0, 20)) {
      expect(counts.get(`${row.latitude} ${row.longitude} ${Boolean(row.approximate)}`)).to.equal(row.value);
    }
  });

  it('colours by violence type: each type’s dots add up to the events of that type that have a place', async () => {
    const { rows: events } = await csvRows(NIGERIA);
    const { rows } = aggregateLocations((await read(NIGERIA)).table, { ...counting, groupBy: 'event-type' });
    const names: Record<number, string> = { 1: 'State-based conflict', 2: 'Non-state conflict', 3: 'One-sided violence' };
    for (const [code, name] of Object.entries(names)) {
      const total = rows.filter((row) => row.group === name).reduce((sum, row) => sum + row.value, 0);
      expect(total, name).to.equal(events.filter((event) => event.type === Number(code) && event.wherePrec < 6).length);
    }
  });

  it('sums fatalities per place, and draws no dot for a place without any', async () => {
    const text = await (await fetch(NIGERIA)).text();
    const best = csvParse(text).filter((row) => Number(row.where_prec) < 6).reduce((sum, row) => sum + Number(row.best), 0);
    const normalized = await read(NIGERIA);
    const { rows } = aggregateLocations(normalized.table, { ...counting, measure: 'fatalities', groupBy: 'none' });
    expect(rows.reduce((sum, row) => sum + row.value, 0)).to.equal(best);
    expect(rows.every((row) => row.value > 0)).to.equal(true);
  });

  it('leaves out coordinates that are missing, out of range or 0,0, each with its reason and record', () => {
    const header = 'id,date_start,country,side_a,side_b,type_of_violence,best,where_prec,latitude,longitude,where_coordinates';
    const lines = [
      '1,2020-01-02,Mali,A,B,1,3,1,14.5,-4.2,Mopti town',
      '2,2020-01-03,Mali,A,B,1,3,1,,,Nowhere',
      '3,2020-01-04,Mali,A,B,1,3,1,95,-4.2,Too far north',
      '4,2020-01-05,Mali,A,B,1,3,1,0,0,Null Island',
      '5,2020-01-06,Mali,A,B,1,3,7,14,-4,Airspace',
      '6,2020-01-07,Mali,A,B,1,3,4,14.5,-4.2,Mopti region',
    ];
    const table = parseTable([header, ...lines].join('\n'), 'csv');
    const { rows, skipped } = aggregateLocations(normalizeRows(table.rows, table.columns).table, { ...counting, groupBy: 'none' });
    expect(rows.map((row) => [row.place, row.approximate ?? false])).to.deep.equal([
      ['Mopti region', true],
      ['Mopti town', false],
    ]);
    expect(skipped).to.deep.equal([
      { record: 2, reason: 'coordinates missing or invalid' },
      { record: 3, reason: 'coordinates missing or invalid' },
      { record: 4, reason: 'coordinates missing or invalid' },
      { record: 5, reason: 'location known only to the country' },
    ]);
  });

  it('says a map of points needs coordinates when the data has none', async () => {
    const table = parseTable(await (await fetch('/data/jnim_claims_cep_2025.csv')).text(), 'csv');
    const normalized = normalizeRows(table.rows, table.columns, { fields: { date: 'month', value: 'claimed_attacks' } });
    expect(() => aggregateLocations(normalized.table, { ...counting, groupBy: 'none' })).to.throw(/latitude and longitude/);
  });
});

describe('locationKind', () => {
  it('reads UCDP where_prec and ACLED geo_precision as their codebooks define them', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((code) => locationKind('ucdp', code))).to.deep.equal([
      'exact',
      'exact',
      'exact',
      'approximate',
      'approximate',
      'country',
      'country',
    ]);
    expect([1, 2, 3].map((code) => locationKind('acled', code))).to.deep.equal(['exact', 'exact', 'approximate']);
    expect(locationKind('generic', 5)).to.equal('exact');
    expect(locationKind('ucdp', null)).to.equal('exact');
  });
});
