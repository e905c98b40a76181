#!/usr/bin/env node
// How much the demo article moves while its charts load and draw: the Layout Instability API's
// shifts (what Cumulative Layout Shift adds up), in a fresh headless Chromium per viewport, with
// the height each chart takes before and after it draws.
//
//   node bench/layout-shift.mjs [--page demo/article.html] [--runs 3]
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS, NO_BACKGROUNDING_ARGS } from '../scripts/chromium-args.mjs';
import { findBrowser } from '../scripts/find-browser.mjs';
import { serveStatic } from '../scripts/serve.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const PAGE = option('page', 'demo/article.html');
const RUNS = Number(option('runs', 3));
const VIEWPORTS = {
  mobile: { width: 412, height: 823, deviceScaleFactor: 1.75, isMobile: true },
  desktop: { width: 1350, height: 940 },
};

const { server, origin } = await serveStatic();
try {
  for (const [name, viewport] of Object.entries(VIEWPORTS)) {
    const totals = [];
    const loads = [];
    let heights;
    for (let run = 0; run < RUNS; run++) {
      const browser = await puppeteer.launch({
        executablePath: findBrowser(),
        headless: true,
        args: [...CHROMIUM_ARGS, ...NO_BACKGROUNDING_ARGS],
      });
      try {
        const page = await browser.newPage();
        await page.setViewport(viewport);
        await page.evaluateOnNewDocument(() => {
          window.__shifts = [];
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__shifts.push(entry.value);
          }).observe({ type: 'layout-shift', buffered: true });
          // The first box each chart takes, before it draws.
          window.__first = new Map();
          const seen = () =>
            document.querySelectorAll('attack-timeline, country-comparison, actor-breakdown').forEach((el) => {
              if (!window.__first.has(el) && el.shadowRoot?.querySelector('figure'))
                window.__first.set(el, el.getBoundingClientRect().height);
            });
          new MutationObserver(seen).observe(document, { subtree: true, childList: true });
          requestAnimationFrame(function tick() {
            seen();
            if (window.__first.size < 3) requestAnimationFrame(tick);
          });
        });
        await page.goto(`${origin}/${PAGE}`, { waitUntil: 'load' });
        // As the page loads, unscrolled (what Lighthouse measures): until every chart has drawn or waits.
        const onLoad = await page.evaluate(async () => {
          await Promise.all(
            [...document.querySelectorAll('attack-timeline, country-comparison, actor-breakdown')].map((c) => c.settled),
          );
          await new Promise((resolve) => setTimeout(resolve, 500));
          return window.__shifts.reduce((a, b) => a + b, 0);
        });
        loads.push(onLoad);
        // Scroll through the article so every lazy chart draws, then back to the top.
        await page.evaluate(async () => {
          const charts = [...document.querySelectorAll('attack-timeline, country-comparison, actor-breakdown')];
          for (const chart of charts) {
            chart.scrollIntoView();
            await chart.settled;
          }
          await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        });
        const result = await page.evaluate(() => ({
          shift: window.__shifts.reduce((a, b) => a + b, 0),
          heights: [...document.querySelectorAll('attack-timeline, country-comparison, actor-breakdown')].map((el) => [
            el.localName,
            Math.round(window.__first.get(el) ?? 0),
            Math.round(el.getBoundingClientRect().height),
            Math.round(el.shadowRoot.querySelector('.chart-frame').getBoundingClientRect().height),
            el.chartData.length,
          ]),
        }));
        totals.push(result.shift);
        heights = result.heights;
      } finally {
        await browser.close();
      }
    }
    const list = (values) => values.map((t) => t.toFixed(3)).join(' / ');
    console.log(`${name}: layout shift on load ${list(loads)}; after scrolling through ${list(totals)}`);
    for (const [tag, before, after, frame, rows] of heights)
      console.log(`  <${tag}> ${before} px before drawing, ${after} px drawn (the drawing ${frame} px, ${rows} rows)`);
  }
} finally {
  server.close();
}
