import { expect, html } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import '../../../src/conflict-map.js';
import type { ConflictMap } from '../../../src/conflict-map.js';
import { chartFixture, settle } from '../../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const SAMPLE = '/data/ucdp_ged231_sample_westafrica_2017-2022.csv';
const BOUNDARIES = '/data/natural-earth-admin1-ng-ml-ne.topojson';

const shadow = (el: Element) => el.shadowRoot!;
const paths = (el: Element, mark: string) => Array.from(shadow(el).querySelectorAll(`[part="chart"] svg g.${mark} > path`));
const caption = (el: Element) =>
  Array.from(shadow(el).querySelectorAll('[part="chart"] svg .role-title-text text'), (t) => t.textContent).join(' ');

/** The file's events per adm_1, and the boundaries' region names, both read by the test alone. */
async function expected() {
  const rows = csvParse(await (await fetch(NIGERIA)).text());
  const byRegion = new Map<string, number>();
  for (const row of rows) byRegion.set(row.adm_1!, (byRegion.get(row.adm_1!) ?? 0) + 1);
  const topology = await (await fetch(BOUNDARIES)).json();
  const names = new Set<string>(
    topology.objects.regions.geometries.map((g: { properties: { name: string } }) => g.properties.name.toLowerCase()),
  );
  // UCDP writes "Borno state"; Natural Earth "Borno".
  const onMap = [...byRegion.keys()].filter((region) => names.has(region.replace(/ state$/i, '').toLowerCase()));
  return { byRegion, onMap, noRegion: byRegion.get('') ?? 0 };
}

describe('<conflict-map> with its own boundaries', () => {
  it('shades Nigeria’s states by their events, and lists the events without a state', async () => {
    const { byRegion, onMap, noRegion } = await expected();
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${NIGERIA} mark="regions" boundaries=${BOUNDARIES}></conflict-map>`,
    );
    expect(el.status).to.equal('ready');
    expect(new Map(el.chartData.map((row) => [row.region, row.value]))).to.deep.equal(byRegion);
    expect(el.chartData.filter((row) => row.regionKey).map((row) => row.region)).to.have.members(onMap);
    expect(onMap).to.have.length(byRegion.size - 1);
    expect(paths(el, 'marks')).to.have.length(onMap.length);
    expect(caption(el)).to.include('Regions: natural-earth-admin1-ng-ml-ne.topojson');
    expect(caption(el)).to.include(`Not on the map (no region of that name in the boundaries): (no region) ${noRegion}.`);
    const summary = shadow(el).querySelector('#summary')!.textContent!;
    expect(summary).to.match(
      new RegExp(`^UCDP lethal events by region: Borno state \\(Nigeria\\) ${byRegion.get('Borno state')}, `),
    );
    const headers = Array.from(shadow(el).querySelectorAll('[part="data-table"] th[scope="col"]'), (th) => th.textContent);
    expect(headers.slice(0, 2)).to.deep.equal(['Region', 'Country']);
  });

  it('names the regions its boundaries do not have: Burkina Faso’s, in the West Africa sample', async () => {
    const rows = csvParse(await (await fetch(SAMPLE)).text());
    const burkina = rows.filter((row) => row.country === 'Burkina Faso');
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${SAMPLE} mark="regions" boundaries=${BOUNDARIES} locale="fr"></conflict-map>`,
    );
    expect(el.status).to.equal('ready');
    const missing = el.chartData.filter((row) => !row.regionKey);
    expect(missing.filter((row) => row.country === 'Burkina Faso').reduce((sum, row) => sum + row.value, 0)).to.equal(
      burkina.length,
    );
    expect(caption(el)).to.include('Absentes de la carte (aucune région de ce nom dans les limites)');
    expect(caption(el)).to.include('Sahel region (Burkina Faso) 2');
  });

  it('draws the regions’ outlines under the dots, and reads the file once for every redraw', async () => {
    const asked: string[] = [];
    const fetchFile = window.fetch;
    window.fetch = (input, init) => (asked.push(String(input)), fetchFile(input, init));
    try {
      const plain = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA}></conflict-map>`);
      const el = await chartFixture<ConflictMap>(html`<conflict-map src=${NIGERIA} boundaries=${BOUNDARIES}></conflict-map>`);
      expect(el.chartData).to.deep.equal(plain.chartData);
      expect(paths(el, 'regions_outlines').length).to.be.above(30);
      expect(paths(plain, 'regions_outlines')).to.have.length(0);
      el.heading = 'Nigeria, 2017–2019';
      await settle(el);
      expect(el.status).to.equal('ready');
      expect(asked.filter((url) => url.includes('admin1'))).to.have.length(1);
    } finally {
      window.fetch = fetchFile;
    }
  });

  it('takes the parsed file as a property, with the boundary-key given', async () => {
    const topology = await (await fetch(BOUNDARIES)).json();
    const el = await chartFixture<ConflictMap>(
      html`<conflict-map src=${SAMPLE} mark="regions" .boundaries=${topology} boundary-key="name_fr"></conflict-map>`,
    );
    expect(el.status).to.equal('ready');
    expect(el.chartData.find((row) => row.region === 'Mopti region')!.regionKey).to.equal('mopti');
  });

  it('says what is wrong: no boundaries, a file that is not there, a key the regions do not have', async () => {
    const none = await chartFixture<ConflictMap>(html`<conflict-map src=${SAMPLE} mark="regions"></conflict-map>`);
    expect(none.status).to.equal('error');
    expect(none.error).to.include('set boundaries to its URL');
    const missing = await chartFixture<ConflictMap>(
      html`<conflict-map src=${SAMPLE} mark="regions" boundaries="/data/no-such-regions.json"></conflict-map>`,
    );
    expect(missing.status).to.equal('error');
    expect(missing.error).to.include('no-such-regions.json');
    expect(missing.error).to.include('404');
    const key = await chartFixture<ConflictMap>(
      html`<conflict-map src=${SAMPLE} mark="regions" boundaries=${BOUNDARIES} boundary-key="ADM1_EN"></conflict-map>`,
    );
    expect(key.status).to.equal('error');
    expect(key.error).to.equal(
      'The regions of natural-earth-admin1-ng-ml-ne.topojson have no property "ADM1_EN": set boundary-key to one of name, name_fr, iso_3166_2, country.',
    );
  });
});
