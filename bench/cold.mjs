// Cold-page and warm-script benchmark: ours against plain vega-embed, each side's page loading
// only its own scripts from a local server (gzip, as a site would serve them), a fresh browser
// (empty cache, no code cache) per measurement, the two sides alternated. Issue 14, item 7:
//   cold  navigation start → the first frame after the chart's SVG with axes is in the DOM;
//   cold, throttled  the same under DevTools' 4× CPU slowdown and a slow network (562.5 ms
//         latency, 180,000 B/s down, 84,375 B/s up);
//   cold+preload, throttled+preload  the same with the drawing code and Vega preloaded from
//         the page's head (<link rel="modulepreload">, URLs from dist/sri.json), as a page whose
//         chart is above the fold may do; the peer's page is the same as without;
//   warm  both sides' scripts fetched, evaluated and run once (a 50-row chart), then timed
//         from generating the rows to the same end.
// The rows are generated in the page from a seed (bench/generate.js), inside the timed window
// on both sides, and reported apart.
//
// With --trace, each page load is also recorded as a DevTools trace with CPU sampling, and a
// second table gives each side's long tasks and the scripts their time went to (item 7d); the
// tracing slows both sides, so the times of such a run are not compared with others.
//
//   node bench/cold.mjs [--sizes 1000,10000] [--reps 3] [--charts …] [--modes cold,throttled,warm] [--trace]
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '../scripts/serve.mjs';
import { benchPage, launchBenchBrowser } from './browser.mjs';
import { attributeLongTasks, TRACE_CATEGORIES } from './long-tasks.mjs';
import { recordFigures } from './figures.mjs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const SIZES = option('sizes', '1000,10000').split(',').map(Number);
const REPS = Number(option('reps', 3));
const CHARTS = option('charts', 'attack-timeline,country-comparison,actor-breakdown').split(',');
const MODES = option('modes', 'cold,cold+preload,throttled,throttled+preload,warm').split(',');
const TRACE = args.includes('--trace');
const SRI = JSON.parse(readFileSync(join(ROOT, 'dist', 'sri.json'), 'utf8'));
const THROTTLE = { cpu: 4, network: { offline: false, latency: 562.5, downloadThroughput: 180_000, uploadThroughput: 84_375 } };

