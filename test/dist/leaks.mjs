import { CHART_TAGS as TAGS } from '../../scripts/chart-tags.mjs';
import { assert, json } from './harness.mjs';

/** Live objects whose prototype is the value of `expression` in the page, after a forced GC. */
async function liveObjects(page, session, expression) {
  await session.send('HeapProfiler.collectGarbage');
  const prototype = await page.evaluateHandle(expression);
  const objects = await page.queryObjects(prototype);
  const count = await page.evaluate((list) => list.length, objects);
  await Promise.all([prototype.dispose(), objects.dispose()]);
  return count;
}

async function usedHeap(session) {
  await session.send('HeapProfiler.collectGarbage');
  return (await session.send('Runtime.getHeapUsage')).usedSize;
}

/**
 * Creates, renders (each to `ready`) and removes charts `cycles` times, then counts from
 * outside, through the DevTools protocol, what is still alive.
 */
export async function checkLeaks(page, cycles) {
  const session = await page.target().createCDPSession();
  await page.evaluate(() => {
    // Prototypes to count instances of; the first chart's view gives Vega's View prototype.
    window.__viewPrototype = Object.getPrototypeOf(document.querySelector('country-comparison').view);
    document.querySelector('country-comparison').remove();
  });
  const cycle = (count) =>
    page.evaluate(
      async (count, tags) => {
        const rows = Array.from({ length: 60 }, (_, i) => ({
          date: `2025-${String((i % 12) + 1).padStart(2, '0')}-01`,
          country: ['Mali', 'Niger', 'Burkina Faso'][i % 3],
          actor: ['JNIM', 'IS Sahel'][i % 2],
          // A map of points needs them; the other charts leave them alone.
          latitude: 12 + (i % 5),
          longitude: -2 + (i % 7),
        }));
        for (let i = 0; i < count; i++) {
          const el = document.createElement(tags[i % tags.length]);
          el.data = rows;
          document.body.append(el);
          const status = await el.settled;
          if (status !== 'ready') throw new Error(`cycle ${i}: ${status} ${el.error}`);
          el.remove();
        }
      },
      count,
      TAGS,
    );
  const census = async () => ({
    views: await liveObjects(page, session, 'window.__viewPrototype'),
    charts: await liveObjects(page, session, `customElements.get('attack-timeline').prototype`),
    resizeObservers: await liveObjects(page, session, 'ResizeObserver.prototype'),
    intersectionObservers: await liveObjects(page, session, 'IntersectionObserver.prototype'),
    mutationObservers: await liveObjects(page, session, 'MutationObserver.prototype'),
    workers: await liveObjects(page, session, 'Worker.prototype'),
  });
  await cycle(30);
  // Other scripts (the browser's automation among them) may hold observers of their own:
  // the census before the cycles is the baseline no kind may grow beyond.
  const baseline = await census();
  const before = await usedHeap(session);
  await cycle(cycles);
  // Let finalised views' pending timers settle before counting.
  await new Promise((done) => setTimeout(done, 500));
  const after = await usedHeap(session);
  const live = await census();
  const growthMb = (after - before) / 1e6;
  console.log(
    `    before: ${json(baseline)}\n    after ${cycles} cycles: ${json(live)}, heap ${(before / 1e6).toFixed(1)} → ${(after / 1e6).toFixed(1)} MB`,
  );
  assert(live.views === 0, `${live.views} Vega views still alive`);
  assert(live.charts === 0, `${live.charts} removed timelines still alive`);
  for (const kind of ['resizeObservers', 'intersectionObservers', 'mutationObservers', 'workers']) {
    assert(live[kind] <= baseline[kind], `${kind}: ${baseline[kind]} before the cycles, ${live[kind]} after`);
  }
  assert(growthMb < 5, `the heap grew by ${growthMb.toFixed(1)} MB`);
  await session.detach();
}
