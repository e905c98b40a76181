// Prints what each CMS page of bench/pages loads before its chart nears the viewport and after
// its first draw (gzip -9 and min, per file), for bench/RESULTS.md: `node bench/page-bytes.mjs`
// after `npm run build`. The same measure as the budget test (test/dist/budget.test.mjs).
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../scripts/chromium-args.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/serve.mjs';
import { cmsPageBytes, fileBytes } from './cms-bytes.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const PAGES = ['cms.html', 'cms-fr.html', 'cms-map.html'];
const kb = (bytes) => `${(bytes / 1024).toFixed(2)} KB`;

const { server, origin } = await serveStatic();
const browser = await puppeteer.launch({
  executablePath: findBrowser(),
  headless: true,
  args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS],
});
try {
  const files = new Set();
  for (const page of PAGES) {
    const bytes = await cmsPageBytes(browser, origin, ROOT, page);
    bytes.after.forEach((path) => files.add(path));
    console.log(
      `${page}: before ${kb(bytes.beforeBytes.gzip)}, after the first draw ${kb(bytes.afterBytes.gzip)} (${kb(bytes.afterBytes.min)} min)`,
    );
  }
  for (const path of [...files].sort()) {
    const { gzip, min } = fileBytes(join(ROOT, decodeURIComponent(path)));
    console.log(`  ${path}: ${kb(gzip)} gzip, ${kb(min)} min`);
  }
} finally {
  await browser.close();
  server.close();
}
