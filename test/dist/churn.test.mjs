// One chart, 50 attribute changes in a row (what a dashboard's controls do): one Vega view is
// alive at the end, and the heap returns to its level. Counted from outside the page through
// the DevTools protocol, on the CMS single file.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { launchBrowser } from '../../scripts/screenshot.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

let browser;
let server;
before(async () => {
  server = await serveStatic();
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  server?.server.close();
});

async function census(page, session) {
  await session.send('HeapProfiler.collectGarbage');
  const prototype = await page.evaluateHandle('window.__viewPrototype');
  const views = await page.queryObjects(prototype);
  const count = await page.evaluate((list) => list.length, views);
  await Promise.all([prototype.dispose(), views.dispose()]);
  return { views: count, heap: (await session.send('Runtime.getHeapUsage')).usedSize };
}

test('50 attribute changes in a row leave one live view and a heap back at its level', async () => {
  const page = await browser.newPage();
  const session = await page.target().createCDPSession();
  await page.goto(`${server.origin}/test/dist/leaks.html`);
  await page.evaluate(async () => {
    const el = document.createElement('attack-timeline');
    el.setAttribute('src', '/data/ucdp_ged_nigeria_2017-2019.csv');
    el.setAttribute('interval', 'year');
    document.body.append(el);
    if ((await el.settled) !== 'ready') throw new Error(el.error);
    document.querySelector('country-comparison').remove();
    window.__viewPrototype = Object.getPrototypeOf(el.view);
  });
  const changes = (rounds) =>
    page.evaluate(async (rounds) => {
      const el = document.querySelector('attack-timeline');
      const intervals = ['month', 'quarter', 'year'];
      const groupings = ['none', 'actor', 'event-type', 'country'];
      for (let i = 0; i < rounds; i++) {
        el.setAttribute('interval', intervals[i % 3]);
        el.setAttribute('group-by', groupings[i % 4]);
        el.setAttribute('from', String(2017 + (i % 2)));
      }
      const status = await el.settled;
      if (status !== 'ready') throw new Error(`${status}: ${el.error}`);
    }, rounds);
  await changes(50);
  const level = await census(page, session);
  await changes(50);
  await new Promise((done) => setTimeout(done, 500));
  const end = await census(page, session);
  assert.equal(level.views, 1, 'one view after the first 50 changes');
  assert.equal(end.views, 1, 'one view after 50 more');
  const growthMb = (end.heap - level.heap) / 1e6;
  assert.ok(growthMb < 2, `the heap grew by ${growthMb.toFixed(2)} MB over 50 changes (${(level.heap / 1e6).toFixed(1)} → ${(end.heap / 1e6).toFixed(1)} MB)`);
  await page.close();
});
