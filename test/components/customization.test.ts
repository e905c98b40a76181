import { expect } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import { marks } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

function chart<T extends HTMLElement>(tag: string, attributes: Record<string, string>, setUp?: (el: T) => void): T {
  const el = document.createElement(tag) as T;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  setUp?.(el);
  document.body.prepend(el);
  return el;
}

/** The font sizes of the drawn axis labels. */
const axisLabelSizes = (el: Element) =>
  new Set(
    Array.from(el.shadowRoot!.querySelectorAll('[part="chart"] svg .role-axis-label text')).map((text) =>
      text.getAttribute('font-size'),
    ),
  );

/** Rules drawn in the customizing layer's red (grid lines and ticks are rules too). */
const redRules = (el: Element) => marks(el, 'rule').filter((rule) => rule.getAttribute('stroke') === '#ff0000');

describe('customizing the spec: spec-patch and customizeSpec', () => {
  afterEach(() => document.querySelectorAll('attack-timeline, country-comparison').forEach((el) => el.remove()));

  it('spec-patch merges into the Vega-Lite spec before it is drawn: larger axis labels', async () => {
    const plain = chart<CountryComparison>('country-comparison', { src: NIGERIA });
    const patched = chart<CountryComparison>('country-comparison', {
      src: NIGERIA,
      'spec-patch': '{"config": {"axis": {"labelFontSize": 20}}}',
    });
    expect(await plain.settled).to.equal('ready');
    expect(await patched.settled).to.equal('ready');
    expect(axisLabelSizes(plain)).to.deep.equal(new Set(['12px']));
    expect(axisLabelSizes(patched)).to.deep.equal(new Set(['20px']));
    // Only what the patch names changed: the rest of the config is the theme's.
    expect(patched.spec!.config!.axis).to.deep.equal({ ...plain.spec!.config!.axis, labelFontSize: 20 });
    expect(patched.chartData).to.deep.equal(plain.chartData);
  });

  it('customizeSpec adds a layer to what is drawn, and a new function draws again', async () => {
    const el = chart<AttackTimeline>('attack-timeline', { src: NIGERIA, interval: 'year' }, (timeline) => {
      timeline.customizeSpec = (spec) => {
        const layered = spec as { layer: object[] };
        layered.layer.push({ data: { values: [{}] }, mark: { type: 'rule', color: '#ff0000' }, encoding: { y: { datum: 400 } } });
        return spec;
      };
    });
    expect(await el.settled).to.equal('ready');
    expect(redRules(el)).to.have.length(1);
    expect(marks(el, 'rect')).to.have.length(3);

    el.customizeSpec = (spec) => spec;
    expect(await el.settled).to.equal('ready');
    expect(redRules(el)).to.have.length(0);
    expect(marks(el, 'rect')).to.have.length(3);
  });

  it('vegaSpec is the Vega spec drawn: the chart’s own, or compiled from a customized spec', async () => {
    const el = chart<CountryComparison>('country-comparison', { src: NIGERIA });
    expect(await el.settled).to.equal('ready');
    expect(el.vegaSpec!.$schema).to.match(/schema\/vega\/v\d/);
    expect(el.vegaSpec!.usermeta).to.deep.equal({ builder: 'conflict-charts' });
    expect(el.vegaSpec!.marks!.length).to.be.greaterThan(0);
    const rows = el.vegaSpec!.data!.find((set) => set.name === 'source_0') as { values: object[] };
    // The rows drawn are chartData's, untouched by Vega (which draws copies).
    expect(rows.values).to.deep.equal(el.chartData);

    el.customizeSpec = (spec) => spec;
    expect(await el.settled).to.equal('ready');
    expect(el.vegaSpec!.$schema).to.match(/schema\/vega\/v\d/);
    expect(el.vegaSpec!.usermeta).to.equal(undefined);
    expect(el.vegaSpec!.data!.find((set) => set.name === 'source_0')).to.not.equal(undefined);
  });

  it('a spec-patch that would load data is an error naming the key, in the page language; nothing is drawn', async () => {
    const el = chart<CountryComparison>('country-comparison', {
      src: NIGERIA,
      'spec-patch': '{"data": {"url": "/data/elsewhere.csv"}}',
    });
    expect(await el.settled).to.equal('error');
    expect(el.error).to.equal('spec-patch may not load data or links: remove "data.url".');
    expect(el.shadowRoot!.querySelector('[part="chart"] svg')).to.equal(null);
    expect(performance.getEntriesByType('resource').some((entry) => entry.name.endsWith('/data/elsewhere.csv'))).to.equal(false);

    el.setAttribute('locale', 'fr');
    expect(await el.settled).to.equal('error');
    expect(el.error).to.match(/^spec-patch ne peut charger ni données ni liens : retirez «\u00a0data\.url\u00a0»/);
  });

  it('a spec-patch that is not JSON is an error naming the attribute', async () => {
    const el = chart<CountryComparison>('country-comparison', { src: NIGERIA, 'spec-patch': '{config:' });
    expect(await el.settled).to.equal('error');
    expect(el.error).to.match(/^The spec-patch attribute is not valid JSON \(/);
  });
});
