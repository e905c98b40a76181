import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/attack-timeline.js';
import '../../src/country-comparison.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import { chartFixture, marks } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const SAMPLE = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';

interface Sums {
  low: number;
  best: number;
  high: number;
}

/** UCDP's low, best and high estimates summed by `key`, read by the test itself. */
async function sumsBy(url: string, key: (row: Record<string, string>) => string): Promise<Map<string, Sums>> {
  const sums = new Map<string, Sums>();
  for (const row of csvParse(await (await fetch(url)).text())) {
    const sum = sums.get(key(row)) ?? { low: 0, best: 0, high: 0 };
    sum.low += Number(row.low);
    sum.best += Number(row.best);
    sum.high += Number(row.high);
    sums.set(key(row), sum);
  }
  return sums;
}

/** The error bars: rules drawn as data marks (axes draw their ticks as rules too). */
const errorBars = (el: Element) => el.shadowRoot!.querySelectorAll('[part="chart"] svg g.mark-rule.role-mark > line');

const summaryOf = (el: Element) => el.shadowRoot!.querySelector('#summary')!.textContent!;
const en = (n: number) => n.toLocaleString('en');

describe('uncertainty="band"', () => {
  it('gives each year of the Nigeria file the low, best and high estimates summed from the CSV, with an error bar on each bar', async () => {
    const expected = await sumsBy(NIGERIA, (row) => row.date_start.slice(0, 4));
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} measure="fatalities" interval="year" uncertainty="band"></attack-timeline>`,
    );
    expect(el.chartData.map((row) => [row.period.slice(0, 4), row.low, row.value, row.high])).to.deep.equal(
      [...expected].map(([year, sums]) => [year, sums.low, sums.best, sums.high]),
    );
    expect(errorBars(el)).to.have.length(3);
    const all = [...expected.values()].reduce((a, b) => ({ low: a.low + b.low, best: a.best + b.best, high: a.high + b.high }));
    expect(summaryOf(el)).to.include(`In all: between ${en(all.low)} and ${en(all.high)}, best estimate ${en(all.best)}`);
    const headers = Array.from(el.shadowRoot!.querySelectorAll('table th[scope="col"]'), (th) => th.textContent!.trim());
    expect(headers).to.include.members(['Low estimate', 'High estimate']);
  });

  it('draws a shaded band under a line, each period from its low to its high estimate', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} measure="fatalities" interval="quarter" mark="line" uncertainty="band"></attack-timeline>`,
    );
    const areas = marks(el, 'area');
    expect(areas).to.have.length(1);
    // The band's top edge is above the line wherever a high estimate exceeds the best one.
    expect(el.chartData.some((row) => row.high! > row.value)).to.equal(true);
    expect(el.chartData.every((row) => row.low! <= row.value && row.value <= row.high!)).to.equal(true);
  });

  it('draws error bars on the countries of the West Africa sample, "Other" holding the rest of every estimate', async () => {
    const expected = await sumsBy(SAMPLE, (row) => row.country);
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${SAMPLE} measure="fatalities" uncertainty="band" top="2"></country-comparison>`,
    );
    const [first, second, other] = el.chartData;
    for (const row of [first, second]) {
      const sums = expected.get(row.country)!;
      expect([row.low, row.value, row.high], row.country).to.deep.equal([sums.low, sums.best, sums.high]);
    }
    const rest = [...expected].filter(([country]) => country !== first.country && country !== second.country);
    expect(other.country).to.equal('Other');
    expect([other.low, other.value, other.high]).to.deep.equal([
      rest.reduce((sum, [, s]) => sum + s.low, 0),
      rest.reduce((sum, [, s]) => sum + s.best, 0),
      rest.reduce((sum, [, s]) => sum + s.high, 0),
    ]);
    expect(errorBars(el)).to.have.length(el.chartData.length);
  });

  it('says why no band is drawn when counting events, or stacking series', async () => {
    const events = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${SAMPLE} interval="year" uncertainty="band"></attack-timeline>`,
    );
    expect(events.chartData.some((row) => 'low' in row)).to.equal(false);
    expect(errorBars(events)).to.have.length(0);
    expect(summaryOf(events)).to.include('No uncertainty band: it is drawn for fatalities');
    const stacked = await chartFixture<CountryComparison>(
      html`<country-comparison src=${SAMPLE} measure="fatalities" group-by="event-type" uncertainty="band"></country-comparison>`,
    );
    expect(summaryOf(stacked)).to.include('No uncertainty band on stacked series');
  });

  it('speaks French: the range in the summary and the table headers', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${SAMPLE} measure="fatalities" uncertainty="band" locale="fr"></country-comparison>`,
    );
    expect(summaryOf(el)).to.match(/Au total : entre \d+ et \d+, meilleure estimation \d+/);
    const headers = Array.from(el.shadowRoot!.querySelectorAll('table th[scope="col"]'), (th) => th.textContent!.trim());
    expect(headers).to.include.members(['Estimation basse', 'Estimation haute']);
  });
});
