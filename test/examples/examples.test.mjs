// The integrations of issue 7, checked as users meet them (after `npm run build`):
// - examples/react, examples/vue, examples/svelte built with Vite and type-checked (with the
//   shipped typings in types/), then opened in Chromium: three charts ready, `.data` passed as a
//   property, a click on a bar reaching the app's handler, locale and theme switched;
// - dist/embed.html in iframes on another origin: the documented parent-page script (and a
//   Datawrapper-style one) fits each iframe to its chart, hostile parameters stay text;
// - the CDN and WordPress snippets exactly as the docs give them, with the CDN and media URLs
//   pointed at local servers, and their Subresource Integrity hash enforced.
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'vite';
import { launchBrowser } from '../../scripts/screenshot.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { assert, check, json, openPage } from '../dist/harness.mjs';
import { ROOT, page, serveSite, snippet } from './site.mjs';

const run = promisify(execFile);
const FRAMEWORKS = ['react', 'vue', 'svelte'];
const CHARTS = CHART_SELECTOR;
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const sri = JSON.parse(readFileSync(join(ROOT, 'dist/sri.json'), 'utf8'));
const CDN_PREFIX = `https://cdn.jsdelivr.net/npm/conflict-charts@${pkg.version}/`;
const EMBED_HOST = 'https://charts.example.org/conflict-charts/';

// Type-checking runs beside the builds (it is mostly waiting on one core each).
const bin = (name) => join(ROOT, 'node_modules/.bin', name);
const typecheck = (async () => {
  const failures = [];
  const commands = [
    [bin('tsc'), ['-p', 'examples/react/tsconfig.json']],
    [bin('tsc'), ['-p', 'examples/typings/tsconfig.json']],
    [bin('vue-tsc'), ['-p', 'examples/vue/tsconfig.json']],
    [
      bin('svelte-check'),
      ['--workspace', 'examples/svelte', '--tsconfig', './tsconfig.json', '--fail-on-warnings', '--output', 'machine'],
    ],
  ];
  for (const [command, args] of commands) {
    try {
      await run(command, args, { cwd: ROOT, maxBuffer: 1 << 24 });
    } catch (error) {
      failures.push(`${command.split('/').pop()} ${args.join(' ')}:\n${error.stdout}${error.stderr}`.trim());
    }
  }
  return failures;
})();

await check('the React, Vue and Svelte examples build with Vite', async () => {
  for (const framework of FRAMEWORKS) {
    await build({ configFile: join(ROOT, `examples/${framework}/vite.config.ts`), logLevel: 'error' });
  }
});

await check('the examples and the shipped typings type-check (tsc, vue-tsc, svelte-check)', async () => {
  const failures = await typecheck;
  assert(failures.length === 0, failures.join('\n\n').slice(0, 4000));
});

await check('dist/sri.json holds the sha384 of dist/conflict-charts.js, and the docs snippets use it', () => {
  const hash = `sha384-${createHash('sha384')
    .update(readFileSync(join(ROOT, 'dist/conflict-charts.js')))
    .digest('base64')}`;
  assert(sri.integrity === hash, `dist/sri.json says ${sri.integrity}, the file hashes to ${hash}`);
  assert(sri.version === pkg.version, `dist/sri.json is for version ${sri.version}`);
  for (const name of ['cdn', 'wordpress']) {
    const { text, doc } = snippet(name);
    assert(text.includes(`src="${CDN_PREFIX}dist/conflict-charts.js"`), `${doc} (${name}) does not pin ${CDN_PREFIX}`);
    assert(text.includes(`integrity="${hash}"`), `${doc} (${name}) has a stale integrity hash: run npm run build`);
  }
});

await check('dist/sri.json’s preload lines name the drawing and Vega files with their hashes, never Vega-Lite', () => {
  const hashOf = (file) =>
    `sha384-${createHash('sha384')
      .update(readFileSync(join(ROOT, file)))
      .digest('base64')}`;
  const names = sri.preloadChunks.map((file) => file.replace(/-[\w-]{8}\.js$/, ''));
  assert(names.join() === 'dist/conflict-charts-drawing,dist/conflict-charts-vega', sri.preloadChunks.join());
  const lines = sri.preload.split('\n');
  assert(lines.length === 2, sri.preload);
  sri.preloadChunks.forEach((file, index) => {
    assert(
      lines[index] ===
        `<link rel="modulepreload" href="${CDN_PREFIX}${file}" integrity="${hashOf(file)}" crossorigin="anonymous" />`,
      lines[index],
    );
  });
});

