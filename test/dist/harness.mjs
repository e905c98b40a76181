// Helpers for `node --test` suites that run in Node against pages in headless Chromium.
import { test } from 'node:test';
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import { chartStatuses } from '../../scripts/screenshot.mjs';

/**
 * One named test of `node --test`. Awaited, so the checks of a file run one after another and
 * share what the file set up (a server, a browser) before them.
 */
export function check(name, fn) {
  return test(name, async () => {
    await fn();
  });
}

export function assert(condition, message) {
  if (!condition) throw new Error(message);
}

export const json = (value) => JSON.stringify(value);

/**
 * Opens `url` and waits for every chart on it to settle. `problems` collects page errors,
 * console errors and CSP violations (Chromium reports those as console errors).
 */
export async function openPage(browser, url) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  const warnings = [];
  page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
  const scripts = [];
  page.on('request', (request) => request.resourceType() === 'script' && scripts.push(new URL(request.url()).pathname));
  await page.goto(url);
  const charts = await chartStatuses(page);
  return { page, charts, problems, warnings, scripts };
}

/** Marks drawn in each chart's shadow root, in document order. */
export function markCounts(page) {
  return page.$$eval(CHART_SELECTOR, (els) =>
    els.map((el) => el.shadowRoot.querySelectorAll('[part="chart"] svg g.role-mark > path').length),
  );
}
