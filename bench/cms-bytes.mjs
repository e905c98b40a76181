// What a CMS page with one chart far below the fold loads: its scripts before the reader scrolls
// to the chart, and after the chart is drawn, with their sizes (min and gzip -9). Used by the
// benchmark (bench/RESULTS.md) and by the byte budget test (test/dist/budget.test.mjs).
import { CHART_SELECTOR } from '../scripts/chart-tags.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size of a file as served (min) and gzipped at level 9. */
export function fileBytes(path) {
  const data = readFileSync(path);
  return { min: data.length, gzip: gzipSync(data, { level: 9 }).length };
}

/**
 * Opens `bench/pages/<pageName>` from `origin` (a server of the repository root) in a fresh
 * page of `browser`, waits, notes the scripts loaded, scrolls the chart into view and waits for
 * it to be drawn. `root` is the repository folder the scripts are read from for their sizes.
 */
export async function cmsPageBytes(browser, origin, root, pageName) {
  const page = await browser.newPage();
  try {
    await page.setViewport({ width: 1000, height: 800 });
    const scripts = [];
    page.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
    });
    await page.goto(`${origin}/bench/pages/${pageName}`, { waitUntil: 'load' });
    await new Promise((done) => setTimeout(done, 1500));
    const before = [...new Set(scripts)];
    const status = await page.evaluate((selector) => document.querySelector(selector).status, CHART_SELECTOR);
    await page.evaluate((selector) => document.querySelector(selector).scrollIntoView(), CHART_SELECTOR);
    await page.waitForFunction(
      (selector) => document.querySelector(selector).status === 'ready',
      { timeout: 30000 },
      CHART_SELECTOR,
    );
    const after = [...new Set(scripts)];
    const total = (list) =>
      list.reduce(
        (sum, path) => {
          const bytes = fileBytes(join(root, decodeURIComponent(path)));
          return { min: sum.min + bytes.min, gzip: sum.gzip + bytes.gzip };
        },
        { min: 0, gzip: 0 },
      );
    return { before, after, beforeBytes: total(before), afterBytes: total(after), statusBeforeScroll: status };
  } finally {
    await page.close();
  }
}
