import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { ChartStatus } from '../../src/base/chart-element.js';
import type { VegaView } from '../../src/controllers/vega-view-controller.js';
import { marks } from '../helpers/chart.js';

const requests = async (id: string) => (await (await fetch(`/__fixtures/count-status?id=${id}`)).json()).requests as number;

/** Counts every finalize of every view the element draws. */
function countFinalized(el: AttackTimeline) {
  const seen = new Set<VegaView>();
  let finalized = 0;
  const watch = () => {
    const view = el.view;
    if (!view || seen.has(view)) return;
    seen.add(view);
    const finalize = view.finalize.bind(view);
    view.finalize = () => (finalized++, finalize());
  };
  el.addEventListener('cc-render', watch);
  watch();
  return { views: () => seen.size, finalized: () => finalized };
}

describe('ChartElement, the host of the controllers', () => {
  it('redraws when removed and added back (as React re-parents) without a new request, releasing the old view', async () => {
    const id = `reconnect-${Math.random()}`;
    const el = await fixture<AttackTimeline>(
      html`<attack-timeline src=${`/__fixtures/counted.csv?id=${id}`} interval="month"></attack-timeline>`,
    );
    expect(await el.settled).to.equal('ready');
    const count = countFinalized(el);
    const first = el.view!;
    const parent = el.parentElement!;
    for (let i = 0; i < 3; i++) {
      el.remove();
      expect(el.view).to.equal(undefined);
      parent.append(el);
      expect(await el.settled).to.equal('ready');
    }
    expect(await requests(id), 'the file was fetched once').to.equal(1);
    expect(el.view).to.not.equal(first);
    expect(count.views()).to.equal(4);
    expect(count.finalized(), 'every view but the one drawn now was finalized').to.equal(3);
    expect(el.shadowRoot!.querySelectorAll('svg.marks')).to.have.length(1);
    expect(marks(el, 'rect')).to.have.length(1);
  });

  it('keeps one live view through 50 attribute changes in a row', async () => {
    const el = await fixture<AttackTimeline>(
      html`<attack-timeline src="/data/ucdp_ged_nigeria_2017-2019.csv" interval="year"></attack-timeline>`,
    );
    expect(await el.settled).to.equal('ready');
    const count = countFinalized(el);
    const intervals = ['month', 'quarter', 'year'];
    const groupings = ['none', 'actor', 'event-type'];
    for (let i = 0; i < 50; i++) {
      el.setAttribute('interval', intervals[i % 3]);
      el.setAttribute('group-by', groupings[Math.floor(i / 3) % 3]);
      if (i % 5 === 4) await el.settled;
    }
    expect(await el.settled).to.equal('ready');
    expect(count.views() - count.finalized(), 'views drawn and not finalized').to.equal(1);
    expect(el.shadowRoot!.querySelectorAll('svg.marks')).to.have.length(1);
  });

  it('goes loading → ready for a chart on screen, and shows the status message while loading', async () => {
    const el = document.createElement('attack-timeline');
    el.src = '/__fixtures/slow.csv?ms=300';
    const seen: ChartStatus[] = [];
    new MutationObserver(() => seen.push(el.status)).observe(el, { attributes: true, attributeFilter: ['status'] });
    document.body.prepend(el);
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('data-kind')).to.equal('loading');
    expect(await el.settled).to.equal('ready');
    expect([...new Set(seen)]).to.deep.equal(['loading', 'ready']);
    expect(el.shadowRoot!.querySelector('[part="status"]')).to.equal(null);
    el.remove();
  });

  it('clears an error once a corrected attribute draws the chart', async () => {
    const el = await fixture<AttackTimeline>(
      html`<attack-timeline src="/data/ucdp_ged_nigeria_2017-2019.csv" interval="fortnight"></attack-timeline>`,
    );
    expect(await el.settled).to.equal('error');
    expect(el.error).to.contain('fortnight');
    el.interval = 'year';
    expect(await el.settled).to.equal('ready');
    expect(el.error).to.equal('');
    expect(el.chartData.map((row) => row.value)).to.deep.equal([497, 525, 509]);
  });

  it('reads a new max-rows: a file refused for its size is read once the limit allows it', async () => {
    const el = await fixture<AttackTimeline>(
      html`<attack-timeline src="/__fixtures/numbers.csv" max-rows="2"></attack-timeline>`,
    );
    expect(await el.settled).to.equal('error');
    el.maxRows = 10;
    expect(await el.settled).to.equal('ready');
  });
});
