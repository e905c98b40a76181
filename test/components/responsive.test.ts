import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import { settle, axisLabels } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

async function timelineAt(width: number) {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: ${width}px">
    <attack-timeline src=${NIGERIA} group-by="actor" top="4"></attack-timeline>
  </div>`);
  const el = wrapper.firstElementChild as AttackTimeline;
  await settle(el);
  return el;
}

describe('responsive layout', () => {
  it('fits a 320 px phone: legend below, fewer ticks, nothing wider than the screen', async () => {
    const narrow = await timelineAt(320);
    const wide = await timelineAt(900);
    const svgWidth = (el: AttackTimeline) => el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width;
    expect(svgWidth(narrow)).to.be.at.most(320);
    expect(axisLabels(narrow, 'x').length).to.be.lessThan(axisLabels(wide, 'x').length);
    const legendTop = (el: AttackTimeline) =>
      el.shadowRoot!.querySelector('svg .role-legend')!.getBoundingClientRect().top -
      el.shadowRoot!.querySelector('svg .role-axis')!.getBoundingClientRect().top;
    expect(legendTop(narrow), 'legend under the axes').to.be.greaterThan(0);
    expect(legendTop(wide), 'legend above the axes').to.be.lessThan(0);
  });

  it('redraws to the new width when its container is resized', async () => {
    const el = await timelineAt(900);
    el.parentElement!.style.width = '400px';
    await new Promise((done) => setTimeout(done, 100));
    await settle(el);
    expect(el.shadowRoot!.querySelector('svg')!.getBoundingClientRect().width).to.be.at.most(400);
  });
});

describe('print', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('hides the buttons and keeps the source line', async () => {
    const el = await timelineAt(700);
    el.setAttribute('source', 'Data: UCDP');
    await settle(el);
    await emulateMedia({ media: 'print' });
    const visible = (part: string) => {
      const node = el.shadowRoot!.querySelector(`[part="${part}"]`);
      return node !== null && getComputedStyle(node).display !== 'none' && (node as HTMLElement).offsetParent !== null;
    };
    expect(visible('menu-button')).to.equal(false);
    expect(visible('data-toggle')).to.equal(false);
    expect(visible('source')).to.equal(true);
    expect(getComputedStyle(el).backgroundColor).to.equal('rgb(255, 255, 255)');
  });
});
