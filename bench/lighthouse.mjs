#!/usr/bin/env node
// Google Lighthouse (pinned 12.2.3, which runs on Node 20) on demo/article.html, in its mobile
// (default: Moto G Power, simulated 4x CPU slowdown and slow 4G) and desktop presets, against
// the repository served on 127.0.0.1 with gzip. Prints the scores and metrics, the longest main-thread
// tasks and every request that left 127.0.0.1 (there must be none).
//
//   npm run bench:lighthouse [-- --runs 3] [--page demo/article.html]
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../scripts/chromium-args.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { recordFigures } from './figures.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const PAGE = option('page', 'demo/article.html');
const RUNS = Number(option('runs', 3));
const PRESETS = { mobile: undefined, desktop: desktopConfig };

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const spread = (values) => `${median(values)} (${Math.min(...values)}–${Math.max(...values)})`;

async function audit(url, config) {
  const chrome = await launch({
    chromePath: findBrowser(),
    chromeFlags: ['--headless=new', ...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS],
  });
  try {
    const { lhr } = await lighthouse(
      url,
      { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
      config,
    );
    const value = (id) => lhr.audits[id]?.numericValue;
    const requests = lhr.audits['network-requests']?.details?.items?.map((item) => item.url) ?? [];
    const tasks = (lhr.audits['long-tasks']?.details?.items ?? []).map((task) => ({
      url: task.url,
      ms: Math.round(task.duration),
    }));
    return {
      performance: Math.round(lhr.categories.performance.score * 100),
      accessibility: Math.round(lhr.categories.accessibility.score * 100),
      fcp: Math.round(value('first-contentful-paint')),
      lcp: Math.round(value('largest-contentful-paint')),
      tbt: Math.round(value('total-blocking-time')),
      cls: Math.round(value('cumulative-layout-shift') * 1000) / 1000,
      si: Math.round(value('speed-index')),
      tasks,
      failedAudits: lhr.categories.accessibility.auditRefs
        .filter((ref) => ref.weight > 0 && lhr.audits[ref.id].score !== null && lhr.audits[ref.id].score < 1)
        .map((ref) => ref.id),
      outside: requests.filter((address) => !/^(https?:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(address)),
    };
  } finally {
    await chrome.kill();
  }
}

// Text compressed as a site's server or CDN would send it.
const { server, origin } = await serveStatic({ gzip: true });
let leaked = false;
const presets = {};
try {
  for (const [name, config] of Object.entries(PRESETS)) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await audit(`${origin}/${PAGE}`, config));
    presets[name] = runs;
    const of = (key) => runs.map((r) => r[key]);
    console.log(`\n${name} (${RUNS} runs; median, min–max)`);
    console.log(`  performance ${spread(of('performance'))}, accessibility ${spread(of('accessibility'))}`);
    console.log(
      `  FCP ${spread(of('fcp'))} ms, LCP ${spread(of('lcp'))} ms, TBT ${spread(of('tbt'))} ms, CLS ${spread(of('cls'))}, Speed Index ${spread(of('si'))} ms`,
    );
    const last = runs[runs.length - 1];
    console.log(
      `  long tasks (last run): ${last.tasks.map((t) => `${t.ms} ms ${t.url.replace(origin, '')}`).join('; ') || 'none'}`,
    );
    if (last.failedAudits.length) console.log(`  accessibility audits not passed: ${last.failedAudits.join(', ')}`);
    const outside = [...new Set(runs.flatMap((r) => r.outside))];
    console.log(`  requests leaving 127.0.0.1: ${outside.length ? outside.join(', ') : 'none'}`);
    if (outside.length) leaked = true;
  }
} finally {
  server.close();
}
if (leaked) process.exitCode = 1;
recordFigures('lighthouse', { page: PAGE, presets });
