import { expect, fixture, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../../src/attack-timeline.js';
import '../../../src/conflict-map.js';
import type { AttackTimeline } from '../../../src/attack-timeline.js';
import type { ConflictMap } from '../../../src/conflict-map.js';
import { chartFixture, marks } from '../../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const SAMPLE = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';
const CLAIMS = '/data/jnim_claims_cep_2025.csv';

/** The file read by the test alone (d3-dsv), with each row's 1-based record number. */
async function records(url: string) {
  return csvParse(await (await fetch(url)).text()).map((row, index) =>
    Object.assign({ record: index + 1 }, row as Record<string, string>),
  );
}

const shadow = (el: Element) => el.shadowRoot!;
const dataMarks = (el: Element, type: 'symbol' | 'shape') =>
  Array.from(shadow(el).querySelectorAll(`[part="chart"] svg g.mark-${type}.marks > path`));

describe('<conflict-map>', () => {
  it('draws a dot per place and says which events have none, and why', async () => {
    const raw = await records(NIGERIA);
    const countryOnly = raw.filter((row) => Number(row.where_prec) >= 6);
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA}></conflict-map>`);
    expect(el.status).to.equal('ready');
    expect(dataMarks(el, 'symbol')).to.have.length(el.chartData.length);
    expect(el.chartData.reduce((sum, row) => sum + row.value, 0)).to.equal(raw.length - countryOnly.length);
    expect(el.skipped).to.deep.equal(
      countryOnly.map((row) => ({ record: row.record, reason: 'location known only to the country' })),
    );
    expect(shadow(el).querySelector('[part="skipped"]')!.textContent).to.include(
      `${countryOnly.length} rows skipped: location known only to the country`,
    );
  });

  it('names the places with the most events in its summary, and counts the approximate ones', async () => {
    const raw = (await records(NIGERIA)).filter((row) => Number(row.where_prec) < 6);
    const byPlace = new Map<string, { name: string; count: number; approximate: boolean }>();
    for (const row of raw) {
      const approximate = Number(row.where_prec) >= 4;
      const key = `${row.latitude} ${row.longitude} ${approximate}`;
      const place = byPlace.get(key) ?? { name: row.where_coordinates!, count: 0, approximate };
      place.count++;
      byPlace.set(key, place);
    }
    const top = [...byPlace.values()].sort((a, b) => b.count - a.count)[0];
    const hollow = [...byPlace.values()].filter((place) => place.approximate).length;
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA}></conflict-map>`);
    const summary = shadow(el).querySelector('#summary')!.textContent!;
    expect(summary).to.match(new RegExp(`^UCDP lethal events by place: ${top.name} \\(Nigeria\\) ${top.count}, `));
    expect(summary).to.include(`${hollow} of ${byPlace.size} places are approximate (hollow dots).`);
    expect(summary).to.include(`and ${byPlace.size - 5} more`);
  });

  it('steps through the 200 largest places with the keyboard, the rest being in the data table', async () => {
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA}></conflict-map>`);
    expect(el.chartData.length).to.be.greaterThan(200);
    const chart = shadow(el).querySelector<HTMLElement>('[part="chart"]')!;
    chart.focus();
    chart.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await el.updateComplete;
    const row = el.chartData[199];
    expect(shadow(el).querySelector('[aria-live]')!.textContent).to.equal(
      `${row.place}, Nigeria: ${row.value}${row.approximate ? ', approximate location' : ''}`,
    );
  });

  it('shades countries by their count, from a table without coordinates', async () => {
    const raw = await records(CLAIMS);
    const totals = new Map<string, number>();
    for (const row of raw) totals.set(row.country!, (totals.get(row.country!) ?? 0) + Number(row.claimed_attacks));
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${CLAIMS} mark="countries" date-field="month" value-field="claimed_attacks"></conflict-map>`,
    );
    expect(Object.fromEntries(el.chartData.map((row) => [row.country, row.value]))).to.deep.equal(Object.fromEntries(totals));
    expect(el.chartData.map((row) => row.iso)).to.deep.equal(
      el.chartData.map((row) => ({ 'Burkina Faso': '854', Mali: '466', Niger: '562', Togo: '768', Benin: '204' })[row.country]),
    );
    expect(dataMarks(el, 'shape')).to.have.length(totals.size);
    const caption = Array.from(
      shadow(el).querySelectorAll('[part="chart"] svg .role-title-text text'),
      (t) => t.textContent,
    ).join(' ');
    expect(caption).to.include('Natural Earth');
    expect(caption).to.include('Shading shows counts, not rates.');
  });

  it('says what a map of points needs when the table has no coordinates', async () => {
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${CLAIMS} date-field="month" value-field="claimed_attacks"></conflict-map>`,
    );
    expect(el.status).to.equal('error');
    expect(el.error).to.match(/latitude and longitude columns/);
    expect(el.error).to.include('mark="countries"');
  });

  it('speaks French: its caption, table headers and skipped note', async () => {
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${SAMPLE} locale="fr" group-by="event-type"></conflict-map>`,
    );
    const caption = Array.from(
      shadow(el).querySelectorAll('[part="chart"] svg .role-title-text text'),
      (t) => t.textContent,
    ).join(' ');
    expect(caption).to.include('Carte : Natural Earth');
    expect(caption).to.include('Points creux');
    const headers = Array.from(shadow(el).querySelectorAll('table th[scope="col"]'), (th) => th.textContent!.trim());
    expect(headers).to.include.members(['Lieu', 'Pays', 'Localisation']);
  });

  it('draws after a timeline on the same page, each with its own marks', async () => {
    const page = await fixture<HTMLDivElement>(
      html`<div><attack-timeline src=${SAMPLE} interval="year"></attack-timeline><conflict-map src=${SAMPLE}></conflict-map></div>`,
    );
    const timeline = page.querySelector<AttackTimeline>('attack-timeline')!;
    const map = page.querySelector<ConflictMap>('conflict-map')!;
    await Promise.all([timeline.settled, map.settled]);
    expect([timeline.status, map.status]).to.deep.equal(['ready', 'ready']);
    expect(marks(timeline, 'rect').length).to.be.greaterThan(0);
    const raw = await records(SAMPLE);
    expect(dataMarks(map, 'symbol')).to.have.length(
      new Set(raw.map((row) => `${row.latitude} ${row.longitude} ${Number(row.where_prec) >= 4}`)).size,
    );
  });

  it('prints a dark map on the light basemap, and turns it dark again after printing', async () => {
    const el = await chartFixture<ConflictMap>(html`<conflict-map src=${SAMPLE} theme="dark" loading="eager"></conflict-map>`);
    // The land's fill: the dark theme's grid colour (#2d333b), then the light one's (#e4e7eb).
    const land = () => shadow(el).querySelector('[part="chart"] svg g.mark-shape.role-mark > path')!.getAttribute('fill');
    expect(land()).to.equal('#2d333b');
    window.dispatchEvent(new Event('beforeprint'));
    await el.settled;
    expect(land()).to.equal('#e4e7eb');
    window.dispatchEvent(new Event('afterprint'));
    await el.settled;
    expect(land()).to.equal('#2d333b');
  });
});
