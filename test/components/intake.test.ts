import { expect, fixture } from '@open-wc/testing';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { chartFixture, settle, viewRows, type AnyChart } from '../helpers/chart.js';

// Four claim rows in the shape of the CEP file: the same table through every intake path.
const ROWS = [
  { month: '2025-07', country: 'Burkina Faso', actor: 'JNIM', claimed_attacks: 54 },
  { month: '2025-07', country: 'Mali', actor: 'JNIM', claimed_attacks: 36 },
  { month: '2025-07', country: 'Niger', actor: 'JNIM', claimed_attacks: 7 },
  { month: '2025-07', country: 'Togo', actor: 'JNIM', claimed_attacks: 1 },
];
const TOTAL = 98;
const MAPPING = 'date-field="month" value-field="claimed_attacks" country-field="country" actor-field="actor"';
const TAGS = ['attack-timeline', 'country-comparison', 'actor-breakdown'] as const;

type Chart = AnyChart;

function total(el: Chart): number {
  return el.chartData.reduce((sum, row) => sum + row.value, 0);
}

function tag(name: string, attributes: string, inner = '') {
  return staticHtml`<${unsafeStatic(name)} ${unsafeStatic(attributes)}>${unsafeStatic(inner)}</${unsafeStatic(name)}>`;
}

for (const name of TAGS) {
  describe(`<${name}> data intake`, () => {
    it('reads a CSV file from src', async () => {
      const el = await chartFixture<Chart>(
        tag(name, `src="/data/jnim_claims_cep_2025.csv" ${MAPPING} from="2025-07" to="2025-07"`),
      );
      expect(el.status, el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
      expect(el.skipped).to.deep.equal([]);
    });

    it('reads JSON text from the data attribute', async () => {
      const el = await chartFixture<Chart>(tag(name, `data='${JSON.stringify(ROWS)}' ${MAPPING}`));
      expect(el.status, el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('reads rows from the .data property', async () => {
      const el = await fixture<Chart>(tag(name, MAPPING));
      el.data = ROWS;
      expect(await settle(el), el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('shows its loading state until a Promise given to .data settles', async () => {
      const el = await fixture<Chart>(tag(name, MAPPING));
      let resolve!: (rows: typeof ROWS) => void;
      el.data = new Promise((done) => (resolve = done));
      await el.updateComplete;
      expect(el.status).to.equal('loading');
      expect(el.shadowRoot!.querySelector('[part="status"]')?.textContent).to.match(/Loading/);
      resolve(ROWS);
      expect(await settle(el), el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('reads an inline <script type="application/json">', async () => {
      const inner = `<script type="application/json">${JSON.stringify(ROWS)}</script>`;
      const el = await chartFixture<Chart>(tag(name, MAPPING, inner));
      expect(el.status, el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('reads an inline <table> with a header row', async () => {
      const body = ROWS.map(
        (r) => `<tr><td>${r.month}</td><td>${r.country}</td><td>${r.actor}</td><td>${r.claimed_attacks}</td></tr>`,
      ).join('');
      const inner = `<table><thead><tr><th>month</th><th>country</th><th>actor</th><th>claimed_attacks</th></tr></thead><tbody>${body}</tbody></table>`;
      const el = await chartFixture<Chart>(tag(name, MAPPING, inner));
      expect(el.status, el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('lets the most recent of src and .data win', async () => {
      const el = await fixture<Chart>(tag(name, MAPPING));
      el.src = '/data/jnim_claims_cep_2025.csv';
      el.data = ROWS.slice(0, 2);
      expect(await settle(el), el.error).to.equal('ready');
      expect(total(el)).to.equal(90);
      el.src = '/data/jnim_claims_cep_2025.csv';
      el.setAttribute('from', '2025-07');
      el.setAttribute('to', '2025-07');
      expect(await settle(el), el.error).to.equal('ready');
      expect(total(el)).to.equal(TOTAL);
    });

    it('holds in its view exactly the rows in chartData', async () => {
      const el = await chartFixture<Chart>(tag(name, `data='${JSON.stringify(ROWS)}' ${MAPPING}`));
      const drawn = viewRows(el).map((row) => ({ ...row }));
      const keys = Object.keys(el.chartData[0]);
      expect(drawn.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])))).to.deep.equal(el.chartData);
      expect(el.spec && (el.spec as { data: { values: unknown } }).data.values).to.deep.equal(el.chartData);
    });
  });
}
