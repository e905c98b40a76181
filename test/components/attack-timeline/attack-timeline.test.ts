import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../../src/attack-timeline.js';
import type { AttackTimeline } from '../../../src/attack-timeline.js';
import { axisLabels, chartFixture, marks, settle, viewRows } from '../../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

// Published in shared/data/README.md for the Nigeria file.
const EVENTS_BY_YEAR = [497, 525, 509];
const DEATHS_BY_YEAR = [3565, 3202, 2437];
const BY_TYPE = { 'State-based conflict': 708, 'Non-state conflict': 530, 'One-sided violence': 293 };

describe('<attack-timeline>', () => {
  it('runs in a browser whose time zone is not UTC', () => {
    expect(new Date(2018, 0, 1).getTimezoneOffset()).to.not.equal(0);
  });

  it('counts the published events per year of the Nigeria UCDP file', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="year"></attack-timeline>`);
    expect(el.chartData).to.deep.equal([
      { period: '2017-01-01', value: EVENTS_BY_YEAR[0] },
      { period: '2018-01-01', value: EVENTS_BY_YEAR[1] },
      { period: '2019-01-01', value: EVENTS_BY_YEAR[2] },
    ]);
    // Bars stand on one baseline with heights in proportion to their values.
    const boxes = marks(el, 'rect').map((bar) => (bar as SVGGraphicsElement).getBBox());
    expect(boxes).to.have.length(3);
    const bottoms = boxes.map((box) => Math.round(box.y + box.height));
    expect(new Set(bottoms).size).to.equal(1);
    boxes.forEach((box, i) => expect(box.height / boxes[0].height).to.be.closeTo(EVENTS_BY_YEAR[i] / EVENTS_BY_YEAR[0], 0.01));
  });

  it('labels yearly bars with their own calendar year in every time zone', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} interval="year"></attack-timeline>`);
    expect(axisLabels(el, 'x')).to.deep.equal(['2017', '2018', '2019']);
    // Each bar starts at its own year's tick: 1 January UTC, not 31 December local.
    const rows = viewRows(el);
    expect(rows.map((row) => row.period)).to.deep.equal(['2017-01-01', '2018-01-01', '2019-01-01']);
  });

  it('sums best-estimate deaths with measure="fatalities" and names the measure on the axis', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} interval="year" measure="fatalities"></attack-timeline>`,
    );
    expect(el.chartData.map((row) => row.value)).to.deep.equal(DEATHS_BY_YEAR);
    const title = el.shadowRoot!.querySelector('svg .role-axis-title text')?.textContent;
    expect(title).to.equal('Fatalities (UCDP best estimate)');
  });

  it('splits by UCDP type of violence', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} interval="year" group-by="event-type"></attack-timeline>`,
    );
    const totals: Record<string, number> = {};
    for (const row of el.chartData) totals[row.group!] = (totals[row.group!] ?? 0) + row.value;
    expect(totals).to.deep.equal(BY_TYPE);
    expect(marks(el, 'rect')).to.have.length(9);
  });

  it('tables a grouped timeline with a row per period and a column per series, counted from the file', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} interval="year" group-by="event-type"></attack-timeline>`,
    );
    // Counted here from the CSV's own year and type_of_violence columns (UCDP's codebook: 1 state-based…).
    const names: Record<string, string> = { '1': 'State-based conflict', '2': 'Non-state conflict', '3': 'One-sided violence' };
    const counts = new Map<string, number>();
    for (const row of csvParse(await (await fetch(NIGERIA)).text())) {
      const key = `${Number(row.year)}|${names[String(Number(row.type_of_violence))]}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    // Series in the chart's order, largest total first (published: 708, 530, 293).
    const series = Object.keys(BY_TYPE);
    const table = el.shadowRoot!.querySelector('[part="data-table"] table')!;
    expect(Array.from(table.querySelectorAll('thead th'), (th) => th.textContent!.trim())).to.deep.equal(['Period', ...series]);
    const cells = (row: Element) => Array.from(row.children, (cell) => cell.textContent!.trim());
    expect(Array.from(table.querySelectorAll('tbody tr'), cells)).to.deep.equal(
      [2017, 2018, 2019].map((year) => [String(year), ...series.map((name) => String(counts.get(`${year}|${name}`) ?? 0))]),
    );
    expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(3);
    series.forEach((name) =>
      expect([2017, 2018, 2019].reduce((sum, year) => sum + (counts.get(`${year}|${name}`) ?? 0), 0)).to.equal(
        BY_TYPE[name as keyof typeof BY_TYPE],
      ),
    );
  });

  it('fills periods without events with zero', async () => {
    const rows = [
      { date: '2025-01-15', country: 'Mali' },
      { date: '2025-04-02', country: 'Mali' },
    ];
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline .data=${rows}></attack-timeline>`);
    expect(el.chartData).to.deep.equal([
      { period: '2025-01-01', value: 1 },
      { period: '2025-02-01', value: 0 },
      { period: '2025-03-01', value: 0 },
      // The data stops on 2 April: the last month is marked as partial.
      { period: '2025-04-01', value: 1, partial: true },
    ]);
  });

  it('draws a last period the data does not cover to its end lighter, labelled "to date"', async () => {
    const rows = [
      { date: '2025-06-10', country: 'Mali' },
      { date: '2025-07-15', country: 'Mali' },
    ];
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline .data=${rows}></attack-timeline>`);
    expect(el.chartData.map((row) => row.partial)).to.deep.equal([undefined, true]);
    const bars = marks(el, 'rect');
    expect(bars.map((bar) => bar.getAttribute('opacity') ?? '1')).to.deep.equal(['1', '0.5']);
    const labels = (el.view!.data('data_0') as { _label: string }[]).map((row) => row._label);
    expect(labels).to.deep.equal(['June 2025', 'July 2025 to date']);
  });

  it('draws a line per group with mark="line" and keeps the top series plus Other', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} group-by="actor" mark="line" top="3"></attack-timeline>`,
    );
    const groups = [...new Set(el.chartData.map((row) => row.group))];
    expect(groups).to.have.length(4);
    expect(groups[3]).to.equal('Other');
    expect(marks(el, 'line')).to.have.length(4);
  });

  it('writes French month names on the axis with locale="fr"', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} from="2018-01" to="2018-06" locale="fr"></attack-timeline>`,
    );
    expect(axisLabels(el, 'x').join(' ')).to.match(/février|mars|avril/);
  });

  it('takes its locale from the closest lang attribute', async () => {
    const wrapper = document.createElement('div');
    wrapper.lang = 'fr';
    wrapper.innerHTML = `<attack-timeline src="${NIGERIA}" interval="year"></attack-timeline>`;
    document.body.append(wrapper);
    const el = wrapper.firstElementChild as AttackTimeline;
    await settle(el);
    expect(el.shadowRoot!.querySelector('svg .role-axis-title text')?.textContent).to.equal('Événements meurtriers UCDP');
    wrapper.remove();
  });

  it('draws dated annotations as labelled rules', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} annotations='[{"date":"2018-02-19","label":"Dapchi abduction"}]'></attack-timeline>`,
    );
    const labels = Array.from(el.shadowRoot!.querySelectorAll('svg g.mark-text.role-mark text'), (t) => t.textContent);
    expect(labels).to.include('Dapchi abduction');
    expect(marks(el, 'rule').length).to.be.greaterThan(0);
  });

  it('refuses to draw monthly counts by week', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src="/data/jnim_claims_cep_2025.csv" date-field="month" value-field="claimed_attacks" interval="week"></attack-timeline>`,
    );
    expect(el.status).to.equal('error');
    expect(el.error).to.match(/by month.*week/);
  });

  it('reads <cc-annotation> children typed by an editor, spans included, and lists them in the summary', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA}>
      <cc-annotation date="2018-02-19">Dapchi abduction</cc-annotation>
      <cc-annotation from="2019-01" to="2019-02">Election campaign</cc-annotation>
    </attack-timeline>`);
    const labels = Array.from(el.shadowRoot!.querySelectorAll('svg g.mark-text.role-mark text'), (t) => t.textContent);
    expect(labels).to.include.members(['Dapchi abduction', 'Election campaign']);
    expect(el.shadowRoot!.querySelectorAll('svg g.mark-rect.role-mark')).to.have.length(2); // bars and the band
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.contain(
      'Marked on the chart: Dapchi abduction (19 February 2018); Election campaign (1 January 2019).',
    );
    const tables = el.shadowRoot!.querySelectorAll('[part="data-table"] table');
    expect(tables).to.have.length(2);
    const cells = (row: Element) => Array.from(row.children, (cell) => cell.textContent!.trim());
    expect(Array.from(tables[1].querySelectorAll('tbody tr'), cells)).to.deep.equal([
      ['19 February 2018', 'Dapchi abduction'],
      ['1 January 2019 – 28 February 2019', 'Election campaign'],
    ]);
    const added = document.createElement('cc-annotation');
    added.setAttribute('date', '2017-06-01');
    added.textContent = 'Added later';
    el.append(added);
    await new Promise((done) => setTimeout(done, 0));
    await el.settled;
    const after = Array.from(el.shadowRoot!.querySelectorAll('svg g.mark-text.role-mark text'), (t) => t.textContent);
    expect(after).to.include('Added later');
  });
});