// The apps and embed.html come from a static server with a strict script policy and CORS (it
// also stands for the CDN); pages made here come from a second origin (the publisher's site).
const cdn = await serveStatic({
  headers: { 'content-security-policy': "script-src 'self'; object-src 'none'", 'access-control-allow-origin': '*' },
});
const pages = {};
const site = await serveSite(pages);
const browser = await launchBrowser();

/** Waits until the charts in a frame have settled; returns their status and data. */
async function settled(frame, count = 1, timeout = 30000) {
  await frame.waitForFunction(
    (selector, n) => {
      const charts = [...document.querySelectorAll(selector)];
      return charts.length >= n && charts.every((c) => c.status && c.status !== 'loading');
    },
    { timeout },
    CHARTS,
    count,
  );
  return frame.$$eval(CHARTS, (charts) =>
    charts.map((c) => ({ tag: c.localName, status: c.status, error: c.error, values: c.chartData.map((r) => r.value) })),
  );
}

/** Clicks the middle of the first bar of `tag`'s chart. */
async function clickBar(target, tag) {
  const point = await target.$eval(tag, (el) => {
    const bar = el.shadowRoot.querySelector('[part="chart"] svg g.mark-rect path');
    bar.scrollIntoView({ block: 'center' });
    const box = bar.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  });
  await target.mouse.click(point.x, point.y);
}

