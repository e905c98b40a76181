import { expect, fixture, html } from '@open-wc/testing';
import '../../src/index.js';
import { settle, marks, type AnyChart } from '../helpers/chart.js';

declare global {
  interface Window {
    __pwned?: string;
  }
}

// Each payload would set window.__pwned if it ever ran as markup or script.
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='img'">`,
  `<script>window.__pwned='script'</script>`,
  `javascript:window.__pwned='js'`,
  `"><svg onload="window.__pwned='svg'">`,
];

const rows = PAYLOADS.flatMap((payload, i) => [
  { date: `2025-0${i + 1}-10`, actor: payload, country: payload, type: payload },
  { date: `2025-0${i + 1}-11`, actor: payload, country: payload, type: payload },
]);

function textsIn(el: Element): string[] {
  return Array.from(el.shadowRoot!.querySelectorAll('svg text'), (t) => t.textContent ?? '');
}

/** Vega shortens long labels with "…": the label shown must be the payload or its start. */
function shown(texts: string[], payload: string): boolean {
  return texts.some(
    (text) => text === payload || (text.endsWith('…') && text.length > 8 && payload.startsWith(text.slice(0, -1))),
  );
}

async function hover(el: AnyChart, mark: Element): Promise<string> {
  const box = mark.getBoundingClientRect();
  const init = { bubbles: true, composed: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 };
  mark.dispatchEvent(new PointerEvent('pointermove', init));
  mark.dispatchEvent(new MouseEvent('mousemove', init));
  await new Promise((done) => setTimeout(done, 50));
  const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
  expect(tip.hidden, 'tooltip shown').to.equal(false);
  return tip.textContent ?? '';
}

function expectNothingRan(root: ParentNode) {
  expect(window.__pwned).to.equal(undefined);
  expect(root.querySelectorAll('img, script, iframe, object')).to.have.length(0);
  const withHandlers = Array.from(root.querySelectorAll('*')).filter((node) =>
    Array.from(node.attributes).some((a) => a.name.startsWith('on')),
  );
  expect(withHandlers).to.have.length(0);
}

describe('hostile strings stay text', () => {
  beforeEach(() => {
    delete window.__pwned;
  });

  for (const [name, attributes] of [
    ['attack-timeline', 'group-by="actor"'],
    ['country-comparison', 'group-by="event-type"'],
    ['actor-breakdown', 'group-by="event-type"'],
  ] as const) {
    it(`<${name}>: data values, heading, description, source, note and tooltips`, async () => {
      const payload = PAYLOADS[0];
      const wrapper = await fixture(html`<div></div>`);
      wrapper.innerHTML = `<${name} ${attributes} date-field="date" actor-field="actor" country-field="country"
        type-field="type" top="10"></${name}>`;
      const el = wrapper.firstElementChild as AnyChart;
      for (const [attribute, value] of [
        ['heading', PAYLOADS[0]],
        ['description', PAYLOADS[1]],
        ['source', PAYLOADS[2]],
        ['note', PAYLOADS[3]],
        ['highlight', PAYLOADS[3]],
        ['measure-label', PAYLOADS[1]],
      ]) {
        el.setAttribute(attribute, value);
      }
      el.data = rows;
      expect(await settle(el), el.error).to.equal('ready');
      await new Promise((done) => setTimeout(done, 100));

      const part = (p: string) => el.shadowRoot!.querySelector(`[part="${p}"]`)?.textContent;
      expect(part('heading')).to.equal(PAYLOADS[0]);
      expect(part('description')).to.equal(PAYLOADS[1]);
      expect(part('source')).to.equal(PAYLOADS[2]);
      expect(part('note')).to.equal(PAYLOADS[3]);

      const texts = textsIn(el);
      for (const p of PAYLOADS) expect(shown(texts, p), `"${p}" drawn in ${JSON.stringify(texts)}`).to.equal(true);
      expect(
        texts.some((t) => t.includes(PAYLOADS[1])),
        'axis title',
      ).to.equal(true); // measure-label

      const tip = await hover(el, marks(el, 'rect')[0]);
      expect(
        PAYLOADS.some((p) => tip.includes(p)),
        tip,
      ).to.equal(true);
      expect(payload.length).to.be.greaterThan(0);

      expectNothingRan(el.shadowRoot!);
      expectNothingRan(wrapper);
    });
  }

  it('annotation labels', async () => {
    const annotations = JSON.stringify(PAYLOADS.map((label, i) => ({ date: `2025-0${i + 1}-15`, label })));
    const el = await fixture<AnyChart>(
      html`<attack-timeline date-field="date" annotations=${annotations} .data=${rows}></attack-timeline>`,
    );
    expect(await settle(el), el.error).to.equal('ready');
    const texts = textsIn(el);
    for (const p of PAYLOADS) expect(shown(texts, p), p).to.equal(true);
    expectNothingRan(el.shadowRoot!);
  });

  it('error messages that quote attribute values', async () => {
    const el = await fixture<AnyChart>(html`<attack-timeline interval=${PAYLOADS[0]} .data=${rows}></attack-timeline>`);
    expect(await settle(el)).to.equal('error');
    expect(el.shadowRoot!.querySelector('[part="status"]')!.textContent).to.contain(`interval="${PAYLOADS[0]}"`);
    expectNothingRan(el.shadowRoot!);
  });
});
