// Checks the built files as users get them, outside the test runner's module resolution:
// a plain static server, a page with one <script type="module"> and the three tags.
import { init, parse } from 'es-module-lexer';
import { readFileSync, readdirSync } from 'node:fs';
import { chartStatuses, launchBrowser } from '../../scripts/screenshot.mjs';
import { serveStatic } from '../../scripts/serve.mjs';

const results = [];
async function check(name, fn) {
  try {
    await fn();
    results.push([name, null]);
    console.log(`  ✓ ${name}`);
  } catch (error) {
    results.push([name, error]);
    console.log(`  ✗ ${name}\n    ${error.message}`);
  }
}
function assert(condition, message) {
  if (!condition) throw new Error(message);
}
const json = (value) => JSON.stringify(value);

const cmsFiles = readdirSync('dist').filter((f) => /^conflict-charts.*\.js$/.test(f));

await init;
await check('the CMS file and its chunks have no bare import specifiers', () => {
  assert(cmsFiles.includes('conflict-charts.js'), 'dist/conflict-charts.js is missing');
  for (const file of cmsFiles) {
    const [imports] = parse(readFileSync(`dist/${file}`, 'utf8'));
    // `n` is the specifier; undefined for a dynamic import of a computed value.
    const specifiers = imports.map((i) => i.n).filter((n) => n !== undefined);
    const bare = specifiers.filter((s) => !/^(\.{1,2}\/|\/|https?:)/.test(s));
    assert(bare.length === 0, `${file} imports ${bare.join(', ')}`);
  }
});

await check('the npm entry points exist with their types', () => {
  for (const name of ['index', 'attack-timeline', 'country-comparison', 'actor-breakdown']) {
    readFileSync(`dist/${name}.js`);
    readFileSync(`dist/${name}.d.ts`);
  }
  const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
  const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName)).filter(Boolean);
  assert(json(tags.sort()) === json(['actor-breakdown', 'attack-timeline', 'country-comparison']), `manifest tags: ${tags}`);
});

const { server, origin } = await serveStatic();
const browser = await launchBrowser();

async function openPage(path) {
  const page = await browser.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console error: ${message.text()}`));
  await page.goto(`${origin}/${path}`);
  const charts = await chartStatuses(page);
  return { page, charts, problems };
}

try {
  await check('a page with only dist/conflict-charts.js renders all three elements', async () => {
    const { page, charts, problems } = await openPage('test/dist/single-file.html');
    assert(problems.length === 0, problems.join('; '));
    assert(charts.every((c) => c.status === 'ready'), json(charts));
    const comparison = await page.$eval('country-comparison', (el) => el.chartData);
    assert(
      json(comparison) === json([
        { country: 'Burkina Faso', value: 54 },
        { country: 'Mali', value: 36 },
        { country: 'Niger', value: 7 },
        { country: 'Togo', value: 1 },
      ]),
      `country-comparison drew ${json(comparison)}`,
    );
    const years = await page.$eval('attack-timeline', (el) => el.chartData.map((r) => r.value));
    assert(json(years) === json([497, 525, 509]), `attack-timeline drew ${json(years)}`);
    const marks = await page.$$eval('attack-timeline, country-comparison, actor-breakdown', (els) =>
      els.map((el) => el.shadowRoot.querySelectorAll('[part="chart"] svg g.mark-rect.role-mark > path').length),
    );
    assert(json(marks) === json([4, 3, charts[2].rows]), `marks drawn: ${json(marks)}`);
    await page.close();
  });

  await check('the demo article renders its three charts from the real files', async () => {
    const { page, charts, problems } = await openPage('demo/article.html');
    assert(problems.length === 0, problems.join('; '));
    assert(charts.length === 3 && charts.every((c) => c.status === 'ready' && c.rows > 0), json(charts));
    await page.close();
  });
} finally {
  await browser.close();
  server.close();
}

const failed = results.filter(([, error]) => error).length;
console.log(`dist: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