try {
  for (const framework of FRAMEWORKS) {
    await check(
      `examples/${framework}: three charts, .data as a property, cc-select reaches the app, locale and theme switch`,
      async () => {
        const { page: tab, problems } = await openPage(browser, `${cdn.origin}/examples/${framework}/dist/index.html`);
        await tab.setViewport({ width: 1000, height: 900 });
        // The apps add each chart when its file has loaded: wait for all three.
        const charts = await settled(tab, 3);
        assert(charts.length === 3 && charts.every((c) => c.status === 'ready'), json(charts));
        const inputs = await tab.$$eval(CHARTS, (els) =>
          els.map((el) => ({ array: Array.isArray(el.data), attribute: el.hasAttribute('data') })),
        );
        assert(
          inputs.every((i) => i.array && !i.attribute),
          `data was not passed as a property: ${json(inputs)}`,
        );
        const comparison = await tab.$eval('country-comparison', (el) => el.chartData);
        assert(
          json(comparison.map((r) => [r.country, r.value])) ===
            json([
              ['Burkina Faso', 54],
              ['Mali', 36],
              ['Niger', 7],
              ['Togo', 1],
            ]),
          `country-comparison drew ${json(comparison)}`,
        );
        const years = await tab.$eval('attack-timeline', (el) => el.chartData.map((r) => r.value));
        assert(json(years) === json([497, 525, 509]), `attack-timeline drew ${json(years)}`);

        for (const tag of ['attack-timeline', 'country-comparison']) {
          await clickBar(tab, tag);
          await tab.waitForFunction(
            (t) => document.querySelector('[data-testid="selected"]').dataset.chart === t,
            { timeout: 5000 },
            tag,
          );
          const shown = await tab.$eval('[data-testid="selected"]', (el) => JSON.parse(el.dataset.row));
          const rows = await tab.$eval(tag, (el) => el.chartData);
          assert(
            rows.some((row) => json(row) === json(shown)),
            `${tag}: the app shows ${json(shown)}, not a row of chartData`,
          );
        }

        await tab.select('select[name="locale"]', 'fr');
        await tab.waitForFunction(
          (selector) =>
            [...document.querySelectorAll(selector)].every(
              (el) =>
                el.locale === 'fr' &&
                el.status === 'ready' &&
                el.shadowRoot.querySelector('[part="data-toggle"]')?.textContent.trim() === 'Afficher les données',
            ),
          { timeout: 10000 },
          CHARTS,
        );
        const heading = await tab.$eval('attack-timeline', (el) => el.shadowRoot.querySelector('[part="heading"]').textContent);
        assert(heading === 'Événements UCDP au Nigeria par an', `French heading: ${heading}`);

        await tab.select('select[name="theme"]', 'dark');
        await tab.waitForFunction(
          (selector) =>
            [...document.querySelectorAll(selector)].every(
              (el) => el.getAttribute('data-theme') === 'dark' && el.status === 'ready',
            ),
          { timeout: 10000 },
          CHARTS,
        );
        assert(
          (await settled(tab, 3)).every((c) => c.status === 'ready'),
          'charts not ready after switching',
        );
        assert(problems.length === 0, problems.join('; '));
        await tab.close();
      },
    );
  }

  // ---- dist/embed.html ----------------------------------------------------------------------

  const embed = (params) => `${cdn.origin}/dist/embed.html?${new URLSearchParams(params)}`;
  const HOSTILE_HEADING = `<img src=x onerror="parent.postMessage('pwned','*')">Claims "quoted" & <b>bold</b>`;
  const HOSTILE_DESCRIPTION = `</p><script>parent.postMessage('pwned','*')</script><style>*{display:none}</style>`;
  const frames = {
    good: embed({
      chart: 'attack-timeline',
      src: '../data/ucdp_ged_nigeria_2017-2019.csv',
      interval: 'year',
      heading: 'UCDP events in Nigeria per year',
      id: 'timeline',
    }),
    hostile: embed({
      chart: 'country-comparison',
      src: '../data/jnim_claims_cep_2025.csv',
      'date-field': 'month',
      'value-field': 'claimed_attacks',
      from: '2025-07',
      to: '2025-07',
      heading: HOSTILE_HEADING,
      description: HOSTILE_DESCRIPTION,
      highlight: `Mali"><script>parent.postMessage('pwned','*')</script>`,
      source: 'javascript:parent.postMessage("pwned","*")',
      colors: json({ Mali: 'url(javascript:alert(1))', Niger: '#123456' }),
      top: '5;alert(1)',
      onload: 'parent.postMessage("pwned","*")',
      style: 'display:none',
      id: 'hostile"><img>',
    }),
    badSrc: embed({ chart: 'actor-breakdown', src: 'javascript:parent.postMessage("pwned","*")//.csv' }),
    badChart: embed({ chart: "<img src=x onerror=\"parent.postMessage('pwned','*')\">" }),
  };
  pages['/embed-parent'] = page(
    'A publisher page with conflict-charts iframes',
    Object.entries(frames)
      .map(
        ([name, src]) =>
          `<iframe name="${name}" src="${src.replaceAll('&', '&amp;').replaceAll('"', '&quot;')}" title="${name}" width="600" height="150" style="display:block;border:0"></iframe>`,
      )
      .join('\n') +
      `\n<script>window.received = []; addEventListener('message', (event) => window.received.push(event.data));</script>\n` +
      snippet('parent-resize').text,
  );
  // Datawrapper's responsive-embed scripts find the iframe by id "datawrapper-chart-<id>" (older
  // ones) or by the message's source window (newer ones); this page does both, as those do.
  pages['/embed-datawrapper'] = page(
    'A page that resizes Datawrapper iframes',
    `<iframe id="datawrapper-chart-dw1" src="${embed({ chart: 'actor-breakdown', src: '../data/ucdp_ged_nigeria_2017-2019.csv', top: '4', id: 'dw1' }).replaceAll('&', '&amp;')}" title="dw1" width="600" height="150" style="display:block;border:0"></iframe>
<iframe src="${embed({ chart: 'attack-timeline', src: '../data/ucdp_ged_nigeria_2017-2019.csv', interval: 'quarter' }).replaceAll('&', '&amp;')}" title="dw2" width="600" height="150" style="display:block;border:0"></iframe>
<script>
  addEventListener('message', (event) => {
    const heights = event.data && event.data['datawrapper-height'];
    if (!heights) return;
    for (const id in heights) {
      const byId = document.getElementById('datawrapper-chart-' + id);
      const bySource = [...document.querySelectorAll('iframe')].find((frame) => frame.contentWindow === event.source);
      for (const frame of new Set([byId, bySource])) if (frame) frame.style.height = heights[id] + 'px';
    }
  });
</script>`,
  );

  /** Each iframe's height on the page and its document's height inside. */
  async function frameHeights(tab) {
    const result = {};
    for (const frame of tab.frames().filter((f) => f !== tab.mainFrame())) {
      const element = await frame.frameElement();
      const outer = await element.evaluate((el) => Math.round(el.getBoundingClientRect().height));
      const inner = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
      result[await element.evaluate((el) => el.name || el.title)] = { outer, inner };
    }
    return result;
  }

  /** Waits until every iframe is as tall as its document (the charts in them settled first). */
  async function waitForFit(tab, names) {
    const deadline = Date.now() + 15000;
    let heights;
    do {
      heights = await frameHeights(tab);
      if (names.every((n) => heights[n] && Math.abs(heights[n].outer - heights[n].inner) <= 1)) return heights;
      await new Promise((r) => setTimeout(r, 100));
    } while (Date.now() < deadline);
    throw new Error(`iframes did not fit their charts: ${json(heights)}`);
  }

  await check('embed.html in iframes: the documented parent script fits each iframe to its chart', async () => {
    const dialogs = [];
    const tab = await browser.newPage();
    const problems = [];
    tab.on('pageerror', (error) => problems.push(error.message));
    tab.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    tab.on('dialog', (dialog) => dialogs.push(dialog.message()) && dialog.dismiss());
    await tab.setViewport({ width: 800, height: 900 });
    await tab.goto(`${site.origin}/embed-parent`);
    const frameNamed = (name) => tab.frames().find((f) => f.name() === name);
    const good = await settled(frameNamed('good'));
    assert(good[0].status === 'ready' && json(good[0].values) === json([497, 525, 509]), `good: ${json(good)}`);
    const hostile = await settled(frameNamed('hostile'));
    assert(hostile[0].status === 'ready', `hostile: ${json(hostile)}`);
    const badSrc = await settled(frameNamed('badSrc'));
    assert(badSrc[0].status === 'error', `a javascript: src was not refused: ${json(badSrc)}`);
    const heights = await waitForFit(tab, ['good', 'hostile', 'badSrc', 'badChart']);
    assert(heights.good.outer > 300, `the chart's iframe is only ${heights.good.outer}px`);
    assert(heights.badChart.outer < 150, `the message-only iframe did not shrink: ${heights.badChart.outer}px`);
    assert(problems.length === 0, problems.join('; '));
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 200)));
    const received = await tab.evaluate(() => window.received);
    assert(
      received.some((m) => m?.type === 'conflict-charts:height' && m.id === 'timeline'),
      `messages: ${json(received).slice(0, 300)}`,
    );
    assert(
      received.some((m) => m?.['datawrapper-height']?.timeline > 300),
      'no Datawrapper-shaped message',
    );
    assert(
      !received.includes('pwned') && dialogs.length === 0,
      `hostile code ran: ${json(received.filter((m) => typeof m === 'string'))} ${dialogs}`,
    );
    globalThis.embedTab = tab;
  });

  await check('embed.html: hostile parameter values render as text, unknown names and bad values are dropped', async () => {
    const tab = globalThis.embedTab;
    const hostile = tab.frames().find((f) => f.name() === 'hostile');
    const found = await hostile.$eval('country-comparison', (el) => {
      const part = (name) => el.shadowRoot.querySelector(`[part="${name}"]`)?.textContent.trim();
      return {
        heading: part('heading'),
        description: part('description'),
        source: part('source'),
        attributes: el.getAttributeNames().sort(),
        colors: el.getAttribute('colors'),
        injected:
          document.querySelectorAll('img, script:not([src]), style').length +
          el.shadowRoot.querySelectorAll('img, script, b').length,
        title: document.title,
      };
    });
    assert(found.heading === HOSTILE_HEADING, `heading shown as ${json(found.heading)}`);
    assert(found.description === HOSTILE_DESCRIPTION, `description shown as ${json(found.description)}`);
    assert(found.source === 'javascript:parent.postMessage("pwned","*")', `source shown as ${json(found.source)}`);
    assert(found.title === HOSTILE_HEADING, `document title ${json(found.title)}`);
    assert(found.injected === 0, `${found.injected} injected elements`);
    assert(
      !found.attributes.includes('onload') && !found.attributes.includes('style') && !found.attributes.includes('top'),
      `attributes set: ${found.attributes}`,
    );
    assert(found.colors === json({ Niger: '#123456' }), `colors kept: ${found.colors}`);
    const badSrc = tab.frames().find((f) => f.name() === 'badSrc');
    assert(!(await badSrc.$eval('actor-breakdown', (el) => el.hasAttribute('src'))), 'a javascript: src was set');
    const badChart = tab.frames().find((f) => f.name() === 'badChart');
    const message = await badChart.$eval('[role="alert"]', (el) => ({ text: el.textContent, html: el.innerHTML }));
    assert(message.text === message.html && /chart=attack-timeline/.test(message.text), `unknown chart: ${json(message)}`);
    await tab.close();
  });

  await check("embed.html's Datawrapper-shaped message resizes iframes on a page made for Datawrapper", async () => {
    const tab = await browser.newPage();
    await tab.setViewport({ width: 800, height: 900 });
    await tab.goto(`${site.origin}/embed-datawrapper`);
    for (const frame of tab.frames().filter((f) => f !== tab.mainFrame())) await settled(frame);
    const heights = await waitForFit(tab, ['dw1', 'dw2']);
    assert(heights.dw1.outer > 200 && heights.dw2.outer > 300, json(heights));
    await tab.close();
  });

  // ---- the snippets, exactly as the docs give them ----------------------------------------------

  const toLocal = (html) => html.replaceAll(CDN_PREFIX, `${cdn.origin}/`).replaceAll(EMBED_HOST, `${cdn.origin}/dist/`);

  await check('the CDN snippet renders from a pinned, integrity-checked script', async () => {
    const { text } = snippet('cdn');
    pages['/cdn'] = page('CDN snippet', toLocal(text));
    const { page: tab, charts, problems } = await openPage(browser, `${site.origin}/cdn`);
    assert(problems.length === 0, problems.join('; '));
    assert(charts.length === 1 && charts[0].status === 'ready', json(charts));
    assert(
      json(await tab.$eval('attack-timeline', (el) => el.chartData.map((r) => r.value))) === json([497, 525, 509]),
      'wrong counts',
    );
    await tab.close();
  });

  await check('a tampered file is refused: the integrity hash is enforced', async () => {
    const { text } = snippet('cdn');
    pages['/cdn-tampered'] = page(
      'CDN snippet, wrong hash',
      toLocal(text).replace(/integrity="sha384-(.)/, (_m, c) => `integrity="sha384-${c === 'A' ? 'B' : 'A'}`),
    );
    const tab = await browser.newPage();
    const errors = [];
    tab.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await tab.goto(`${site.origin}/cdn-tampered`, { waitUntil: 'load' });
    await tab.evaluate(() => new Promise((r) => setTimeout(r, 300)));
    assert(!(await tab.evaluate(() => Boolean(customElements.get('attack-timeline')))), 'the script ran with a wrong hash');
    assert(
      errors.some((e) => /integrity/i.test(e)),
      `no integrity error: ${errors}`,
    );
    await tab.close();
  });

  await check('the WordPress Custom HTML snippet renders as given', async () => {
    const { text } = snippet('wordpress');
    // A post body as a WordPress theme prints it.
    pages['/2025/07/jnim-claims/'] = page(
      'WordPress post',
      `<article class="post"><div class="entry-content">\n${toLocal(text)}\n</div></article>`,
    );
    const { page: tab, charts, problems } = await openPage(browser, `${site.origin}/2025/07/jnim-claims/`);
    assert(problems.length === 0, problems.join('; '));
    assert(charts.length === 1 && charts[0].status === 'ready', json(charts));
    const drawn = await tab.$eval('country-comparison', (el) => el.chartData.map((r) => [r.country, r.value]));
    assert(
      json(drawn) ===
        json([
          ['Burkina Faso', 54],
          ['Mali', 36],
          ['Niger', 7],
          ['Togo', 1],
        ]),
      json(drawn),
    );
    await tab.close();
  });

  await check('the WordPress iframe fallback and the iframe snippet render their charts', async () => {
    pages['/iframes'] = page(
      'iframe snippets',
      `${toLocal(snippet('wordpress-iframe').text)}\n${toLocal(snippet('iframe').text)}`,
    );
    const tab = await browser.newPage();
    await tab.goto(`${site.origin}/iframes`);
    const frames = tab.frames().filter((f) => f !== tab.mainFrame());
    assert(frames.length === 2, `${frames.length} iframes`);
    const [claims, timeline] = [await settled(frames[0]), await settled(frames[1])];
    assert(claims[0].status === 'ready' && json(claims[0].values) === json([54, 36, 7, 1]), json(claims));
    assert(timeline[0].status === 'ready' && json(timeline[0].values) === json([497, 525, 509]), json(timeline));
    await tab.close();
  });
} finally {
  await browser.close();
  cdn.server.close();
  site.server.close();
}
