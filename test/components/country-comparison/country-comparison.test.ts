import { expect, html } from '@open-wc/testing';
import '../../../src/country-comparison.js';
import type { CountryComparison } from '../../../src/country-comparison.js';
import { chartFixture, marks } from '../../helpers/chart.js';

const CEP = '/data/jnim_claims_cep_2025.csv';

describe('<country-comparison>', () => {
  it('draws the published July 2025 claims: Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${CEP} date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07"></country-comparison>`,
    );
    expect(el.chartData).to.deep.equal([
      { country: 'Burkina Faso', value: 54 },
      { country: 'Mali', value: 36 },
      { country: 'Niger', value: 7 },
      { country: 'Togo', value: 1 },
    ]);
    expect(marks(el, 'rect')).to.have.length(4);
    const labels = Array.from(el.shadowRoot!.querySelectorAll('svg g.mark-text.role-mark text'), (t) => t.textContent);
    expect(labels).to.deep.equal(['54', '36', '7', '1']);
    expect(el.shadowRoot!.querySelector('svg .role-axis-title text')?.textContent).to.equal('Claimed attacks');
  });

  it('draws the highlighted country in the accent colour', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison style="--cc-accent: rgb(1, 2, 3)" src=${CEP} date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07" highlight="Mali"></country-comparison>`,
    );
    const fills = marks(el, 'rect').map((rect) => rect.getAttribute('fill'));
    expect(fills[1]).to.equal('rgb(1, 2, 3)');
    expect(fills.filter((fill) => fill === 'rgb(1, 2, 3)')).to.have.length(1);
  });

  it('stacks by event type', async () => {
    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src="/data/ucdp_ged231_sample_westafrica_2017-2022.csv" group-by="event-type"></country-comparison>`,
    );
    const total = (country: string) =>
      el.chartData.filter((row) => row.country === country).reduce((sum, row) => sum + row.value, 0);
    // shared/data/README.md: Mali 5, Burkina Faso 4, Niger 1, Nigeria 9.
    expect([total('Nigeria'), total('Mali'), total('Burkina Faso'), total('Niger')]).to.deep.equal([9, 5, 4, 1]);
    expect(marks(el, 'rect')).to.have.length(el.chartData.length);
  });
});
