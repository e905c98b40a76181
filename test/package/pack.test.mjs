// `npm pack` as a user gets it (after `npm run build`): the tarball holds only what users need,
// installs into a clean folder (dependencies from the npm cache), and works from there: the
// Node API and CLI, the types through `exports`, a chart and the embed page in Chromium.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { launchBrowser } from '../../scripts/screenshot.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { assert, check, json, openPage } from '../dist/harness.mjs';

const run = promisify(execFile);
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const work = mkdtempSync(join(tmpdir(), 'cc-pack-'));
const app = join(work, 'app');
const npm = (args, cwd) => run('npm', [...args, '--no-audit', '--no-fund', '--loglevel=error'], { cwd, maxBuffer: 1 << 26 });

/** What may be in the tarball; everything else (sources, tests, examples, data) must not. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^CHANGELOG\.md$/,
  /^custom-elements\.json$/,
  /^bin\/conflict-charts\.mjs$/,
  /^types\/[\w-]+\.d\.ts$/,
  /^dist\/.+\.(js|d\.ts|js\.map|html|css|json|ttf|txt)$/,
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'custom-elements.json',
  'bin/conflict-charts.mjs',
  'types/react.d.ts',
  'types/vue.d.ts',
  'types/svelte.d.ts',
  'types/shared.d.ts',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/attack-timeline.js',
  'dist/country-comparison.js',
  'dist/actor-breakdown.js',
  'dist/conflict-charts.js',
  'dist/embed.html',
  'dist/embed.js',
  'dist/embed.css',
  'dist/sri.json',
  'dist/cli/index.js',
  'dist/cli/main.js',
  'dist/cli/fonts/OFL.txt',
];

let tarball;
let browser;
let server;
try {
  await check('npm pack holds only dist, types, bin, the manifest, README, LICENSE and CHANGELOG', async () => {
    const { stdout } = await npm(['pack', '--json', '--ignore-scripts', '--pack-destination', work], ROOT);
    const [packed] = JSON.parse(stdout);
    tarball = join(work, packed.filename);
    const files = packed.files.map((f) => f.path);
    const stray = files.filter((file) => !ALLOWED.some((pattern) => pattern.test(file)));
    assert(stray.length === 0, `not for users: ${stray.slice(0, 20).join(', ')}`);
    const missing = REQUIRED.filter((file) => !files.includes(file));
    assert(missing.length === 0, `missing: ${missing.join(', ')}`);
    // Every file package.json's exports, types and bin name is in the tarball.
    const targetsOf = (value) => (typeof value === 'string' ? [value.slice(2)] : Object.values(value).flatMap(targetsOf));
    const targets = targetsOf(pkg.exports);
    const unexported = [...targets, pkg.types.slice(2), ...Object.values(pkg.bin)].filter((t) => !files.includes(t));
    assert(unexported.length === 0, `exports point at files not packed: ${unexported.join(', ')}`);
    console.log(
      `    ${files.length} files, ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked`,
    );
  });

  await check('the tarball installs into a clean folder from the npm cache', async () => {
    writeFileSync(join(work, 'package.json'), '{}\n');
    await run('mkdir', ['-p', app]);
    writeFileSync(
      join(app, 'package.json'),
      `${JSON.stringify({ name: 'cc-pack-check', private: true, type: 'module' }, null, 2)}\n`,
    );
    // A plain install, optional packages included: DuckDB's and resvg's native binaries are
    // optional peer dependencies, which npm leaves out unless the app asks for them.
    await npm(['install', '--prefer-offline', '--ignore-scripts', tarball], app);
    const installed = JSON.parse(readFileSync(join(app, 'node_modules', pkg.name, 'package.json'), 'utf8'));
    assert(installed.version === pkg.version, `installed ${installed.version}`);
    for (const scope of ['@duckdb', '@resvg']) {
      assert(!existsSync(join(app, 'node_modules', scope)), `npm install conflict-charts installed ${scope}`);
    }
  });

  await check('from the install: Node imports the package, the CLI runs, the types resolve', async () => {
    const probe = `const cc = await import('${pkg.name}'); const cli = await import('${pkg.name}/cli');
      console.log(JSON.stringify({ version: cc.VERSION, rows: cc.parseTable('a,b\\n1,2').rows.length, cli: typeof cli.main, window: typeof window }));`;
    const { stdout } = await run(process.execPath, ['--input-type=module', '-e', probe], { cwd: app });
    assert(stdout.trim() === json({ version: pkg.version, rows: 1, cli: 'function', window: 'undefined' }), stdout);
    const help = await run(join(app, 'node_modules/.bin/conflict-charts'), ['--help'], { cwd: app });
    assert(/aggregate/.test(help.stdout + help.stderr), `conflict-charts --help: ${help.stdout}${help.stderr}`);
    // The types through package.json exports, as an app's TypeScript sees them (React's types from
    // this repository: the package does not depend on React).
    writeFileSync(
      join(app, 'check.tsx'),
      `import { parseTable, type TimelineRow } from '${pkg.name}';
import type { AttackTimeline } from '${pkg.name}/attack-timeline';
import type {} from '${pkg.name}/react';
const rows: TimelineRow[] = [];
const chart = document.createElement('attack-timeline') satisfies AttackTimeline;
chart.interval = 'year';
chart.customizeSpec = (spec) => spec;
export const element = <attack-timeline data={parseTable('a\\n1').rows} interval="year" oncc-select={(event) => rows.push(event.detail)} />;
// @ts-expect-error: not an interval
export const wrong = <attack-timeline interval="fortnight" />;
`,
    );
    writeFileSync(
      join(app, 'tsconfig.json'),
      json({
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          lib: ['ES2022', 'DOM'],
          jsx: 'react-jsx',
          strict: true,
          noEmit: true,
          skipLibCheck: true,
          types: [],
          paths: {
            react: [join(ROOT, 'node_modules/@types/react/index.d.ts')],
            'react/jsx-runtime': [join(ROOT, 'node_modules/@types/react/jsx-runtime.d.ts')],
          },
        },
        files: ['check.tsx'],
      }),
    );
    try {
      await run(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.json'], { cwd: app });
    } catch (error) {
      throw new Error(`tsc in the installed app:\n${error.stdout}${error.stderr}`, { cause: error });
    }
  });

  await check('from the install: a page and the embed page render charts in Chromium', async () => {
    copyFileSync(join(ROOT, 'data/jnim_claims_cep_2025.csv'), join(app, 'claims.csv'));
    writeFileSync(
      join(app, 'index.html'),
      `<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>installed</title>
<script type="module" src="node_modules/${pkg.name}/dist/conflict-charts.js"></script></head>
<body><country-comparison src="claims.csv" date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07"></country-comparison>
<country-comparison id="patched" src="claims.csv" date-field="month" value-field="claimed_attacks" from="2025-07" to="2025-07"
  spec-patch='{"config": {"axis": {"labelFontSize": 16}}}'></country-comparison></body></html>
`,
    );
    server = await serveStatic({ root: app, headers: { 'content-security-policy': "script-src 'self'; object-src 'none'" } });
    browser = await launchBrowser();
    const { page, charts, problems } = await openPage(browser, `${server.origin}/index.html`);
    assert(problems.length === 0, problems.join('; '));
    assert(charts.length === 2 && charts.every((chart) => chart.status === 'ready'), json(charts));
    const values = await page.$eval('country-comparison', (el) => el.chartData.map((r) => r.value));
    assert(json(values) === json([54, 36, 7, 1]), json(values));
    // With the hook (spec-patch), drawn through Vega-Lite under the same policy; without it, not.
    const labelSizes = await page.$$eval('country-comparison', (els) =>
      els.map((el) => [
        ...new Set([...el.shadowRoot.querySelectorAll('svg .role-axis-label text')].map((t) => t.getAttribute('font-size'))),
      ]),
    );
    assert(json(labelSizes) === json([['12px'], ['16px']]), json(labelSizes));
    const builders = await page.$$eval('country-comparison', (els) =>
      els.map((el) => el.vegaSpec?.usermeta?.builder ?? 'vega-lite'),
    );
    assert(json(builders) === json(['conflict-charts', 'vega-lite']), json(builders));
    await page.close();
    const query =
      'chart=country-comparison&amp;src=../../../claims.csv&amp;date-field=month&amp;value-field=claimed_attacks&amp;from=2025-07&amp;to=2025-07';
    writeFileSync(
      join(app, 'iframe.html'),
      `<!doctype html><html lang="en"><head><meta charset="utf-8" /><link rel="icon" href="data:," /><title>iframe</title></head>
<body><iframe src="node_modules/${pkg.name}/dist/embed.html?${query}" title="chart" width="600" height="400"></iframe></body></html>\n`,
    );
    const tab = await browser.newPage();
    const embedProblems = [];
    tab.on('console', (m) => m.type() === 'error' && embedProblems.push(m.text()));
    await tab.goto(`${server.origin}/iframe.html`);
    const frame = tab.frames().find((f) => f !== tab.mainFrame());
    await frame.waitForFunction(
      () => ['ready', 'empty', 'error'].includes(document.querySelector('country-comparison')?.status),
      { timeout: 30000 },
    );
    const embedded = await frame.$eval('country-comparison', (el) => ({
      status: el.status,
      error: el.error,
      values: el.chartData.map((r) => r.value),
    }));
    assert(embedProblems.length === 0, embedProblems.join('; '));
    assert(embedded.status === 'ready' && json(embedded.values) === json([54, 36, 7, 1]), `embed.html: ${json(embedded)}`);
  });
} finally {
  await browser?.close();
  server?.server.close();
  rmSync(work, { recursive: true, force: true });
}
