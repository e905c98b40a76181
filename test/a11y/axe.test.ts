import { expect, fixture, html } from '@open-wc/testing';
import 'axe-core';
import '../../src/index.js';
import { settle, type AnyChart } from '../helpers/chart.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[] }[] }[];
  incomplete: { id: string }[];
  passes: { id: string }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options?: object): Promise<AxeResult> };
  }
}

const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';
const CHARTS = {
  'attack-timeline': `src="${NIGERIA}" group-by="actor" top="4" heading="Lethal events by actor"`,
  'country-comparison': `src="/data/jnim_claims_cep_2025.csv" date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07" highlight="Mali" heading="Claims"`,
  'actor-breakdown': `src="${NIGERIA}" group-by="event-type" heading="Actors"`,
};

describe('axe-core finds no accessibility violation', () => {
  for (const theme of ['light', 'dark']) {
    for (const [tag, attributes] of Object.entries(CHARTS)) {
      it(`<${tag}> in ${theme}, with its data table shown`, async () => {
        const wrapper = await fixture<HTMLElement>(
          html`<main style=${`background: ${theme === 'dark' ? '#14181d' : '#fff'}`}></main>`,
        );
        wrapper.innerHTML = `<${tag} theme="${theme}" ${attributes}></${tag}>`;
        const el = wrapper.firstElementChild as AnyChart;
        expect(await settle(el), el.error).to.equal('ready');
        const check = async () => {
          const result = await window.axe.run(wrapper, { resultTypes: ['violations', 'incomplete'] });
          const summary = result.violations.map(
            (v) => `${v.id} (${v.impact}): ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`,
          );
          console.log(
            `axe <${tag}> ${theme}: ${result.violations.length} violations, ${result.incomplete.length} incomplete (${result.incomplete.map((i) => i.id).join(', ')}), ${result.passes.length} passes`,
          );
          expect(summary).to.deep.equal([]);
        };
        await check();
        el.shadowRoot!.querySelector<HTMLButtonElement>('[part="data-toggle"]')!.click();
        await el.updateComplete;
        await check();
      });
    }
  }
});
