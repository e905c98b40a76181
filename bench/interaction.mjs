// Interaction latency (issue 14, item 7e), as Event Timing reports it: the time from a real
// input event (sent by DevTools, as a reader's) to the next frame painted after its handlers,
// the measure behind Interaction to Next Paint. Two interactions:
//   filter change  a button whose click sets `from` on our element, or sets the same filter as
//                  a signal in the peer's view (bench/page.js's re-render on both sides); also
//                  reported: the time until the chart is redrawn and a frame has passed, and
//                  the style and layout work in the 300 ms after the click (DevTools'
//                  Performance metrics): the redrawn time ends at the frame's animation
//                  callback, before that frame's style and layout, on both sides;
//   arrow key      ArrowRight on our chart's drawing, which reads the next value (the peer has
//                  no keyboard reading).
// A fresh browser per measurement, the sides alternated, median of --reps (3).
//
//   node bench/interaction.mjs [--sizes 1000,100000] [--reps 3] [--charts …]
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/serve.mjs';
import { benchPage, launchBenchBrowser } from './browser.mjs';
import { recordFigures } from './figures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const SIZES = option('sizes', '1000,100000').split(',').map(Number);
const REPS = Number(option('reps', 3));
const CHARTS = option('charts', 'attack-timeline,country-comparison,actor-breakdown').split(',');
const SEED = 20250715;
const KEYS = 5;

if (!existsSync(join(ROOT, 'dist', 'conflict-charts.js'))) {
  console.error('dist/conflict-charts.js is missing: run `npm run build` first.');
  process.exit(1);
}
const { server, origin } = await serveStatic();
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** In the page: records Event Timing entries and adds the filter button, whose click re-renders. */
function install(side, kind, markData) {
  window.interaction = { entries: [] };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (entry.interactionId) window.interaction.entries.push([entry.name, entry.interactionId, entry.duration]);
    }
  }).observe({ type: 'event', durationThreshold: 16 });
  const button = document.createElement('button');
  button.id = 'filter';
  button.textContent = 'From January 2020';
  button.addEventListener('click', () => {
    window.interaction.redrawn = side === 'ours' ? window.bench.oursRerender(kind) : window.bench.peerRerender(kind, markData);
  });
  document.body.prepend(button);
}

/** Per interaction (entries sharing an id), its longest entry: what INP counts. */
function interactions(entries, names) {
  const byId = new Map();
  for (const [name, id, duration] of entries) if (names.includes(name)) byId.set(id, Math.max(byId.get(id) ?? 0, duration));
  return [...byId.values()];
}

async function once(side, kind, n, size) {
  const browser = await launchBenchBrowser();
  try {
    const page = await benchPage(browser);
    await page.goto(`${origin}/bench/pages/${side}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    await page.evaluate((count, seed) => window.bench.generate(count, seed), n, SEED);
    const first =
      side === 'ours'
        ? await page.evaluate((k) => window.bench.oursFirstRender(k), kind)
        : await page.evaluate((k, s) => window.bench.peerFirstRender(k, s), kind, size);
    await page.evaluate(install, side, kind, first.markData);
    await pause(200);
    const metrics = await page.target().createCDPSession();
    await metrics.send('Performance.enable');
    const styleAndLayout = async () => {
      const { metrics: list } = await metrics.send('Performance.getMetrics');
      const value = (name) => list.find((metric) => metric.name === name)?.value ?? 0;
      return (value('LayoutDuration') + value('RecalcStyleDuration')) * 1000;
    };
    const before = await styleAndLayout();
    await page.click('#filter');
    await page.waitForFunction(() => window.interaction.redrawn);
    const redrawn = await page.evaluate(() => window.interaction.redrawn);
    await pause(300); // Event Timing entries arrive after the frame
    const layoutMs = (await styleAndLayout()) - before;
    const filter = Math.max(
      0,
      ...interactions(await page.evaluate(() => window.interaction.entries), ['pointerdown', 'pointerup', 'click']),
    );
    let keys = [];
    if (side === 'ours') {
      await page.evaluate(() => {
        window.interaction.entries = [];
        document.querySelector('#chart > *').shadowRoot.querySelector('[part="chart"]').focus();
      });
      for (let i = 0; i < KEYS; i++) {
        await page.keyboard.press('ArrowRight');
        await pause(150);
      }
      await pause(300);
      keys = interactions(await page.evaluate(() => window.interaction.entries), ['keydown', 'keyup']);
    }
    return { filter, redrawnMs: redrawn.ms, layoutMs, keys, size: first.size };
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => (value === undefined ? '—' : `${Math.round(value).toLocaleString('en-US')} ms`);
// Event Timing reports only events of 16 ms or more: none is shown as under 16 ms.
const duration = (value) => (value === 0 ? '< 16 ms' : ms(value));
const range = (values) => `${Math.round(Math.min(...values))}–${Math.round(Math.max(...values))}`;
const rows = [];
try {
  for (const kind of CHARTS) {
    for (const n of SIZES) {
      const runs = { ours: [], peer: [] };
      for (let rep = 0; rep < REPS; rep++) {
        // Ours first in each pair: the peer draws at the size ours was drawn at.
        const ours = await once('ours', kind, n);
        const peer = await once('peer', kind, n, ours.size);
        runs.ours.push(ours);
        runs.peer.push(peer);
      }
      for (const side of ['ours', 'peer']) {
        const r = runs[side];
        const keys = r.flatMap((run) => run.keys);
        const row = {
          kind,
          n,
          side,
          filter: median(r.map((run) => run.filter)),
          filterRange: range(r.map((run) => run.filter)),
          redrawn: median(r.map((run) => run.redrawnMs)),
          redrawnRange: range(r.map((run) => run.redrawnMs)),
          layout: median(r.map((run) => run.layoutMs)),
          layoutRange: range(r.map((run) => run.layoutMs)),
          key: keys.length ? median(keys) : undefined,
          keyMax: keys.length ? Math.max(...keys) : undefined,
          keyCount: keys.length,
        };
        rows.push(row);
        console.log(
          `${kind.padEnd(18)} N=${String(n).padStart(6)} ${side}: filter ${ms(row.filter)} (${row.filterRange}), redrawn ${ms(row.redrawn)} (${row.redrawnRange}), style and layout ${ms(row.layout)} (${row.layoutRange}), arrow key ${ms(row.key)} (max ${ms(row.keyMax)}, ${row.keyCount} over 16 ms)`,
        );
      }
    }
  }
} finally {
  server.close();
}

console.log(
  '\n| chart | N | side | filter change: interaction, median (min–max) | filter change: until redrawn + a frame | style and layout after the click | arrow key: interaction, median (max) |',
);
console.log('|---|---:|---|---:|---:|---:|---:|');
for (const row of rows) {
  const key =
    row.side === 'peer'
      ? 'no keyboard reading'
      : row.keyCount
        ? `${ms(row.key)} (${ms(row.keyMax)})`
        : `none over 16 ms (${KEYS * REPS} presses)`;
  console.log(
    `| ${row.kind} | ${row.n.toLocaleString('en-US')} | ${row.side} | ${duration(row.filter)} (${row.filterRange}) | ${ms(row.redrawn)} (${row.redrawnRange}) | ${ms(row.layout)} (${row.layoutRange}) | ${key} |`,
  );
}

recordFigures('interaction', { rows });
