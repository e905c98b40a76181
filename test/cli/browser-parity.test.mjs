// The same charts drawn by the elements in Chromium and by the Node renderer: identical
// chartData, and bars within 1.5 px of each other. Both sides lay text out in Noto Sans
// (the page loads it from @fontsource; the CLI measures with the same font's widths).
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { launchBrowser } from '../../scripts/screenshot.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { renderChart } from '../../dist/cli/index.js';

const WIDTH = 640;
const TOLERANCE = 1.5;
const NIGERIA = 'data/ucdp_ged_nigeria_2017-2019.csv';
const CEP = 'data/jnim_claims_cep_2025.csv';
const SAMPLE = 'data/ucdp_ged231_sample_westafrica_2017-2022.csv';

/** [chart, file, attributes as the element takes them]. */
const CASES = [
  ['attack-timeline', NIGERIA, { interval: 'year' }],
  ['attack-timeline', NIGERIA, { interval: 'month', 'group-by': 'event-type' }],
  ['attack-timeline', NIGERIA, { interval: 'quarter', measure: 'fatalities', locale: 'fr' }],
  ['attack-timeline', NIGERIA, { interval: 'year', 'group-by': 'actor', top: '3', theme: 'dark' }],
  ['attack-timeline', NIGERIA, { interval: 'month', mark: 'line', from: '2018', to: '2018' }],
  [
    'attack-timeline',
    NIGERIA,
    {
      annotations: '[{"date":"2019-02-23","label":"Election"},{"from":"2018-02","to":"2018-04","label":"Dry season offensive"}]',
    },
  ],
  ['country-comparison', CEP, { 'date-field': 'month', 'value-field': 'claimed_attacks', from: '2025-07', to: '2025-07' }],
  ['country-comparison', SAMPLE, { 'group-by': 'event-type' }],
  ['actor-breakdown', NIGERIA, {}],
  ['actor-breakdown', NIGERIA, { 'group-by': 'event-type', locale: 'fr' }],
  ['actor-breakdown', NIGERIA, { top: '4', height: '200' }],
];

const camel = (name) => name.replace(/-([a-z])/g, (_, c) => c.toUpperCase());

function nodeOptions(file, attributes) {
  const options = { src: new URL(`../../${file}`, import.meta.url).pathname };
  for (const [name, value] of Object.entries(attributes)) {
    options[camel(name)] = name === 'top' || name === 'height' ? Number(value) : value;
  }
  return options;
}

const browserPath = findBrowser();

describe('the CLI draws what the element draws', { skip: browserPath ? false : 'no Chromium' }, () => {
  let server;
  let browser;
  let page;
  let origin;

  before(async () => {
    ({ server, origin } = await serveStatic());
    browser = await launchBrowser();
    page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.goto(`${origin}/test/cli/parity.html`);
    await page.evaluate(async () => {
      await customElements.whenDefined('attack-timeline');
      await Promise.all([document.fonts.load('12px "Noto Sans"'), document.fonts.load('700 18px "Noto Sans"')]);
    });
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  for (const [kind, file, attributes] of CASES) {
    it(`${kind} ${JSON.stringify(attributes)}`, async () => {
      const rendered = await renderChart(kind, nodeOptions(file, attributes), { width: WIDTH });
      const seen = await page.evaluate(
        async (kind, src, attributes, svg) => {
          const pair = document.createElement('div');
          pair.className = 'pair';
          const el = document.createElement(kind);
          for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
          el.setAttribute('src', src);
          const copy = document.createElement('div');
          copy.innerHTML = svg;
          pair.append(el, copy);
          document.body.append(pair);
          const status = await el.settled;
          const rects = (svg) => {
            const origin = svg.getBoundingClientRect();
            return Array.from(svg.querySelectorAll('g.mark-rect path'), (path) => {
              const box = path.getBoundingClientRect();
              return { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height };
            });
          };
          const elementSvg = el.shadowRoot.querySelector('[part="chart"] svg');
          const nodeSvg = copy.querySelector('svg.marks');
          const result = {
            status,
            error: el.error,
            chartData: el.chartData,
            element: {
              width: elementSvg?.getAttribute('width'),
              height: elementSvg?.getAttribute('height'),
              rects: elementSvg ? rects(elementSvg) : [],
            },
            node: { width: nodeSvg.getAttribute('width'), height: nodeSvg.getAttribute('height'), rects: rects(nodeSvg) },
          };
          pair.remove();
          return result;
        },
        kind,
        `/${file}`,
        attributes,
        rendered.svg,
      );
      assert.equal(seen.status, 'ready', seen.error);
      assert.deepEqual(rendered.chartData, seen.chartData);
      assert.equal(seen.node.width, seen.element.width, 'chart width');
      assert.ok(
        Math.abs(seen.node.height - seen.element.height) <= TOLERANCE,
        `chart height ${seen.node.height} vs ${seen.element.height}`,
      );
      assert.equal(seen.node.rects.length, seen.element.rects.length, 'number of bars');
      if (attributes.mark !== 'line') assert.ok(seen.node.rects.length > 0, 'bars drawn');
      seen.node.rects.forEach((rect, i) => {
        const other = seen.element.rects[i];
        for (const key of ['x', 'y', 'width', 'height']) {
          assert.ok(
            Math.abs(rect[key] - other[key]) <= TOLERANCE,
            `bar ${i} ${key}: CLI ${rect[key].toFixed(2)}, element ${other[key].toFixed(2)}`,
          );
        }
      });
    });
  }
});
