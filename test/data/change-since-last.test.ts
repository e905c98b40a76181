import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { changeSinceLast } from '../../src/data/change-since-last.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import { parseCalendarDate } from '../../src/util/dates.js';
import { COUNTING as counting } from '../helpers/counting.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const WEST_AFRICA = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';


/** The file read twice: by the test (d3-dsv) and into events (src/data). */
async function both(url: string) {
  const text = await (await fetch(url)).text();
  const table = parseTable(text, 'csv');
  return { rows: csvParse(text), events: normalizeRows(table.rows, table.columns).table };
}

describe('changeSinceLast', () => {
  it('compares the Nigeria file’s last full month with the one before, each event once', async () => {
    const { rows, events } = await both(NIGERIA);
    const inMonth = (month: string) => rows.filter((row) => row.date_start!.startsWith(month)).length;
    const change = changeSinceLast(events, { ...counting, interval: 'month', groupBy: 'none' });
    expect(change).to.deep.equal({
      interval: 'month',
      last: { period: '2019-12-01', value: inMonth('2019-12') },
      previous: { period: '2019-11-01', value: inMonth('2019-11') },
      firstInRange: [],
    });
  });

  it('sums fatalities when the chart measures them, and leaves out a month the range cuts', async () => {
    const { rows, events } = await both(NIGERIA);
    const deaths = (month: string) =>
      rows.filter((row) => row.date_start!.startsWith(month)).reduce((sum, row) => sum + Number(row.best), 0);
    const filters = { to: parseCalendarDate('2019-12-15')! };
    const change = changeSinceLast(events, { ...counting, measure: 'fatalities', filters, interval: 'month', groupBy: 'none' });
    expect(change?.partialLeftOut).to.equal('2019-12-01');
    expect(change?.last).to.deep.equal({ period: '2019-11-01', value: deaths('2019-11') });
    expect(change?.previous).to.deep.equal({ period: '2019-10-01', value: deaths('2019-10') });
  });

  it('names each country of the West Africa sample in the first year it has events, never for the range’s first year', async () => {
    const { rows, events } = await both(WEST_AFRICA);
    const firstYear = new Map<string, string>();
    for (const row of [...rows].sort((a, b) => a.date_start!.localeCompare(b.date_start!)))
      if (!firstYear.has(row.country!)) firstYear.set(row.country!, row.date_start!.slice(0, 4));
    const rangeStart = [...firstYear.values()].sort()[0];
    const expected = [...firstYear]
      .filter(([, year]) => year !== rangeStart)
      .map(([name, year]) => ({ name, period: `${year}-01-01` }));
    expect(expected.length).to.be.greaterThan(0);
    const change = changeSinceLast(events, { ...counting, interval: 'year', groupBy: 'country' });
    expect(change?.firstInRange).to.deep.equal(expected);
  });

  it('is null without events in the range', async () => {
    const { events } = await both(NIGERIA);
    const filters = { from: parseCalendarDate('2030')!, to: parseCalendarDate('2030')! };
    expect(changeSinceLast(events, { ...counting, filters, interval: 'month', groupBy: 'none' })).to.equal(null);
  });
});
