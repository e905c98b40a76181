// A tiny harness for checks that run in Node against pages in headless Chromium.
import { chartStatuses } from '../../scripts/screenshot.mjs';

const results = [];

export async function check(name, fn) {
  const started = Date.now();
  try {
    await fn();
    results.push({ name, ok: true });
    console.log(`  ✓ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  ✗ ${name}\n    ${error.message}`);
  }
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
  await page.goto(url);
  const charts = await chartStatuses(page);
  return { page, charts, problems, warnings };
}

/** Marks drawn in each chart's shadow root, in document order. */
export function markCounts(page) {
  return page.$$eval('attack-timeline, country-comparison, actor-breakdown', (els) =>
    els.map((el) => el.shadowRoot.querySelectorAll('[part="chart"] svg g.role-mark > path').length),
  );
}

/** Prints the closing line and exits non-zero on any failure. */
export function finish(label) {
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${label}: ${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}
