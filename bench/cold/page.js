// The in-page half of the cold-page benchmark (bench/cold.mjs). The page's URL says which side
// draws which chart of how many seeded rows; both sides end their time at the same event, found
// by the same code: the first animation frame after the chart's SVG, with its axes, is in the
// DOM (for ours, after `cc-render`: summary and data table are written by then).
import { generateAcledRows } from '../generate.js';

const query = new URLSearchParams(location.search);
const side = query.get('side');
const kind = query.get('kind');
const rows = Number(query.get('n'));
const warm = query.get('warm') === '1';
const SEED = 20250715;

const frame = () => new Promise((done) => requestAnimationFrame(() => done()));

/** Resolves once `root` holds an SVG with axes, then waits for the next animation frame. */
async function drawnThenFrame(root) {
  const drawn = () => root.querySelector('svg .role-axis');
  if (!drawn()) {
    await new Promise((done) => {
      const watch = new MutationObserver(() => drawn() && (watch.disconnect(), done()));
      watch.observe(root, { childList: true, subtree: true });
    });
  }
  await frame();
  return performance.now();
}

/**
 * Ours: the element the page holds (as an article holds its chart, so its code loads while the
 * rows are made), or a new one, given its rows.
 */
async function drawOurs(data, fresh) {
  const held = fresh ? null : document.querySelector(kind);
  const element = held ?? document.createElement(kind);
  if (kind === 'attack-timeline') element.setAttribute('group-by', 'actor');
  const rendered = new Promise((done, fail) => {
    element.addEventListener('cc-render', done, { once: true });
    element.addEventListener('cc-error', (event) => fail(new Error(event.detail.message)), { once: true });
  });
  element.data = data;
  if (!held) document.getElementById('chart').append(element);
  await rendered;
  const end = await drawnThenFrame(element.shadowRoot);
  return { end, element };
}

/** The peer: vega-embed of its Vega-Lite spec (inlined in the page) with the raw rows. */
async function drawPeer(data) {
  const spec = structuredClone(window.PEER_SPEC);
  spec.data = { ...spec.data, values: data };
  const container = document.getElementById('chart');
  container.replaceChildren();
  await window.vegaEmbed(container, spec, { renderer: 'svg', actions: false });
  const end = await drawnThenFrame(container);
  return { end };
}

async function measure() {
  const draw = side === 'ours' ? drawOurs : drawPeer;
  if (warm) {
    // Warm script: both sides' code fetched, evaluated and run once (a 50-row chart) before timing.
    const first = await draw(generateAcledRows(50, SEED + 1), false);
    first.element?.remove();
  }
  // Marks for the trace (bench/long-tasks.mjs): only tasks inside the timed window count.
  if (warm) performance.mark('cc-bench-start');
  const t0 = warm ? performance.now() : 0;
  const data = generateAcledRows(rows, SEED);
  const generated = performance.now();
  const { end } = await draw(data, warm);
  performance.mark('cc-bench-end');
  const scripts = performance
    .getEntriesByType('resource')
    .filter((entry) => entry.initiatorType === 'script' || entry.name.endsWith('.js'));
  return {
    ms: end - t0,
    generateMs: generated - (warm ? t0 : 0),
    scriptBytes: scripts.reduce((sum, entry) => sum + entry.transferSize, 0),
    scripts: scripts.length,
  };
}

window.coldResult = measure().catch((error) => ({ error: String(error) }));
