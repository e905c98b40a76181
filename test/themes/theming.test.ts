import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settle, marks, type AnyChart } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

interface ManifestProperty {
  name: string;
}

async function documentedCustomProperties(tag: string): Promise<string[]> {
  const manifest = await (await fetch('/custom-elements.json')).json();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.tagName === tag) return (declaration.cssProperties ?? []).map((p: ManifestProperty) => p.name);
    }
  }
  throw new Error(`${tag} is not in custom-elements.json`);
}

/** A distinct, recognisable value for each custom property. */
function sentinel(property: string, index: number): { css: string; drawn: string[] } {
  if (property === '--cc-font-family') return { css: 'SentinelFont', drawn: ['SentinelFont'] };
  if (property === '--cc-font-size') return { css: '17', drawn: ['font-size="17px"'] };
  if (property === '--cc-title-font-size') return { css: '19', drawn: ['font-size="19px"'] };
  // The text and space around the drawing: read from the computed styles of the parts.
  if (property === '--cc-font-size-base') return { css: '13.5px', drawn: ['font-size:13.5px'] };
  if (property === '--cc-heading-size') return { css: '23.5px', drawn: ['font-size:23.5px'] };
  if (property === '--cc-padding') return { css: '7.5px 0px', drawn: ['padding:7.5px 0px'] };
  const hex = `#0102${(16 + index).toString(16).padStart(2, '0')}`;
  const rgb = `rgb(1, 2, ${16 + index})`;
  if (property === '--cc-palette') return { css: `${hex} #0a0b0c`, drawn: [hex] };
  return { css: hex, drawn: [hex, rgb] };
}

/** Everything a reader sees: the SVG markup and the computed colours of the element's parts. */
function drawnOutput(el: Element): string {
  const root = el.shadowRoot!;
  const svg = root.querySelector('svg')?.outerHTML ?? '';
  const styles = Array.from([el, ...root.querySelectorAll('[part]')], (part) => {
    const style = getComputedStyle(part);
    return `${style.color} ${style.backgroundColor} ${style.fontFamily} font-size:${style.fontSize} padding:${style.padding}`;
  });
  return `${svg} ${styles.join(' ')}`;
}

describe('theming through CSS custom properties', () => {
  it('uses every documented --cc-* property in what it draws', async () => {
    const properties = await documentedCustomProperties('country-comparison');
    expect(properties.length).to.be.greaterThan(8);
    const values = properties.map((property, i) => ({ property, ...sentinel(property, i) }));
    const style = values.map(({ property, css }) => `${property}: ${css}`).join('; ');
    const wrapper = await fixture(html`<div style=${style}>
      <country-comparison src=${NIGERIA} group-by="actor" top="1" heading="Sentinels"></country-comparison>
      <country-comparison src="/data/jnim_claims_cep_2025.csv" date-field="month" value-field="claimed_attacks" highlight="Mali"></country-comparison>
    </div>`);
    const charts = Array.from(wrapper.children) as AnyChart[];
    for (const chart of charts) expect(await settle(chart), chart.error).to.equal('ready');
    const output = charts.map(drawnOutput).join(' ');
    for (const { property, drawn } of values) {
      expect(
        drawn.some((text) => output.includes(text)),
        `${property} (${drawn.join(' or ')})`,
      ).to.equal(true);
    }
  });

  it('gives a series the same colour in every chart on the page', async () => {
    const wrapper = await fixture(html`<div>
      <attack-timeline src=${NIGERIA} group-by="actor" interval="year" top="3"></attack-timeline>
      <actor-breakdown src=${NIGERIA} group-by="country" top="20" actors="IS,Government of Nigeria"></actor-breakdown>
      <attack-timeline src=${NIGERIA} group-by="actor" interval="year" actors="IS"></attack-timeline>
    </div>`);
    const [first, , third] = Array.from(wrapper.children) as AnyChart[];
    for (const chart of wrapper.children) await settle(chart as AnyChart);
    const colorOf = (chart: AnyChart, group: string) => {
      const main = (chart.spec as { layer: { encoding: { color: { scale: { domain: string[]; range: string[] } } } }[] })
        .layer[0];
      const { domain, range } = main.encoding.color.scale;
      return range[domain.indexOf(group)];
    };
    expect(colorOf(third, 'IS')).to.equal(colorOf(first, 'IS'));
    const isBars = marks(third, 'rect').map((bar) => bar.getAttribute('fill'));
    expect(new Set(isBars)).to.deep.equal(new Set([colorOf(first, 'IS')]));
  });

  it('pins colours by name with the colors attribute', async () => {
    const el = await fixture<AnyChart>(
      html`<attack-timeline src=${NIGERIA} group-by="actor" interval="year" top="2" colors='{"Government of Nigeria": "#123456"}'></attack-timeline>`,
    );
    await settle(el);
    const fills = marks(el, 'rect').map((bar) => bar.getAttribute('fill'));
    expect(fills).to.include('#123456');
  });
});
