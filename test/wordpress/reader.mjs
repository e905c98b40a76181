// An anonymous reader opening a published post in a fresh Chromium context: what the page
// shows (each chart's status and figures, in the page and in embedded chart pages), what it
// loaded, and anything that went wrong (console errors, page errors, dialogs).
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import { JULY_2025, JULY_2025_TOTAL } from './cases.mjs';

const CHARTS = CHART_SELECTOR;

/**
 * Waits until every chart in `frame` has left `loading`/`waiting`, scrolling each into view. A
 * page that loads no library (the plugin switched off) has nothing to wait for: its tags stay
 * unknown elements.
 */
async function settle(frame) {
  await frame.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 });
  await frame.waitForFunction(
    (selector) =>
      [...document.querySelectorAll(selector)].every((chart) => {
        if (!customElements.get(chart.localName)) return !document.querySelector('script[src*="conflict-charts.js"]');
        if (chart.status === 'waiting') chart.scrollIntoView();
        return chart.status && chart.status !== 'loading' && chart.status !== 'waiting';
      }),
    { timeout: 30_000, polling: 100 },
    CHARTS,
  );
}

function readCharts(frame) {
  return frame.$$eval(CHARTS, (charts) =>
    charts.map((chart) => ({
      tag: chart.localName,
      defined: Boolean(customElements.get(chart.localName)),
      status: chart.status ?? null,
      error: chart.error ?? '',
      rows: chart.chartData ?? [],
      attributes: Object.fromEntries([...chart.attributes].map((a) => [a.name, a.value])),
      annotations: [...chart.querySelectorAll('cc-annotation')].map((a) =>
        Object.fromEntries([...a.attributes].map((x) => [x.name, x.value])),
      ),
    })),
  );
}

/** Whether a chart's figures are the published July 2025 ones; '' when they are, else what differs. */
export function figuresProblem(chart) {
  if (chart.tag === 'attack-timeline') {
    const july = chart.rows.find((row) => row.period?.startsWith('2025-07'));
    return july?.value === JULY_2025_TOTAL ? '' : `timeline July 2025 value ${july?.value} (expected ${JULY_2025_TOTAL})`;
  }
  const got = Object.fromEntries(chart.rows.map((row) => [row.country, row.value]));
  const wrong = Object.entries(JULY_2025)
    .filter(([country, n]) => got[country] !== n)
    .map(([country, n]) => `${country}: ${got[country]} (expected ${n})`);
  if (chart.rows.length !== Object.keys(JULY_2025).length)
    wrong.push(`${chart.rows.length} rows (expected ${Object.keys(JULY_2025).length})`);
  return wrong.join(', ');
}

/** Opens `url` as a reader; returns what the page shows and loaded. */
export async function readPost(browser, url) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  await page.setViewport({ width: 1100, height: 900 });
  const problems = [];
  const dialogs = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on(
    'console',
    (message) =>
      message.type() === 'error' && problems.push(`console error: ${message.text()} (${message.location()?.url ?? ''})`),
  );
  page.on('dialog', async (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    await dialog.dismiss();
  });
  try {
    const response = await page.goto(url, { waitUntil: 'load' });
    const result = { url, status: response.status(), problems, dialogs, page, close: () => context.close() };
    // Charts in the page, then in each embedded chart page (same site, so readable).
    await settle(page.mainFrame()).catch((error) => problems.push(`charts did not settle: ${error.message}`));
    result.charts = await readCharts(page.mainFrame());
    result.frames = [];
    for (const handle of await page.$$('iframe')) {
      await handle.evaluate((frame) => frame.scrollIntoView());
      const frame = await handle.contentFrame();
      if (!frame) continue;
      await frame.waitForFunction(() => document.readyState === 'complete', { timeout: 30_000 }).catch(() => {});
      await settle(frame).catch((error) => problems.push(`embedded charts did not settle: ${error.message}`));
      // The resize listener has had the page's height message.
      await page.waitForFunction((frame) => frame.style.height !== '', { timeout: 5000 }, handle).catch(() => {});
      const sizes = await handle.evaluate((frame) => ({
        iframe: frame.getBoundingClientRect().height,
        content: Math.ceil(frame.contentDocument.documentElement.getBoundingClientRect().height),
        src: frame.getAttribute('src'),
      }));
      result.frames.push({ ...sizes, charts: await readCharts(frame) });
    }
    Object.assign(
      result,
      await page.evaluate((selector) => {
        const content = document.querySelector('.wp-block-post-content, .entry-content') ?? document.body;
        const visible = (el) => el.getClientRects().length > 0;
        return {
          // Tables a reader sees outside any chart: a fallback left outside its element.
          strayTables: [...content.querySelectorAll('table')]
            .filter((t) => !t.closest(selector) && visible(t))
            .map((t) => t.innerText.slice(0, 200)),
          tablesShown: [...content.querySelectorAll('table')].filter(visible).map((t) => t.innerText),
          text: content.innerText,
          links: [...content.querySelectorAll('a')].map((a) => a.href),
          resources: performance.getEntriesByType('resource').map((entry) => entry.name),
          headStylesheets: [...document.head.querySelectorAll('link[rel="stylesheet"]')].map((link) => link.href),
          pwned: window.__pwned ?? null,
        };
      }, CHARTS),
    );
    return result;
  } catch (error) {
    await context.close();
    throw error;
  }
}