// Each side's pages, one per chart. The peer: plain vega-embed as its README shows it, its spec
// inlined (no extra request). Ours: the CMS file and the chart's tag in the article.
const PAGES = join(ROOT, 'bench', 'cold', 'pages');
rmSync(PAGES, { recursive: true, force: true });
mkdirSync(PAGES, { recursive: true });
for (const kind of CHARTS) {
  const spec = readFileSync(join(ROOT, 'bench', 'peer', `${kind}.vl.json`), 'utf8');
  for (const preload of [false, true]) {
    const links = preload
      ? SRI.preloadChunks.map((file) => `<link rel="modulepreload" href="../../../${file}" />\n`).join('')
      : '';
    writeFileSync(
      join(PAGES, `ours${preload ? '-preload' : ''}-${kind}.html`),
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>cold page: ours</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #chart { width: 800px; }</style>
${links}<script type="module" src="../../../dist/conflict-charts.js"></script>
<script type="module" src="../page.js"></script>
</head><body><div id="chart"><${kind}></${kind}></div></body></html>
`,
    );
  }
  writeFileSync(
    join(PAGES, `peer-${kind}.html`),
    `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>cold page: peer</title>
<style>body { margin: 0; font: 14px system-ui, sans-serif; } #chart { width: 800px; }</style>
<script src="../../../node_modules/vega/build/vega.min.js"></script>
<script src="../../../node_modules/vega-lite/build/vega-lite.min.js"></script>
<script src="../../../node_modules/vega-embed/build/vega-embed.min.js"></script>
<script>window.PEER_SPEC = ${spec};</script>
<script type="module" src="../page.js"></script>
</head><body><div id="chart"></div></body></html>
`,
  );
}

const { server, origin } = await serveStatic({ root: ROOT, gzip: true });

async function once(side, kind, n, mode) {
  const browser = await launchBenchBrowser();
  try {
    const page = await benchPage(browser);
    if (mode.startsWith('throttled')) {
      const cdp = await page.createCDPSession();
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', THROTTLE.network);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE.cpu });
    }
    const query = `side=${side}&kind=${kind}&n=${n}&warm=${mode === 'warm' ? 1 : 0}`;
    const variant = side === 'ours' && mode.endsWith('+preload') ? 'ours-preload' : side;
    const url = `${origin}/bench/cold/pages/${variant}-${kind}.html?${query}`;
    if (TRACE) await page.tracing.start({ categories: TRACE_CATEGORIES });
    await page.goto(url, { timeout: 120_000 });
    const result = await page.evaluate(() => window.coldResult);
    if (TRACE) result.tasks = attributeLongTasks(JSON.parse(Buffer.from(await page.tracing.stop()).toString('utf8')));
    if (result.error) throw new Error(`${side} ${kind} ${n} ${mode}: ${result.error}`);
    return result;
  } finally {
    await browser.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const rows = [];
try {
  for (const mode of MODES) {
    for (const kind of CHARTS) {
      for (const n of SIZES) {
        const runs = { ours: [], peer: [] };
        for (let rep = 0; rep < REPS; rep++) {
          // Alternate which side goes first, so neither always meets a warmer machine.
          for (const side of rep % 2 ? ['peer', 'ours'] : ['ours', 'peer']) runs[side].push(await once(side, kind, n, mode));
        }
        const [ours, peer] = [runs.ours.map((r) => r.ms), runs.peer.map((r) => r.ms)];
        const row = {
          mode,
          kind,
          n,
          ours: median(ours),
          oursRange: [Math.min(...ours), Math.max(...ours)],
          peer: median(peer),
          peerRange: [Math.min(...peer), Math.max(...peer)],
          generate: median(runs.ours.map((r) => r.generateMs)),
          oursBytes: median(runs.ours.map((r) => r.scriptBytes)),
          peerBytes: median(runs.peer.map((r) => r.scriptBytes)),
        };
        if (TRACE) row.tasks = { ours: runs.ours.map((r) => r.tasks), peer: runs.peer.map((r) => r.tasks) };
        rows.push(row);
        console.log(
          `${mode.padEnd(9)} ${kind.padEnd(18)} N=${String(n).padStart(6)}  ours ${ms(row.ours)} (${row.oursRange.map(Math.round).join('–')})  peer ${ms(row.peer)} (${row.peerRange.map(Math.round).join('–')})  ×${(row.peer / row.ours).toFixed(2)}`,
        );
      }
    }
  }
} finally {
  server.close();
  rmSync(PAGES, { recursive: true, force: true });
}

const kb = (bytes) => `${(bytes / 1024).toFixed(0)} KB`;
console.log(
  `\n| mode | chart | N | ours: median (min–max) | peer: median (min–max) | speed-up (peer ÷ ours) | rows ready (cold: since navigation) | script transferred: ours / peer |`,
);
console.log('|---|---|---:|---:|---:|---:|---:|---:|');
for (const row of rows) {
  const range = ([a, b]) => `${Math.round(a).toLocaleString('en-US')}–${Math.round(b).toLocaleString('en-US')}`;
  console.log(
    `| ${row.mode} | ${row.kind} | ${row.n.toLocaleString('en-US')} | ${ms(row.ours)} (${range(row.oursRange)}) | ${ms(row.peer)} (${range(row.peerRange)}) | ×${(row.peer / row.ours).toFixed(2)} | ${ms(row.generate)} | ${kb(row.oursBytes)} / ${kb(row.peerBytes)} |`,
  );
}

if (TRACE) {
  // Per side: the median run's count, longest task and blocking time, and the scripts that
  // took the most self time inside long tasks, summed over the runs and divided by their number.
  console.log(
    '\n| mode | chart | N | side | long tasks | longest | blocking (time past 50 ms) | self time in long tasks, by script (mean per run) |',
  );
  console.log('|---|---|---:|---|---:|---:|---:|---|');
  for (const row of rows) {
    for (const side of ['ours', 'peer']) {
      const runs = row.tasks[side];
      const scripts = new Map();
      for (const run of runs)
        for (const [script, time] of run.byScript) scripts.set(script, (scripts.get(script) ?? 0) + time / runs.length);
      const top = [...scripts]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 5)
        .map(([script, time]) => `${script} ${ms(time)}`)
        .join(', ');
      console.log(
        `| ${row.mode} | ${row.kind} | ${row.n.toLocaleString('en-US')} | ${side} | ${median(runs.map((r) => r.count))} | ${ms(median(runs.map((r) => r.longest)))} | ${ms(median(runs.map((r) => r.blocking)))} | ${top || '—'} |`,
      );
    }
  }
}

// A traced run's times are slowed by the tracing: its figures are kept apart from the timed run's.
recordFigures(TRACE ? 'cold-trace' : 'cold', {
  rows: rows.map(({ tasks, ...row }) =>
    tasks ? { ...row, tasks: { ours: tasks.ours.map((run) => run.tasks), peer: tasks.peer.map((run) => run.tasks) } } : row,
  ),
});
