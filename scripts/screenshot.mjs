// Screenshots a page served from this repository in headless Chromium, after every chart
// element on it has settled. `node scripts/screenshot.mjs <page> <out.png> [--width 1000] [--dark]`.
import puppeteer from 'puppeteer-core';
import { findBrowser } from './find-browser.mjs';
import { serveStatic } from './serve.mjs';
import { CHROMIUM_ARGS } from './chromium-args.mjs';
import { CHART_SELECTOR } from './chart-tags.mjs';

export function launchBrowser() {
  return puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
}

/** Waits until every chart element on the page has a final status; returns them. */
export async function chartStatuses(page, timeout = 30000, { drawAll = true } = {}) {
  const settled = () =>
    page.waitForFunction(
      (selector) => {
        const charts = [...document.querySelectorAll(selector)];
        return charts.length > 0 && charts.every((c) => c.status && c.status !== 'loading');
      },
      { timeout },
      CHART_SELECTOR,
    );
  await settled();
  const waiting = await page.$$eval(CHART_SELECTOR, (charts) =>
    charts.map((c, index) => (c.status === 'waiting' ? index : -1)).filter((index) => index >= 0),
  );
  // Charts far below the fold draw as the reader nears them (loading="lazy"): scroll to each.
  if (drawAll && waiting.length) {
    for (const index of waiting) {
      await page.$$eval(CHART_SELECTOR, (charts, i) => charts[i].scrollIntoView(), index);
      await page.waitForFunction(
        (i, selector) => document.querySelectorAll(selector)[i].status !== 'waiting',
        { timeout },
        index,
        CHART_SELECTOR,
      );
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await settled();
  }
  const charts = await page.$$eval(CHART_SELECTOR, (charts) =>
    charts.map((c) => ({ tag: c.localName, status: c.status, error: c.error, rows: c.chartData?.length ?? 0 })),
  );
  return Object.assign(charts, { waitedForReader: waiting });
}

const args = process.argv.slice(2);
if (args.length >= 2 && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  const [pagePath, out] = args;
  const width = Number(args[args.indexOf('--width') + 1]) || 1000;
  const { server, origin } = await serveStatic();
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
    page.on('pageerror', (e) => console.error('pageerror:', e.message));
    await page.setViewport({ width, height: 900 });
    if (args.includes('--dark')) await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: 'dark' }]);
    await page.goto(`${origin}/${pagePath}`);
    console.log(JSON.stringify(await chartStatuses(page)));
    await new Promise((r) => setTimeout(r, 300));
    await page.screenshot({ path: out, fullPage: true });
  } finally {
    await browser.close();
    server.close();
  }
}
