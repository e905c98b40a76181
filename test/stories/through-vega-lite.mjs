// Each story drawn twice: as shipped (the charts' own Vega specs) and through Vega-Lite, as
// every chart was drawn before issue 14 (an identity `customizeSpec` makes an element compile
// its Vega-Lite spec). The two must be the same picture: scenegraph items within 0.5 px, and
// at most 0.1 % of the screenshot's pixels apart (pixelmatch, threshold 0.1).
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import { mkdirSync, writeFileSync } from 'node:fs';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { sceneDifferences, sceneItems } from '../helpers/scene-items.mjs';

const TAGS = CHART_SELECTOR;
/** Share of pixels two screenshots may differ by. */
const MOST_PIXELS = 0.001;

/** In the page: every ready chart's scenegraph, and whether it was drawn from its own Vega spec. */
function readScenes(tags) {
  return [...document.querySelectorAll(`#storybook-root :is(${tags})`)]
    .filter((chart) => chart.status === 'ready' && chart.view)
    .map((chart) => ({
      tag: chart.localName,
      direct: chart.vegaSpec?.usermeta?.builder === 'conflict-charts',
      // Small maps have no Vega twin yet: they are drawn through Vega-Lite as shipped.
      twinless: chart.localName === 'conflict-map' && (chart.smallMultiples ?? 'none') !== 'none',
      items: window.__sceneItems(chart.view),
    }));
}

/** In the page: draws every ready chart again through Vega-Lite, or back without it. */
async function redraw(tags, throughVegaLite) {
  const charts = [...document.querySelectorAll(`#storybook-root :is(${tags})`)].filter((chart) => chart.view);
  for (const chart of charts) chart.customizeSpec = throughVegaLite ? (spec) => spec : undefined;
  await Promise.all(charts.map((chart) => chart.settled));
  await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
}

/**
 * Compares the story as shown (`shown`, its PNG) with the same story drawn through Vega-Lite;
 * saves a diff image into `diffs` when any pixel differs. Leaves the page as it was shown.
 * @returns problems, and what was compared.
 */
export async function compareThroughVegaLite(page, shown, { diffs, id }) {
  await page.evaluate(`window.__sceneItems = ${sceneItems.toString()}`);
  const direct = await page.evaluate(readScenes, TAGS);
  if (!direct.length) return { problems: [], compared: '' };
  const problems = direct
    .filter((chart) => !chart.direct && !chart.twinless)
    .map((chart) => `<${chart.tag}> was not drawn from its own Vega spec`);
  await page.evaluate(redraw, TAGS, true);
  const compiled = await page.evaluate(readScenes, TAGS);
  problems.push(
    ...compiled.filter((chart) => chart.direct).map((chart) => `<${chart.tag}> was not drawn through Vega-Lite when customized`),
  );
  const before = await page.screenshot({ fullPage: true });
  await page.evaluate(redraw, TAGS, false);
  direct.forEach((chart, index) => {
    const found = sceneDifferences(compiled[index]?.items ?? [], chart.items, 4);
    if (found.length) problems.push(`<${chart.tag}> differs from its Vega-Lite drawing: ${found.join('; ')}`);
  });
  const [a, b] = [PNG.sync.read(Buffer.from(shown)), PNG.sync.read(Buffer.from(before))];
  let changed = a.width * a.height;
  if (a.width === b.width && a.height === b.height) {
    const diff = new PNG({ width: a.width, height: a.height });
    changed = pixelmatch(a.data, b.data, diff.data, a.width, a.height, { threshold: 0.1 });
    if (changed) {
      mkdirSync(diffs, { recursive: true });
      writeFileSync(`${diffs}/${id}.png`, PNG.sync.write(diff));
    }
  } else problems.push(`the screenshot through Vega-Lite is ${b.width}×${b.height}, not ${a.width}×${a.height}`);
  const share = changed / (a.width * a.height);
  if (share > MOST_PIXELS) problems.push(`${(share * 100).toFixed(3)} % of pixels differ from the Vega-Lite drawing`);
  const items = direct.reduce((sum, chart) => sum + chart.items.length, 0);
  return { problems, compared: `${items} items and ${changed} of ${a.width * a.height} pixels differing` };
}
