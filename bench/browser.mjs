// The browser every benchmark measures in: Debian's Chromium (never a downloaded one), headless,
// with the project's flags and background throttling off, and a 1000 × 800 page.
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../scripts/chromium-args.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';

export function launchBenchBrowser() {
  return puppeteer.launch({
    executablePath: findBrowser(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS, '--window-size=1000,800'],
  });
}

export async function benchPage(browser) {
  const page = await browser.newPage();
  await page.setViewport({ width: 1000, height: 800 });
  return page;
}
