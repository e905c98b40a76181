import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import { defineElement } from '../../src/base/define.js';
import { settle, marks } from '../helpers/chart.js';

const CEP = '/data/jnim_claims_cep_2025.csv';
const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function timelineCountingRenders() {
  const el = await fixture<AttackTimeline>(html`<attack-timeline interval="year"></attack-timeline>`);
  const renders: unknown[] = [];
  el.addEventListener('cc-render', (event) => renders.push((event as CustomEvent).detail.chartData));
  return { el, renders };
}

async function waitFor(check: () => Promise<boolean>, what: string) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await pause(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

const hangStatus = async (id: string) => (await fetch(`/__fixtures/hang-status?id=${id}`)).json();

describe('races', () => {
  it('draws only the last of five quick src changes', async () => {
    const { el, renders } = await timelineCountingRenders();
    for (const ms of [600, 500, 400, 300]) el.src = `/__fixtures/slow.csv?ms=${ms}`;
    el.setAttribute('value-field', 'claimed_attacks');
    el.setAttribute('date-field', 'month');
    el.src = CEP;
    expect(await settle(el)).to.equal('ready');
    await pause(800); // every slower response has arrived by now
    expect(renders).to.have.length(1);
    expect(el.chartData.map((row) => row.value)).to.deep.equal([221]);
  });

  it('lets .data assigned while src loads win, even when the file arrives later', async () => {
    const { el, renders } = await timelineCountingRenders();
    el.src = '/__fixtures/slow.csv?ms=500';
    await pause(50);
    el.data = [{ date: '2020-08-18', country: 'Mali' }];
    expect(await settle(el)).to.equal('ready');
    await pause(700);
    expect(el.chartData).to.deep.equal([{ period: '2020-01-01', value: 1, partial: true }]); // data ends in August
    expect(renders).to.have.length(1);
  });

  it('aborts its request when removed mid-load', async () => {
    const id = `remove-${Math.random()}`;
    const el = await fixture<AttackTimeline>(html`<attack-timeline src=${`/__fixtures/hang.csv?id=${id}`}></attack-timeline>`);
    await waitFor(async () => (await hangStatus(id)).requested, 'the request to arrive');
    expect(el.status).to.equal('loading');
    el.remove();
    await waitFor(async () => (await hangStatus(id)).closed, 'the request to be aborted');
  });

  it('keeps one chart when moved in the DOM', async () => {
    const el = await fixture<AttackTimeline>(
      html`<attack-timeline src=${CEP} date-field="month" value-field="claimed_attacks"></attack-timeline>`,
    );
    await settle(el);
    const before = marks(el, 'rect').length;
    const other = document.createElement('section');
    document.body.append(other);
    other.append(el);
    expect(await settle(el)).to.equal('ready');
    expect(el.shadowRoot!.querySelectorAll('svg.marks')).to.have.length(1);
    expect(marks(el, 'rect')).to.have.length(before);
    other.remove();
  });
});

describe('defineElement', () => {
  it('keeps the first definition when a second copy of the bundle registers the same tag', () => {
    const first = class extends HTMLElement {};
    const second = class extends HTMLElement {};
    defineElement('cc-test-same-version', first, '1.0.0');
    expect(() => defineElement('cc-test-same-version', second, '1.0.0')).to.not.throw();
    expect(customElements.get('cc-test-same-version')).to.equal(first);
  });

  it('warns, naming both versions, when the copies differ', () => {
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      defineElement('cc-test-two-versions', class extends HTMLElement {}, '1.0.0');
      defineElement('cc-test-two-versions', class extends HTMLElement {}, '2.1.0');
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('1.0.0').and.contain('2.1.0');
  });

  it('is what the shipped elements use: importing the module again does not throw', async () => {
    // The .ts path: the dev server maps only static .js imports to TypeScript sources.
    await import(`../../src/components/attack-timeline/attack-timeline.ts?copy=${Date.now()}`);
    expect(customElements.get('attack-timeline')).to.not.equal(undefined);
  });
});
