// The benchmark: our elements against the peer (plain vega-embed with a Vega-Lite spec that
// aggregates the raw rows itself), in real headless Chromium, a fresh browser for each
// measurement, alternated in the same run. Serves the built dist/ with scripts/serve.mjs.
//
//   node bench/run.mjs                 full run (N = 1k, 10k, 100k, 1M; median of 3), writes bench/RESULTS.md
//   node bench/run.mjs --smoke         N = 1,000 once: checks the numbers match, writes nothing
//   node bench/run.mjs --sizes 1000,100000 --reps 1 --charts attack-timeline --no-bytes --no-big
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../scripts/find-browser.mjs';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../scripts/chromium-args.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { bytesByPackage } from './bundle-share.mjs';
import { cmsPageBytes, fileBytes } from './cms-bytes.mjs';
import { recordFigures } from './figures.mjs';
import { generateAcledRows, toCsv } from './generate.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const flag = (name) => args.includes(`--${name}`);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
};

const SMOKE = flag('smoke');
const SIZES = option('sizes', SMOKE ? '1000' : '1000,10000,100000,1000000')
  .split(',')
  .map(Number);
const REPS = Number(option('reps', SMOKE ? 1 : 3));
const CHARTS = option('charts', 'attack-timeline,country-comparison,actor-breakdown').split(',');
const SEED = Number(option('seed', 20250715));
const OUT = option('out', SMOKE ? '' : join(ROOT, 'bench', 'RESULTS.md'));
const BIG_ROWS = Number(option('big-rows', SMOKE ? 2000 : 100000));
const NOTE = option('note', '');

const log = (...parts) => console.log(...parts);

if (!existsSync(join(ROOT, 'dist', 'conflict-charts.js'))) {
  console.error('dist/conflict-charts.js is missing: run `npm run build` first (`npm run bench` does).');
  process.exit(1);
}

const executablePath = findBrowser();
if (!executablePath) {
  console.error('No Chromium found (set CHROME_PATH). The benchmark never downloads a browser.');
  process.exit(1);
}

function launch() {
  return puppeteer.launch({
    executablePath,
    headless: true,
    args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS, '--window-size=1000,800'],
  });
}

const { server, origin } = await serveStatic();

// ---- one measurement in a fresh browser ------------------------------------------------

async function heapUsed(cdp, collect) {
  if (collect) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  return (await cdp.send('Runtime.getHeapUsage')).usedSize;
}

/** The largest JS heap seen in a trace: V8 reports the heap size before and after every GC. */
function peakFromTrace(buffer) {
  let peak = 0;
  const { traceEvents } = JSON.parse(Buffer.from(buffer).toString('utf8'));
  for (const event of traceEvents) {
    const a = event.args ?? {};
    const before = a.usedHeapSizeBefore ?? a.data?.usedHeapSizeBefore;
    const after = a.usedHeapSizeAfter ?? a.data?.usedHeapSizeAfter;
    if (before) peak = Math.max(peak, before);
    if (after) peak = Math.max(peak, after);
  }
  return peak;
}

async function measure(impl, kind, n, size) {
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1000, height: 800 });
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) errors.push(message.text());
    });
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        errors.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${origin}/bench/pages/${impl}.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.bench !== undefined);
    const cdp = await page.target().createCDPSession();
    const heapEmpty = await heapUsed(cdp, true);
    await page.evaluate((count, seed) => window.bench.generate(count, seed), n, SEED);
    const heapRows = await heapUsed(cdp, true);

    await page.tracing.start({ categories: ['disabled-by-default-v8.gc'] });
    const first =
      impl === 'ours'
        ? await page.evaluate((k) => window.bench.oursFirstRender(k), kind)
        : await page.evaluate((k, s) => window.bench.peerFirstRender(k, s), kind, size);
    const heapEnd = await heapUsed(cdp, false);
    const peak = Math.max(peakFromTrace(await page.tracing.stop()), heapEnd);

    const again =
      impl === 'ours'
        ? await page.evaluate((k) => window.bench.oursRerender(k), kind)
        : await page.evaluate((k, m) => window.bench.peerRerender(k, m), kind, first.markData);
    if (errors.length) throw new Error(`${impl} ${kind} ${n}: ${errors.join('; ')}`);
    return {
      first: first.ms,
      rerender: again.ms,
      longestTask: first.longestTask,
      rerenderLongestTask: again.longestTask,
      rowsHeap: heapRows - heapEmpty,
      peakHeap: peak,
      peakOverRows: (peak - heapEmpty) / (heapRows - heapEmpty),
      numbers: first.numbers,
      numbersAfter: again.numbers,
      size: first.size,
      marks: first.marks,
      browserVersion: await browser.version(),
    };
  } finally {
    await browser.close();
  }
}

