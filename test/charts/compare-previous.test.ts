import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/country-comparison.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import { chartFixture } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const SAMPLE = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';

/** Events per country whose `date_start` begins with `prefix`, read by the test itself. */
async function countsIn(url: string, prefixes: string[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const row of csvParse(await (await fetch(url)).text())) {
    if (!prefixes.some((prefix) => row.date_start!.startsWith(prefix))) continue;
    counts.set(row.country!, (counts.get(row.country!) ?? 0) + 1);
  }
  return counts;
}

const bars = (el: Element) => el.shadowRoot!.querySelectorAll('[part="chart"] svg g.mark-rect.role-mark > path');
const legend = (el: Element) =>
  Array.from(el.shadowRoot!.querySelectorAll('[part="chart"] svg .role-legend-label text'), (t) => t.textContent);
const summaryOf = (el: Element) => el.shadowRoot!.querySelector('#summary')!.textContent!;

describe('compare="previous"', () => {
  it('draws each country of the West Africa sample in 2019 beside 2018, counted from the CSV', async () => {
    const [now, before] = await Promise.all([countsIn(SAMPLE, ['2019']), countsIn(SAMPLE, ['2018'])]);
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${SAMPLE} from="2019" to="2019" compare="previous"></country-comparison>`,
    );
    const countries = new Set([...now.keys(), ...before.keys()]);
    expect(el.chartData).to.have.length(countries.size);
    for (const row of el.chartData) {
      expect([row.value, row.previous], row.country).to.deep.equal([now.get(row.country) ?? 0, before.get(row.country) ?? 0]);
    }
    expect(bars(el)).to.have.length(2 * countries.size);
    expect(legend(el)).to.deep.equal(['2019', '2018']);
    expect(summaryOf(el)).to.include('Against 2018: ');
  });

  it('compares a quarter with the one before it (Q3 2019 against Q2 2019, Nigeria)', async () => {
    const [q3, q2] = await Promise.all([
      countsIn(NIGERIA, ['2019-07', '2019-08', '2019-09']),
      countsIn(NIGERIA, ['2019-04', '2019-05', '2019-06']),
    ]);
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${NIGERIA} from="2019-07" to="2019-09" compare="previous"></country-comparison>`,
    );
    expect(el.chartData).to.deep.equal([{ country: 'Nigeria', value: q3.get('Nigeria'), previous: q2.get('Nigeria') }]);
    expect(legend(el)).to.deep.equal(['Q3 2019', 'Q2 2019']);
    expect(summaryOf(el)).to.include(`Against Q2 2019: Nigeria ${q3.get('Nigeria')} against ${q2.get('Nigeria')}.`);
    const headers = Array.from(el.shadowRoot!.querySelectorAll('table th[scope="col"]'), (th) => th.textContent!.trim());
    expect(headers).to.include('Period before');
  });

  it('says why stacked bars are not compared, and draws them as before', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${SAMPLE} group-by="event-type" compare="previous"></country-comparison>`,
    );
    expect(el.chartData.some((row) => 'previous' in row)).to.equal(false);
    expect(summaryOf(el)).to.include('No comparison with the period before on stacked bars');
  });

  it('speaks French: the legend’s periods and the sentence', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${NIGERIA} from="2019-07" to="2019-07" compare="previous" locale="fr"></country-comparison>`,
    );
    expect(legend(el)).to.deep.equal(['juillet 2019', 'juin 2019']);
    expect(summaryOf(el)).to.match(/Par rapport à juin 2019 : Nigeria \d+ contre \d+\./);
  });
});
