// The in-page half of the benchmark, loaded by bench/pages/*.html. Node (bench/run.mjs) calls
// `window.bench.*` through puppeteer; rows are generated here from the seed, never sent over
// the DevTools protocol.
import { generateAcledRows } from './generate.js';

const longTasks = [];
try {
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push([entry.startTime, entry.duration]);
  }).observe({ type: 'longtask', buffered: true });
} catch {
  // No long task timing in this browser: the longest task is reported as unknown.
}

const frame = () => new Promise((done) => requestAnimationFrame(() => done()));
const pause = (ms) => new Promise((done) => setTimeout(done, ms));

/** The longest main-thread task that started between t0 and t1 (0 when none reached 50 ms). */
async function longestTaskBetween(t0, t1) {
  await pause(60); // long task entries are delivered after the task
  let longest = 0;
  for (const [start, duration] of longTasks) if (start + duration > t0 && start < t1) longest = Math.max(longest, duration);
  return Math.round(longest);
}

let rows = [];
let element;
let view;

/** What ours is asked to draw, per element: attributes, and the filter change for the re-render. */
const OURS = {
  'attack-timeline': { attributes: { 'group-by': 'actor' } },
  'country-comparison': { attributes: {} },
  'actor-breakdown': { attributes: {} },
};
const FROM = '2020-01';
const FROM_TIME = Date.UTC(2020, 0, 1);

const iso = (date) => new Date(date).toISOString().slice(0, 10);

/** The chart's numbers keyed by bin ("period|group", or the bar's name). */
function ourNumbers(kind, chartData) {
  const numbers = {};
  for (const row of chartData) {
    if (!row.value) continue;
    const key =
      kind === 'attack-timeline' ? `${row.period}|${row.group}` : kind === 'country-comparison' ? row.country : row.actor;
    numbers[key] = row.value;
  }
  return numbers;
}

function peerNumbers(kind, data) {
  const numbers = {};
  for (const row of data) {
    if (!row.value) continue;
    numbers[kind === 'attack-timeline' ? `${iso(row.month)}|${row.group}` : row.group] = row.value;
  }
  return numbers;
}

window.bench = {
  generate(n, seed) {
    rows = generateAcledRows(n, seed);
    return rows.length;
  },

  /** Ours: `el.data = rows` on a new element → `cc-render` + one animation frame. */
  async oursFirstRender(kind) {
    const container = document.getElementById('chart');
    await frame();
    const t0 = performance.now();
    element = document.createElement(kind);
    for (const [name, value] of Object.entries(OURS[kind].attributes)) element.setAttribute(name, value);
    const rendered = new Promise((done, fail) => {
      element.addEventListener('cc-render', done, { once: true });
      element.addEventListener('cc-error', (event) => fail(new Error(event.detail.message)), { once: true });
    });
    element.data = rows;
    container.append(element);
    await rendered;
    await frame();
    const t1 = performance.now();
    return {
      ms: t1 - t0,
      longestTask: await longestTaskBetween(t0, t1),
      numbers: ourNumbers(kind, element.chartData),
      size: { width: element.spec.width, height: element.spec.height },
      marks: element.shadowRoot.querySelectorAll('svg .mark-rect path, svg .mark-rect rect').length,
    };
  },

  /** Ours, warm: a filter change (`from`) → `cc-render` + one animation frame. */
  async oursRerender(kind) {
    const rendered = new Promise((done) => element.addEventListener('cc-render', done, { once: true }));
    const t0 = performance.now();
    element.from = FROM;
    await rendered;
    await frame();
    const t1 = performance.now();
    return { ms: t1 - t0, longestTask: await longestTaskBetween(t0, t1), numbers: ourNumbers(kind, element.chartData) };
  },

  /**
   * Ours with a big `src` CSV: one of each element on the same file. Reports when the file was
   * read (the first element leaves `loading`), when all three rendered, the longest task while
   * reading and overall, and the progress texts the first element showed.
   */
  async oursFromSrc(url) {
    const container = document.getElementById('chart');
    const kinds = ['attack-timeline', 'country-comparison', 'actor-breakdown'];
    const elements = kinds.map((kind) => {
      const el = document.createElement(kind);
      for (const [name, value] of Object.entries(OURS[kind].attributes)) el.setAttribute(name, value);
      el.setAttribute('timeout', '120');
      return el;
    });
    const progress = [];
    let loadedAt = 0;
    let lastProgressAt = 0;
    const t0 = performance.now();
    const rendered = elements.map(
      (el) =>
        new Promise((done, fail) => {
          el.addEventListener('cc-render', done, { once: true });
          el.addEventListener('cc-error', (event) => fail(new Error(event.detail.message)), { once: true });
        }),
    );
    const watch = new MutationObserver(() => {
      const first = elements[0];
      const status = first.shadowRoot?.querySelector('[part="status"]')?.textContent?.trim();
      if (first.status === 'loading' && status && progress.at(-1) !== status) {
        progress.push(status);
        lastProgressAt = performance.now();
      }
      if (!loadedAt && first.status !== 'loading') loadedAt = performance.now();
    });
    for (const el of elements) {
      el.src = url;
      container.append(el);
    }
    watch.observe(elements[0], { attributes: true });
    watch.observe(elements[0].shadowRoot, { subtree: true, childList: true, characterData: true });
    await Promise.all(rendered);
    await frame();
    const t1 = performance.now();
    watch.disconnect();
    // Reading ends with the last progress text (100 %); drawing starts after it.
    const readEnd = lastProgressAt || loadedAt || t1;
    return {
      ms: t1 - t0,
      readMs: readEnd - t0,
      longestTaskReading: await longestTaskBetween(t0, readEnd - 1),
      longestTask: await longestTaskBetween(t0, t1),
      progress,
      statuses: elements.map((el) => el.status),
    };
  },

  /** The peer: vega-embed of its Vega-Lite spec with the raw rows → resolved + one animation frame. */
  async peerFirstRender(kind, size) {
    const response = await fetch(`../peer/${kind}.vl.json`);
    const spec = await response.json();
    Object.assign(spec, size);
    const markData = window.vegaLite.compile(spec).spec.marks[0].from.data;
    spec.data = { ...spec.data, values: rows };
    const container = document.getElementById('chart');
    await frame();
    const t0 = performance.now();
    const result = await window.vegaEmbed(container, spec, { renderer: 'svg', actions: false });
    await frame();
    const t1 = performance.now();
    view = result.view;
    return {
      ms: t1 - t0,
      longestTask: await longestTaskBetween(t0, t1),
      numbers: peerNumbers(kind, view.data(markData)),
      size,
      marks: container.querySelectorAll('svg .mark-rect path').length,
      markData,
    };
  },

  /** The peer, warm: the same filter as a signal (no re-embed) → run + one animation frame. */
  async peerRerender(kind, markData) {
    const t0 = performance.now();
    view.signal('from_time', FROM_TIME);
    await view.runAsync();
    await frame();
    const t1 = performance.now();
    return { ms: t1 - t0, longestTask: await longestTaskBetween(t0, t1), numbers: peerNumbers(kind, view.data(markData)) };
  },
};
