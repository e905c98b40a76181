import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { ActorBreakdown } from '../../src/actor-breakdown.js';
import { toCSV } from '../../src/export/to-csv.js';
import { chartFixture } from '../helpers/chart.js';

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const CEP_JULY = { src: '/data/jnim_claims_cep_2025.csv', 'date-field': 'month', 'value-field': 'claimed_attacks' };

/** Catches the next file the element offers for download, instead of saving it. */
function nextDownload(): Promise<{ name: string; blob: Blob }> {
  return new Promise((resolve) => {
    const onClick = async (event: Event) => {
      const link = event.target as HTMLAnchorElement;
      if (!(link instanceof HTMLAnchorElement) || !link.download) return;
      event.preventDefault();
      document.removeEventListener('click', onClick, true);
      resolve({ name: link.download, blob: await (await fetch(link.href)).blob() });
    };
    document.addEventListener('click', onClick, true);
  });
}

function menuItem(el: Element, action: string): HTMLButtonElement {
  return el.shadowRoot!.querySelector<HTMLButtonElement>(`[role="menuitem"][data-action="${action}"]`)!;
}

describe('accessible figure', () => {
  it('describes the chart in words: measure, range, peak and trend', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} heading="Lethal events"></attack-timeline>`,
    );
    const figure = el.shadowRoot!.querySelector('figure')!;
    expect(figure.getAttribute('aria-describedby')).to.contain('summary');
    const summary = el.shadowRoot!.querySelector('#summary')!.textContent!;
    // Monthly totals computed from the rows drawn: the peak month and 2019 against 2018 (509 vs 525),
    // then the last full month against the one before (test/a11y/change-summary.test.ts counts them from the file).
    const peak = el.chartData.reduce((best, row) => (row.value > best.value ? row : best));
    const [year, month] = peak.period.split('-').map(Number);
    const monthName = new Date(Date.UTC(year, month - 1, 1)).toLocaleString('en', { month: 'long', timeZone: 'UTC' });
    const [nov, dec] = el.chartData.slice(-2).map((row) => row.value);
    expect(summary).to.equal(
      `UCDP lethal events per month, January 2017 to December 2019: peak of ${peak.value} in ${monthName} ${year}, down 3% on 2018.` +
        ` Last full month: ${dec} in December 2019, up ${Math.round(((dec - nov) / nov) * 100)}% on November 2019.` +
        // The file's date_prec 2–5 (191 + 12 + 40 + 11 events): test/data/event-table-builder.test.ts counts them from the CSV.
        ' In the data, 254 events have an approximate date (known only to the week, month or year) and are counted on the date given.',
    );
  });

  it('lets the summary attribute replace the generated one', async () => {
    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${NIGERIA} summary="Our words."></attack-timeline>`);
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.equal('Our words.');
  });

  it('has a table of chartData for screen readers, shown to everyone by "Show data"', async () => {
    const el = await chartFixture<ActorBreakdown>(html`<actor-breakdown src=${NIGERIA} top="3"></actor-breakdown>`);
    const wrapper = el.shadowRoot!.querySelector<HTMLElement>('[part="data-table"]')!;
    const bodyRows = wrapper.querySelectorAll('tbody tr');
    expect(bodyRows).to.have.length(el.chartData.length);
    expect(bodyRows[0].querySelector('th')!.textContent).to.equal(el.chartData[0].actor);
    expect(wrapper.classList.contains('visually-hidden')).to.equal(true);
    const toggle = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!;
    expect(toggle.textContent!.trim()).to.equal('Show data');
    toggle.click();
    await el.updateComplete;
    expect(wrapper.classList.contains('visually-hidden')).to.equal(false);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(toggle.textContent!.trim()).to.equal('Hide data');
  });

  it('translates ACLED and UCDP event types, the summary and the table in French', async () => {
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${NIGERIA} group-by="event-type" interval="year" locale="fr"></attack-timeline>`,
    );
    expect(new Set(el.chartData.map((row) => row.group))).to.deep.equal(
      new Set(['Conflit impliquant un État', 'Conflit non étatique', 'Violence unilatérale']),
    );
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).to.match(/^Événements meurtriers UCDP par an, de 2017 à 2019/);
    expect(el.shadowRoot!.querySelector('[part="data-toggle"]')!.textContent!.trim()).to.equal('Afficher les données');
  });
});

describe('credit line', () => {
  it('follows ACLED’s attribution policy for ACLED data: dataset, link and access date', async () => {
    const rows = [
      {
        event_id_cnty: 'MLI1',
        event_date: '2025-07-01',
        actor1: 'JNIM',
        event_type: 'Battles',
        country: 'Mali',
        fatalities: '2',
      },
    ];
    const el = await fixture<AttackTimeline>(html`<attack-timeline .data=${rows} accessed="2025-07-15"></attack-timeline>`);
    await el.settled;
    expect(el.shadowRoot!.querySelector('[part="source"]')!.textContent).to.equal(
      'Data: Armed Conflict Location & Event Data (ACLED), acleddata.com, accessed 15 July 2025',
    );
  });
});

describe('export menu', () => {
  async function comparison() {
    const el = document.createElement('country-comparison');
    for (const [name, value] of Object.entries({
      ...CEP_JULY,
      from: '2025-07',
      to: '2025-07',
      heading: 'JNIM claims',
      source: 'Source: CEP',
    })) {
      el.setAttribute(name, value);
    }
    const wrapper = await fixture(html`<div></div>`);
    wrapper.append(el);
    await el.settled;
    return el;
  }

  it('opens with the keyboard, moves with arrows and closes with Escape', async () => {
    const el = await comparison();
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="menu-button"]')!;
    button.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(el.shadowRoot!.activeElement).to.equal(menuItem(el, 'png'));
    el.shadowRoot!.activeElement!.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }),
    );
    expect(el.shadowRoot!.activeElement).to.equal(menuItem(el, 'svg'));
    el.shadowRoot!.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="menu"]')!.hasAttribute('hidden')).to.equal(true);
    expect(el.shadowRoot!.activeElement).to.equal(button);
  });

  it('downloads chartData (not the raw rows) as spreadsheet-safe CSV', async () => {
    const el = await comparison();
    const file = nextDownload();
    menuItem(el, 'csv').click();
    const { name, blob } = await file;
    expect(name).to.equal('jnim-claims.csv');
    expect(await blob.text()).to.equal(toCSV(el.chartData));
    expect(await blob.text()).to.equal('country,value\r\nBurkina Faso,54\r\nMali,36\r\nNiger,7\r\nTogo,1\r\n');
  });

  it('downloads an SVG that carries the heading and the source line', async () => {
    const el = await comparison();
    const file = nextDownload();
    menuItem(el, 'svg').click();
    const svg = new DOMParser().parseFromString(await (await file).blob.text(), 'image/svg+xml');
    const texts = Array.from(svg.querySelectorAll('text'), (t) => t.textContent);
    expect(texts).to.include('JNIM claims');
    expect(texts).to.include('Source: CEP');
    expect(svg.querySelectorAll('g.mark-rect path')).to.have.length(4);
  });

  it('downloads a PNG at twice the chart size, taller by the heading and source bands', async () => {
    const el = await comparison();
    const file = nextDownload();
    menuItem(el, 'png').click();
    const { blob } = await file;
    expect(blob.type).to.equal('image/png');
    const image = await createImageBitmap(blob);
    const chart = await el.view!.toCanvas(2);
    expect(image.width).to.equal(chart.width);
    expect(image.height).to.be.greaterThan(chart.height);
  });

  it('copies the embed code: the script and the tag with its attributes', async () => {
    const el = await comparison();
    let copied = '';
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => (copied = text) },
    });
    try {
      menuItem(el, 'embed').click();
      await new Promise((done) => setTimeout(done, 20));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (clipboard) Object.defineProperty(Navigator.prototype, 'clipboard', clipboard);
    }
    expect(copied).to.match(/^<script type="module" src="[^"]*conflict-charts\.js"><\/script>\n<country-comparison /);
    expect(copied).to.contain(`src="${new URL('/data/jnim_claims_cep_2025.csv', location.href).href}"`);
    expect(copied).to.contain('value-field="claimed_attacks"');
    expect(copied).to.not.contain('status=');
    expect(el.shadowRoot!.querySelector('[aria-live]')!.textContent).to.equal('Embed code copied.');
  });
});
