import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/conflict-map.js';
import type { ConflictMap } from '../../src/conflict-map.js';
import { chartFixture } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const SAMPLE = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';

const records = async (url: string) => csvParse(await (await fetch(url)).text());
const dots = (el: Element) => el.shadowRoot!.querySelectorAll('[part="chart"] svg g.mark-symbol.role-mark > path');
const caption = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part="chart"] svg .role-title-text text'), (t) => t.textContent).join(' ');

describe('small-multiples', () => {
  it('draws one map per year of the Nigeria file: its dots plus the events without a place are that year’s events', async () => {
    const rows = await records(NIGERIA);
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA} small-multiples="year"></conflict-map>`);
    expect([...new Set(el.chartData.map((row) => row.period))]).to.deep.equal(['2017-01-01', '2018-01-01', '2019-01-01']);
    for (const year of ['2017', '2018', '2019']) {
      const inYear = rows.filter((row) => row.date_start!.startsWith(year));
      // where_prec 6 and 7: known only to the country, no dot.
      const placed = inYear.filter((row) => Number(row.where_prec) < 6).length;
      const drawn = el.chartData.filter((row) => row.period === `${year}-01-01`).reduce((sum, row) => sum + row.value, 0);
      expect(drawn, year).to.equal(placed);
    }
    const countryOnly = rows.filter((row) => Number(row.where_prec) >= 6).length;
    expect(el.skipped.filter((s) => s.reason === 'location known only to the country')).to.have.length(countryOnly);
    expect(dots(el)).to.have.length(el.chartData.length);
    expect((el.spec as { columns?: number }).columns).to.equal(3);
  });

  it('draws at most 12 maps, the last ones, and says how many periods the range has', async () => {
    const rows = await records(SAMPLE);
    const months = rows.map((row) => row.date_start!.slice(0, 7)).sort();
    const [firstYear, firstMonth] = months[0].split('-').map(Number);
    const [lastYear, lastMonth] = months.at(-1)!.split('-').map(Number);
    const total = (lastYear - firstYear) * 12 + lastMonth - firstMonth + 1;
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${SAMPLE} small-multiples="month"></conflict-map>`);
    const concat = (el.spec as { concat?: unknown[] }).concat!;
    expect(concat).to.have.length(12);
    expect(caption(el)).to.include(`Showing the last 12 of ${total} periods`);
  });

  it('lays the maps out in one column on a 360 px phone', async () => {
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map style="width: 360px; display: block" src=${NIGERIA} small-multiples="year"></conflict-map>`,
    );
    expect((el.spec as { columns?: number }).columns).to.equal(1);
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.match(/One map per period: 2017 \d+, 2018 \d+, 2019 \d+\./);
  });
});
