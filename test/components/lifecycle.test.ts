import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import type { CcErrorEvent, CcRenderEvent, CcSelectEvent } from '../../src/events/events.js';
import { chartFixture, marks, settle } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

function statusText(el: Element): string {
  return el.shadowRoot!.querySelector('[part="status"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
}

describe('chart element lifecycle', () => {
  it('fires cc-render with chartData and skipped after drawing', async () => {
    const el = document.createElement('attack-timeline');
    el.setAttribute('interval', 'year');
    el.src = NIGERIA;
    const rendered = oneEvent(el, 'cc-render') as Promise<CcRenderEvent>;
    document.body.append(el);
    const event = await rendered;
    expect(event.detail.chartData).to.equal(el.chartData);
    expect(event.detail.skipped).to.deep.equal([]);
    expect(event.bubbles && event.composed).to.equal(true);
    el.remove();
  });

  it('shows an error and fires cc-error for a missing file', async () => {
    const el = document.createElement('country-comparison');
    el.src = '/data/no-such-file.csv';
    const failed = oneEvent(el, 'cc-error') as Promise<CcErrorEvent>;
    document.body.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(el.status).to.equal('error');
    expect(event.detail.message).to.equal('Could not load no-such-file.csv: the server answered 404 Not Found.');
    expect(statusText(el)).to.contain(event.detail.message);
    expect(el.shadowRoot!.querySelector('[part="status"]')!.getAttribute('role')).to.equal('alert');
    el.remove();
  });

  it('names the columns found and the attributes to set when columns are unusable', async () => {
    const el = document.createElement('actor-breakdown');
    el.data = [{ foo: 1, bar: 'x' }];
    const failed = oneEvent(el, 'cc-error') as Promise<CcErrorEvent>;
    document.body.append(el);
    const { detail } = await failed;
    expect(detail.message).to.contain('foo');
    expect(detail.message).to.contain('bar');
    expect(detail.message).to.contain('date-field');
    el.remove();
  });

  it('rejects an invalid interval with the allowed values', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="fortnight"></attack-timeline>`);
    expect(el.status).to.equal('error');
    expect(el.error).to.equal('interval="fortnight" is not one of: day, week, month, quarter, year.');
  });

  it('re-renders when an attribute changes', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="year"></attack-timeline>`);
    expect(el.chartData.map((r) => r.value)).to.deep.equal([497, 525, 509]);
    expect(marks(el, 'rect')).to.have.length(3);
    el.setAttribute('measure', 'fatalities');
    await settle(el);
    expect(el.chartData.map((r) => r.value)).to.deep.equal([3565, 3202, 2437]);
    el.setAttribute('interval', 'month');
    expect(await settle(el), el.error).to.equal('ready');
    expect(el.chartData).to.have.length(36);
    expect(marks(el, 'rect')).to.have.length(36);
  });

  it('shows the empty state when filters match nothing', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${NIGERIA} countries="Atlantis"></country-comparison>`,
    );
    expect(el.status).to.equal('empty');
    expect(statusText(el)).to.equal('No events match these filters.');
  });

  it('fires cc-select with the chartData row of a clicked mark', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src="/data/jnim_claims_cep_2025.csv" date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07"></country-comparison>`,
    );
    const bar = marks(el, 'rect')[1];
    const selected = oneEvent(el, 'cc-select') as Promise<CcSelectEvent>;
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, clientX: 1, clientY: 1 }));
    const { detail } = await selected;
    expect(el.chartData).to.include(detail);
    expect(detail).to.deep.equal({ country: 'Mali', value: 36 });
  });

  it('selects with the keyboard: arrows read values, Enter fires cc-select', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="year"></attack-timeline>`);
    const chart = el.shadowRoot!.querySelector<HTMLElement>('[part="chart"]')!;
    expect(chart.tabIndex).to.equal(0);
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('2018: 525');
    const selected = oneEvent(el, 'cc-select') as Promise<CcSelectEvent>;
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    expect((await selected).detail).to.equal(el.chartData[1]);
  });

  it('finalises the view when disconnected and draws again when reconnected', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="year"></attack-timeline>`);
    const view = el.view!;
    let finalized = 0;
    const finalize = view.finalize.bind(view);
    view.finalize = () => {
      finalized++;
      return finalize();
    };
    const parent = el.parentElement!;
    el.remove();
    expect(finalized).to.equal(1);
    expect(el.view).to.equal(undefined);
    parent.append(el);
    expect(await settle(el)).to.equal('ready');
    expect(el.view).to.not.equal(view);
    expect(marks(el, 'rect')).to.have.length(3);
  });

  it('keeps other charts on the page working when one fails', async () => {
    const wrapper = await fixture(html`<div>
      <attack-timeline src="/data/missing.csv"></attack-timeline>
      <attack-timeline src=${NIGERIA} interval="year"></attack-timeline>
    </div>`);
    const [broken, working] = Array.from(wrapper.children) as AttackTimeline[];
    expect(await settle(broken)).to.equal('error');
    expect(await settle(working)).to.equal('ready');
  });

  it('shows a note with how many rows were skipped and why', async () => {
    const rows = [
      { date: '2025-07-01', country: 'Mali' },
      { date: 'someday', country: 'Mali' },
      { date: '', country: 'Niger' },
      { date: '2025-07-03', country: 'Niger' },
    ];
    const el = await fixture<AttackTimeline>(html`<attack-timeline .data=${rows}></attack-timeline>`);
    await settle(el);
    expect(el.skipped).to.deep.equal([
      { record: 2, reason: 'date not recognised' },
      { record: 3, reason: 'date missing' },
    ]);
    expect(el.chartData.reduce((s, r) => s + r.value, 0) + el.skipped.length).to.equal(rows.length);
    expect(el.shadowRoot!.querySelector('[part="skipped"]')!.textContent).to.equal(
      '2 rows skipped: 1 date not recognised, 1 date missing',
    );
    el.setAttribute('locale', 'fr');
    await settle(el);
    expect(el.skipped[0].reason).to.equal('date not recognised');
    expect(el.shadowRoot!.querySelector('[part="skipped"]')!.textContent).to.equal(
      '2 lignes ignorées : 1 date non reconnue, 1 date manquante',
    );
  });
});
