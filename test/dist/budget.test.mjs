// The byte budget: what a CMS page loads before its first chart nears the viewport may not grow
// past bench/budgets.json (the figures bench/run.mjs reports), in English and in French.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { cmsPageBytes } from '../../bench/cms-bytes.mjs';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../../scripts/chromium-args.mjs';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const budgets = JSON.parse(readFileSync(new URL('../../bench/budgets.json', import.meta.url), 'utf8'));

let browser;
let server;
let origin;
before(async () => {
  ({ server, origin } = await serveStatic());
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS] });
});
after(async () => {
  await browser?.close();
  server?.close();
});

for (const [pageName, limitKb] of Object.entries(budgets.beforeFirstChart)) {
  test(`${pageName}: at most ${limitKb} KB gzip -9 before the chart nears the viewport`, async () => {
    const cms = await cmsPageBytes(browser, origin, ROOT, pageName);
    assert.equal(cms.statusBeforeScroll, 'waiting', 'the chart far below the fold should wait to be drawn');
    assert.ok(cms.before.some((path) => path.endsWith('/dist/conflict-charts.js')), `conflict-charts.js not loaded: ${cms.before}`);
    const kb = cms.beforeBytes.gzip / 1024;
    assert.ok(
      kb <= limitKb,
      `${pageName} loads ${kb.toFixed(2)} KB gzip (${cms.before.join(', ')}) before its chart, over the budget of ${limitKb} KB in bench/budgets.json`,
    );
  });
}