function compareNumbers(a, b) {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  const differences = [];
  for (const key of keys) if (a[key] !== b[key]) differences.push(`${key}: ours ${a[key]} peer ${b[key]}`);
  return { bins: keys.size, differences };
}

const median = (values) => {
  const sorted = [...values].sort((x, y) => x - y);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

// ---- bytes --------------------------------------------------------------------------------

/** Packages in the vega chunk that only vega-embed needs (a Vega `View` runtime would not). */
const EMBED_ONLY = [
  'vega-embed',
  'vega-themes',
  'vega-tooltip',
  'vega-schema-url-parser',
  'json-stringify-pretty-compact',
  'fast-json-patch',
  'semver',
];

/** How much of the vega chunk is vega-lite, and vega-embed with what only it needs. */
function vegaChunkShare() {
  const name = readdirSync(join(ROOT, 'dist')).find((f) => /^conflict-charts-vega-.*\.js$/.test(f));
  if (!name || !existsSync(join(ROOT, 'dist', `${name}.map`))) return null;
  const { total, counts } = bytesByPackage(join(ROOT, 'dist', name));
  const gzipRatio = fileBytes(join(ROOT, 'dist', name)).gzip / total;
  const vegaLite = counts['vega-lite'] ?? 0;
  const embed = EMBED_ONLY.reduce((sum, pkg) => sum + (counts[pkg] ?? 0), 0);
  return { name, total, vegaLite, embed, gzipRatio };
}

function distFiles() {
  return (
    readdirSync(join(ROOT, 'dist'))
      // The CMS bundle and its chunks, and the iframe embed page's script.
      .filter((name) => name.endsWith('.js') && (name.startsWith('conflict-charts') || name === 'embed.js'))
      .map((name) => ({ name, ...fileBytes(join(ROOT, 'dist', name)) }))
  );
}

/** What a CMS page with one chart far below the fold loads before the reader scrolls to it, and after. */
async function cmsPage(pageName) {
  const browser = await launch();
  try {
    return await cmsPageBytes(browser, origin, ROOT, pageName);
  } finally {
    await browser.close();
  }
}

// ---- big file: a src CSV read as a stream ----------------------------------------------

async function bigFile() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-bench-'));
  const name = `acled-${BIG_ROWS}.csv`;
  writeFileSync(join(dir, name), toCsv(generateAcledRows(BIG_ROWS, SEED)));
  const bytes = readFileSync(join(dir, name)).length;
  const files = await serveStatic({ root: dir, headers: { 'access-control-allow-origin': '*' } });
  const results = [];
  try {
    for (let rep = 0; rep < REPS; rep++) {
      const browser = await launch();
      try {
        const page = await browser.newPage();
        let requests = 0;
        page.on('request', (request) => request.url().endsWith(`/${name}`) && requests++);
        await page.goto(`${origin}/bench/pages/ours.html`, { waitUntil: 'load' });
        await page.waitForFunction(() => window.bench !== undefined);
        const result = await page.evaluate((url) => window.bench.oursFromSrc(url), `${files.origin}/${name}`);
        results.push({ ...result, requests });
      } finally {
        await browser.close();
      }
    }
  } finally {
    files.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return {
    rows: BIG_ROWS,
    bytes,
    ms: median(results.map((r) => r.ms)),
    readMs: median(results.map((r) => r.readMs)),
    longestTaskReading: median(results.map((r) => r.longestTaskReading)),
    longestTask: median(results.map((r) => r.longestTask)),
    progressUpdates: median(results.map((r) => r.progress.length)),
    requests: Math.max(...results.map((r) => r.requests)),
    elements: results[0].statuses.length,
  };
}

// ---- the run ------------------------------------------------------------------------------

const startedAt = new Date();
const loadBefore = loadavg();
log(`Benchmark: sizes ${SIZES.join(', ')}; ${REPS} run(s) each; charts ${CHARTS.join(', ')}`);

// Our chart sizes, so the peer draws at exactly the same width and height.
const sizes = {};
for (const kind of CHARTS) {
  const probe = await measure('ours', kind, 1000);
  sizes[kind] = probe.size;
}

const results = {};
let failed = false;
let browserVersion = '';
for (const n of SIZES) {
  for (const kind of CHARTS) {
    const runs = { ours: [], peer: [] };
    for (let rep = 0; rep < REPS; rep++) {
      const order = rep % 2 === 0 ? ['ours', 'peer'] : ['peer', 'ours'];
      for (const impl of order) runs[impl].push(await measure(impl, kind, n, sizes[kind]));
      browserVersion = runs.ours.at(-1)?.browserVersion ?? browserVersion;
    }
    const check = compareNumbers(runs.ours[0].numbers, runs.peer[0].numbers);
    const checkAfter = compareNumbers(runs.ours[0].numbersAfter, runs.peer[0].numbersAfter);
    const same = check.differences.length === 0 && checkAfter.differences.length === 0 && check.bins > 0;
    if (!same) {
      failed = true;
      console.error(
        `${kind} N=${n}: the charts hold different numbers:\n  ${[...check.differences, ...checkAfter.differences].slice(0, 10).join('\n  ')}`,
      );
    }
    const spread = (values) => [Math.min(...values), Math.max(...values)];
    const summary = (list) => ({
      first: median(list.map((r) => r.first)),
      firstRange: spread(list.map((r) => r.first)),
      rerender: median(list.map((r) => r.rerender)),
      rerenderRange: spread(list.map((r) => r.rerender)),
      longestTask: median(list.map((r) => r.longestTask)),
      rerenderLongestTask: median(list.map((r) => r.rerenderLongestTask)),
      peakHeap: median(list.map((r) => r.peakHeap)),
      rowsHeap: median(list.map((r) => r.rowsHeap)),
      peakOverRows: median(list.map((r) => r.peakOverRows)),
      marks: list[0].marks,
    });
    results[`${kind} ${n}`] = { kind, n, ours: summary(runs.ours), peer: summary(runs.peer), bins: check.bins, same };
    const r = results[`${kind} ${n}`];
    log(
      `${kind.padEnd(18)} N=${String(n).padStart(7)}  ours ${r.ours.first.toFixed(0).padStart(5)} ms  peer ${r.peer.first.toFixed(0).padStart(6)} ms  ` +
        `×${(r.peer.first / r.ours.first).toFixed(1).padStart(5)}  re-render ${r.ours.rerender.toFixed(0)}/${r.peer.rerender.toFixed(0)} ms  ` +
        `heap ${(r.ours.peakHeap / 1e6).toFixed(0)}/${(r.peer.peakHeap / 1e6).toFixed(0)} MB  same numbers: ${same ? `yes (${r.bins} bins)` : 'NO'}`,
    );
  }
}

const files = flag('no-bytes') ? [] : distFiles();
const share = flag('no-bytes') ? null : vegaChunkShare();
const CMS_PAGES = { 'cms.html': 'in English', 'cms-fr.html': 'in French (`lang="fr"`: the French strings load too)' };
const cmsPages = [];
for (const [pageName, language] of Object.entries(flag('no-bytes') ? {} : CMS_PAGES)) {
  const cms = { pageName, language, ...(await cmsPage(pageName)) };
  cmsPages.push(cms);
  log(
    `CMS page ${pageName}: before the chart ${cms.before.join(', ')} (${(cms.beforeBytes.gzip / 1024).toFixed(1)} KB gzip); after ${(cms.afterBytes.gzip / 1024).toFixed(1)} KB gzip`,
  );
}
const big = flag('no-big') ? null : await bigFile();
if (big) {
  log(
    `src CSV of ${big.rows} rows (${(big.bytes / 1e6).toFixed(1)} MB), ${big.elements} elements: read in ${big.readMs.toFixed(0)} ms ` +
      `(longest task ${big.longestTaskReading} ms, ${big.progressUpdates} progress texts), all drawn in ${big.ms.toFixed(0)} ms ` +
      `(longest task ${big.longestTask} ms); ${big.requests} request(s)`,
  );
  if (big.requests !== 1) failed = true;
}
const loadAfter = loadavg();
server.close();

// Records kept below this line (before/after comparisons of earlier changes) survive a new run.
const KEPT = '<!-- kept: bench/run.mjs rewrites only what is above this line -->';

if (OUT) {
  const earlier = existsSync(OUT) ? readFileSync(OUT, 'utf8') : '';
  const kept = earlier.includes(KEPT) ? `\n${earlier.slice(earlier.indexOf(KEPT))}` : '';
  writeFileSync(OUT, report({ results, files, share, cmsPages, big, browserVersion, startedAt, loadBefore, loadAfter }) + kept);
  log(`Wrote ${OUT}`);
}
// Figures for bench/targets.mjs: a run writing elsewhere (a before/after comparison) leaves them alone.
if (!SMOKE && OUT === join(ROOT, 'bench', 'RESULTS.md')) {
  const bytes = Object.fromEntries(cmsPages.map((cms) => [cms.pageName, { before: cms.beforeBytes, after: cms.afterBytes }]));
  recordFigures('run', { sizes: SIZES, reps: REPS, results, cmsPages: bytes, big });
}
if (failed) process.exit(1);

// ---- RESULTS.md -----------------------------------------------------------------------------

function report({ results, files, share, cmsPages, big, browserVersion, startedAt, loadBefore, loadAfter }) {
  const cpu = cpus();
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const mb = (bytes) => `${(bytes / 1e6).toFixed(0)} MB`;
  const ms = (value) => `${value < 10 ? value.toFixed(1) : value.toFixed(0)} ms`;
  /** Long task entries exist only from 50 ms. */
  const task = (value) => (value ? `${value} ms` : '< 50 ms');
  const lines = [];
  lines.push('# Benchmark results', '');
  if (NOTE) lines.push(NOTE, '');
  lines.push(
    `Produced by \`npm run bench\` (bench/run.mjs) on ${startedAt.toISOString().slice(0, 10)}. ` +
      `Machine: ${cpu.length} × ${cpu[0]?.model.trim()}, ${(totalmem() / 2 ** 30).toFixed(0)} GB, ${platform()} ${release()}; ` +
      `Node ${process.version}; ${browserVersion} (headless, /usr/bin/chromium). ` +
      `Load average ${loadBefore.map((x) => x.toFixed(1)).join(' ')} at the start, ${loadAfter.map((x) => x.toFixed(1)).join(' ')} at the end.`,
    '',
  );
  lines.push(
    'Each cell is the median of ' +
      REPS +
      ' runs, each in a fresh browser (fresh profile: no code cache, our vega chunk not yet loaded). ' +
      'Ours and the peer alternate within the run. Rows are ACLED-shaped (31 columns, string values), generated in the page from seed ' +
      `${SEED} by bench/generate.js; both draw the same rows at the same size with the SVG renderer, and the run first checks that both charts hold the same numbers bin by bin (before and after the filter change).`,
    '',
    '- **First render**: ours `el.data = rows` → `cc-render` + one animation frame (includes loading the vega chunk); ' +
      'the peer `vegaEmbed(el, spec)` (spec in bench/peer/, `data.values = rows`) → resolved + one animation frame (its scripts are loaded before timing).',
    '- **Re-render**: warm, after `from="2020-01"` (ours) / the same filter as a signal, `view.signal(...).runAsync()` (the peer, no re-embed).',
    '- **Peak heap**: the largest JS heap during the first render (V8 GC trace events and the heap after it, through the DevTools protocol, after a forced GC before); ' +
      '"× rows" is (peak − the page\'s heap before the rows) ÷ (the heap the rows occupy).',
    '- **Longest task**: the longest main-thread task during the first render (PerformanceObserver `longtask`, which reports tasks from 50 ms).',
    '',
  );
  for (const kind of CHARTS) {
    const label = {
      'attack-timeline': '`<attack-timeline group-by="actor">` (monthly)',
      'country-comparison': '`<country-comparison>`',
      'actor-breakdown': '`<actor-breakdown>`',
    }[kind];
    lines.push(`## ${label}`, '');
    lines.push(
      '| N | ours first | peer first | speed-up | ours re-render | peer re-render | ours peak heap (× rows) | peer peak heap (× rows) | ours longest task | peer longest task | same numbers |',
    );
    lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|');
    for (const n of SIZES) {
      const r = results[`${kind} ${n}`];
      if (!r) continue;
      lines.push(
        `| ${n.toLocaleString('en')} | ${ms(r.ours.first)} | ${ms(r.peer.first)} | ×${(r.peer.first / r.ours.first).toFixed(1)} | ${ms(r.ours.rerender)} | ${ms(r.peer.rerender)} | ` +
          `${mb(r.ours.peakHeap)} (${r.ours.peakOverRows.toFixed(2)}) | ${mb(r.peer.peakHeap)} (${r.peer.peakOverRows.toFixed(2)}) | ` +
          `${task(r.ours.longestTask)} | ${task(r.peer.longestTask)} | ${r.same ? `yes, ${r.bins} bins` : '**no**'} |`,
      );
    }
    lines.push('');
  }
  const rowsHeap = results[`${CHARTS[0]} ${SIZES.at(-1)}`]?.ours.rowsHeap;
  if (rowsHeap)
    lines.push(`The rows themselves occupy ${mb(rowsHeap)} of JS heap at N = ${SIZES.at(-1).toLocaleString('en')}.`, '');

  if (files.length) {
    lines.push('## Bytes', '', '| dist file | min | gzip -9 |', '|---|---:|---:|');
    for (const f of files) lines.push(`| ${f.name} | ${kb(f.min)} | ${kb(f.gzip)} |`);
    lines.push('');
  }
  if (share) {
    const pct = (bytes) => `${((100 * bytes) / share.total).toFixed(0)} %`;
    const saved = share.vegaLite + share.embed;
    if (saved === 0)
      lines.push(
        `${share.name} holds no vega-lite or vega-embed code (by package, from its source map): charts are drawn from the Vega specs they write, and Vega-Lite's compiler is a chunk of its own, loaded only for a chart whose spec was customized.`,
        '',
      );
    else
      lines.push(
        `Compiling the elements' Vega-Lite templates ahead of time and drawing with a Vega \`View\` (vega's \`parse\` + \`View\` + vega-interpreter, no vega-lite or vega-embed at run time) would drop, from ${share.name} (by package, from its source map): ` +
          `vega-lite ${kb(share.vegaLite)} (${pct(share.vegaLite)}) and vega-embed with the packages only it needs (${EMBED_ONLY.slice(1).join(', ')}) ${kb(share.embed)} (${pct(share.embed)}): ` +
          `**${kb(saved)} min, about ${kb(saved * share.gzipRatio)} gzip** (at the chunk's gzip ratio), leaving about ${kb(share.total - saved)} min.`,
        '',
      );
  }
  for (const cms of cmsPages) {
    lines.push(
      `A CMS page ${cms.language} (bench/pages/${cms.pageName}: one \`<script type="module">\`, an article, one chart far below the fold):`,
      '',
      `- before the reader scrolls to the chart (status \`${cms.statusBeforeScroll}\`): ${cms.before.map((p) => p.split('/').pop()).join(', ')}: **${kb(cms.beforeBytes.gzip)} gzip** (${kb(cms.beforeBytes.min)} min)`,
      `- after its first render: ${cms.after.map((p) => p.split('/').pop()).join(', ')}: **${kb(cms.afterBytes.gzip)} gzip** (${kb(cms.afterBytes.min)} min)`,
      '',
    );
  }
  if (big) {
    lines.push(
      '## A big `src` file',
      '',
      `One \`<attack-timeline group-by="actor">\`, one \`<country-comparison>\` and one \`<actor-breakdown>\` with the same \`src\`: a ${(big.bytes / 1e6).toFixed(1)} MB CSV of ${big.rows.toLocaleString('en')} ACLED rows (bench/generate.js, served from another origin with CORS). Median of ${REPS}.`,
      '',
      `| requests for the file | read and parsed | longest task while reading | progress texts shown | all three drawn | longest task overall |`,
      '|---:|---:|---:|---:|---:|---:|',
      `| ${big.requests} | ${ms(big.readMs)} | ${task(big.longestTaskReading)} | ${big.progressUpdates} | ${ms(big.ms)} | ${task(big.longestTask)} |`,
      '',
    );
  }
  return lines.join('\n');
}
