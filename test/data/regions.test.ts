import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import { aggregateRegions } from '../../src/data/regions.js';
import { parseCalendarDate } from '../../src/util/dates.js';
import { COUNTING as counting } from '../helpers/counting.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

async function both(url: string) {
  const text = await (await fetch(url)).text();
  const table = parseTable(text, 'csv');
  return { rows: csvParse(text), events: normalizeRows(table.rows, table.columns).table };
}

/** Natural Earth's names of Nigeria's states, as the test writes them (not the matching code's). */
const KNOWN = new Set(['borno', 'benue', 'plateau', 'adamawa', 'taraba', 'lagos']);

describe('aggregateRegions', () => {
  it('counts the Nigeria file’s events per adm_1, as written, largest first', async () => {
    const { rows, events } = await both(NIGERIA);
    const expected = new Map<string, number>();
    for (const row of rows) expected.set(row.adm_1!, (expected.get(row.adm_1!) ?? 0) + 1);
    const counted = aggregateRegions(events, counting, KNOWN);
    expect(counted.map((row) => [row.region, row.value])).to.have.deep.members([...expected]);
    expect(counted[0]).to.deep.equal({ country: 'Nigeria', region: 'Borno state', regionKey: 'borno', value: 912 });
    expect(counted.map((row) => row.value)).to.deep.equal([...counted.map((row) => row.value)].sort((a, b) => b - a));
  });

  it('keeps regions that match no boundary, without a key, and the events without a region', async () => {
    const { rows, events } = await both(NIGERIA);
    const counted = aggregateRegions(events, counting, KNOWN);
    const kano = counted.find((row) => row.region === 'Kano state')!;
    expect(kano).to.deep.equal({ country: 'Nigeria', region: 'Kano state', value: 2 });
    const none = counted.find((row) => row.region === '')!;
    expect(none.value).to.equal(rows.filter((row) => !row.adm_1).length);
    expect(counted.reduce((sum, row) => sum + row.value, 0)).to.equal(rows.length);
  });

  it('sums the best estimate with measure="fatalities", within the filters', async () => {
    const { rows, events } = await both(NIGERIA);
    const in2019 = rows.filter((row) => row.date_start!.startsWith('2019') && row.adm_1 === 'Borno state');
    const filters = { from: parseCalendarDate('2019')!, to: parseCalendarDate('2019')! };
    const counted = aggregateRegions(events, { ...counting, measure: 'fatalities', filters }, KNOWN);
    expect(counted.find((row) => row.regionKey === 'borno')!.value).to.equal(
      in2019.reduce((sum, row) => sum + Number(row.best), 0),
    );
  });

  it('says the data has no region column', () => {
    const table = parseTable('date,country\n2020-01-01,Mali\n', 'csv');
    const events = normalizeRows(table.rows, table.columns).table;
    expect(() => aggregateRegions(events, counting, KNOWN)).to.throw(/needs a column naming each event's region/);
  });
});
