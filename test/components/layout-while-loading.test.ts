import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import type { RawRow } from '../../src/data/types.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

/** Rows handed over when the test says so: the chart stays loading until then. */
function heldRows() {
  let release!: (rows: RawRow[]) => void;
  const rows = new Promise<RawRow[]>((resolve) => (release = resolve));
  return { rows, release };
}

const fileRows = async () => csvParse(await (await fetch(NIGERIA)).text());
const heightOf = (el: Element) => el.getBoundingClientRect().height;

describe('the box a chart keeps while it loads', () => {
  afterEach(() => document.querySelectorAll('attack-timeline, country-comparison').forEach((el) => el.remove()));

  it('is the height the timeline takes when drawn, buttons and credit line included', async () => {
    const el = document.createElement('attack-timeline') as AttackTimeline;
    el.interval = 'year';
    el.loading = 'eager';
    const held = heldRows();
    el.data = held.rows;
    document.body.append(el);
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    const loading = heightOf(el);
    held.release(await fileRows());
    expect(await el.settled).to.equal('ready');
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.match(/UCDP/);
    expect(heightOf(el)).to.be.closeTo(loading, 0.5);
  });

  it('is the height attribute for bars, and a redrawn chart keeps the height it had while it loads again', async () => {
    const el = document.createElement('country-comparison') as CountryComparison;
    el.height = 180;
    el.loading = 'eager';
    el.source = 'UCDP GED';
    const first = heldRows();
    el.data = first.rows;
    document.body.append(el);
    await el.updateComplete;
    const loading = heightOf(el);
    first.release(await fileRows());
    expect(await el.settled).to.equal('ready');
    expect(heightOf(el)).to.be.closeTo(loading, 0.5);

    el.removeAttribute('height');
    el.height = undefined;
    expect(await el.settled).to.equal('ready');
    const drawn = heightOf(el);
    const second = heldRows();
    el.data = second.rows;
    await el.updateComplete;
    expect(el.status).to.equal('loading');
    expect(heightOf(el)).to.be.closeTo(drawn, 0.5);
    second.release(await fileRows());
    expect(await el.settled).to.equal('ready');
  });
});
