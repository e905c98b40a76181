import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import { marks, viewRows } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

function chart<T extends HTMLElement>(tag: string, attributes: Record<string, string>): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  document.body.prepend(el);
  return el;
}

/** What the bar's value label reads, as drawn. */
const labels = (el: Element) => marks(el, 'text').map((text) => text.textContent);

describe('redrawing after a change', () => {
  it('gives new rows to the same Vega view when only the rows change', async () => {
    const el = chart<CountryComparison>('country-comparison', { src: NIGERIA });
    expect(await el.settled).to.equal('ready');
    const view = el.view;
    const before = el.chartData.map((row) => row.value);

    el.from = '2019';
    expect(await el.settled).to.equal('ready');
    expect(el.view).to.equal(view);
    expect(el.chartData.map((row) => row.value)).to.deep.equal([509]);
    expect(before).to.not.deep.equal([509]);
    expect(viewRows(el).map((row) => row.value)).to.deep.equal([509]);
    expect(labels(el)).to.include('509');
    el.remove();
  });

  it('leaves chartData as plain rows, dates as text, when it reuses the view', async () => {
    const el = chart<AttackTimeline>('attack-timeline', { src: NIGERIA, interval: 'year' });
    expect(await el.settled).to.equal('ready');
    const view = el.view;
    el.countries = 'Nigeria';
    expect(await el.settled).to.equal('ready');
    expect(el.view).to.equal(view);
    expect(el.chartData.map((row) => row.period)).to.deep.equal(['2017-01-01', '2018-01-01', '2019-01-01']);
    expect(marks(el, 'rect')).to.have.length(3);
    el.remove();
  });

  it('draws a new view when the chart itself changes', async () => {
    const el = chart<AttackTimeline>('attack-timeline', { src: NIGERIA, interval: 'year' });
    expect(await el.settled).to.equal('ready');
    const view = el.view;
    el.interval = 'quarter';
    expect(await el.settled).to.equal('ready');
    expect(el.view).to.not.equal(view);
    expect(marks(el, 'rect')).to.have.length(12);
    el.remove();
  });
});
