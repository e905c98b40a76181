import { expect, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { ChartStatus } from '../../src/base/chart-element.js';
import { marks } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

/** A page taller than several screens, with `el` at its bottom. */
function farBelowTheFold(el: HTMLElement): HTMLElement {
  const page = document.createElement('div');
  const filler = document.createElement('div');
  filler.style.height = `${window.innerHeight * 5}px`;
  page.append(filler, el);
  document.body.append(page);
  return page;
}

function timeline(attributes: Record<string, string> = {}): AttackTimeline {
  const el = document.createElement('attack-timeline');
  el.setAttribute('interval', 'year');
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.src = NIGERIA;
  return el;
}

/** Every status the element passes through, in order. */
function recordStatuses(el: HTMLElement): ChartStatus[] {
  const seen: ChartStatus[] = [];
  new MutationObserver(() => {
    const status = el.getAttribute('status') as ChartStatus;
    if (seen.at(-1) !== status) seen.push(status);
  }).observe(el, { attributes: true, attributeFilter: ['status'] });
  return seen;
}

const backgroundOf = (el: AttackTimeline) =>
  el.shadowRoot!.querySelector<SVGElement>('[part="chart"] svg')!.style.backgroundColor;

describe('lazy drawing', () => {
  afterEach(() => window.scrollTo(0, 0));

  it('reads the data of a chart far below the fold but waits to draw it until it comes near', async () => {
    const el = timeline();
    const page = farBelowTheFold(el);
    expect(await el.settled).to.equal('waiting');
    expect(el.chartData).to.deep.equal([]);
    expect(marks(el, 'rect')).to.have.length(0);
    const status = el.shadowRoot!.querySelector('[part="status"]')!;
    expect(status.getAttribute('data-kind')).to.equal('waiting');

    const rendered = oneEvent(el, 'cc-render');
    el.scrollIntoView();
    await rendered;
    expect(el.status).to.equal('ready');
    expect(el.chartData.map((row) => row.value)).to.deep.equal([497, 525, 509]);
    expect(marks(el, 'rect')).to.have.length(3);
    page.remove();
  });

  it('draws a chart on screen without passing through waiting', async () => {
    const el = timeline();
    const statuses = recordStatuses(el);
    document.body.prepend(el);
    expect(await el.settled).to.equal('ready');
    expect(statuses).to.deep.equal(['loading', 'ready']);
    el.remove();
  });

  it('draws at once with loading="eager", wherever the chart is', async () => {
    const el = timeline({ loading: 'eager' });
    const page = farBelowTheFold(el);
    expect(await el.settled).to.equal('ready');
    expect(marks(el, 'rect')).to.have.length(3);
    page.remove();
  });

  it('draws a waiting chart when loading is switched to eager', async () => {
    const el = timeline();
    const page = farBelowTheFold(el);
    expect(await el.settled).to.equal('waiting');
    el.loading = 'eager';
    expect(await el.settled).to.equal('ready');
    page.remove();
  });

  it('draws every waiting chart before the page is printed', async () => {
    const charts = [timeline(), timeline({ 'group-by': 'actor' })];
    const page = farBelowTheFold(charts[0]);
    page.append(charts[1]);
    expect(await Promise.all(charts.map((el) => el.settled))).to.deep.equal(['waiting', 'waiting']);
    window.dispatchEvent(new Event('beforeprint'));
    expect(await Promise.all(charts.map((el) => el.settled))).to.deep.equal(['ready', 'ready']);
    window.dispatchEvent(new Event('afterprint'));
    page.remove();
  });

  it('prints a dark chart in the light colours, and turns it dark again after printing', async () => {
    const el = timeline({ theme: 'dark', loading: 'eager' });
    document.body.prepend(el);
    expect(await el.settled).to.equal('ready');
    expect(backgroundOf(el)).to.contain('rgb(20, 24, 29)');

    window.dispatchEvent(new Event('beforeprint'));
    expect(await el.settled).to.equal('ready');
    expect(backgroundOf(el)).to.contain('rgb(255, 255, 255)');
    const text = el.shadowRoot!.querySelector('[part="chart"] svg .role-axis-label text')!;
    // The light theme's muted axis text (#57606a), not the dark theme's (#9da7b1).
    expect(getComputedStyle(text).fill).to.equal('rgb(87, 96, 106)');

    window.dispatchEvent(new Event('afterprint'));
    expect(await el.settled).to.equal('ready');
    expect(backgroundOf(el)).to.contain('rgb(20, 24, 29)');
    el.remove();
  });

  it('settles (instead of hanging) when removed before it knew where it was', async () => {
    const el = timeline();
    const page = farBelowTheFold(el);
    const settled = el.settled;
    page.remove();
    expect(['loading', 'waiting']).to.include(await settled);
  });
});
