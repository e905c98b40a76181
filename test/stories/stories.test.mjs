// Type-checks the stories, builds Storybook, serves the static build on 127.0.0.1, opens every
// story in headless Chromium and checks that it shows what it claims (see judge-story.mjs);
// fails when a story listed in required-stories.json is missing. Saves a PNG of each story
// into screenshots/stories/ (not committed). Each story is one test of `node --test`.
//   node --test test/stories/
//   node test/stories/stories.test.mjs [--skip-build] [--only <part of a story id>]
// --skip-build (or STORIES_SKIP_BUILD=1) reuses storybook-static/ as it is; --only (or
// STORIES_ONLY=<part of an id>) checks the matching stories alone.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { serveStatic } from '../../scripts/serve.mjs';
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import { inspectStory } from './inspect-story.mjs';
import { compareThroughVegaLite } from './through-vega-lite.mjs';
import { judgeStory, summarise } from './judge-story.mjs';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const STATIC = `${ROOT}storybook-static`;
const SHOTS = `${ROOT}screenshots/stories`;
/** Where a story's pixels that differ from its drawing through Vega-Lite are shown (none, so far). */
const DIFFS = `${ROOT}screenshots/through-vega-lite`;
const REQUIRED = JSON.parse(readFileSync(new URL('./required-stories.json', import.meta.url), 'utf8'));
const STORY_TIMEOUT_MS = 60_000;
const VIEWPORT = { width: 1280, height: 800 };
// One page at a time: on two cores, parallel pages were slower, and timings less steady.
const CONCURRENCY = Number(process.env.STORY_CONCURRENCY) || 1;

const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : process.env.STORIES_ONLY || undefined;
const skipBuild = args.includes('--skip-build') || process.env.STORIES_SKIP_BUILD === '1';
const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;

function run(command, commandArgs) {
  const result = spawnSync(command, commandArgs, {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, STORYBOOK_DISABLE_TELEMETRY: '1', PUPPETEER_SKIP_DOWNLOAD: '1' },
  });
  if (result.status !== 0) {
    throw new Error(`${command} ${commandArgs.join(' ')} failed:\n${result.stdout}\n${result.stderr}`);
  }
}

if (!skipBuild) {
  // The manifest (controls, docs) comes from `npm run build`; `npm test` has just run it.
  if (!existsSync(`${ROOT}custom-elements.json`)) run('npm', ['run', 'build']);
  run('npx', ['tsc', '-p', 'stories/tsconfig.json']);
  const buildStart = Date.now();
  run('npx', ['storybook', 'build', '-o', 'storybook-static', '--quiet', '--disable-telemetry']);
  console.log(`Built Storybook in ${seconds(buildStart)}`);
}

if (!existsSync(`${STATIC}/index.json`)) {
  throw new Error('No storybook-static/index.json: run without --skip-build, or npm run build-storybook.');
}
const index = JSON.parse(readFileSync(`${STATIC}/index.json`, 'utf8'));
const stories = Object.values(index.entries)
  .filter((entry) => entry.type === 'story')
  .filter((entry) => !only || entry.id.includes(only));
const missing = REQUIRED.filter((id) => (!only || id.includes(only)) && !index.entries[id]);

// A full run starts from an empty folder, so no PNG of a story that no longer exists stays behind.
if (!only) for (const folder of [SHOTS, DIFFS]) rmSync(folder, { recursive: true, force: true });
mkdirSync(SHOTS, { recursive: true });
const { server, origin } = await serveStatic({ root: STATIC, host: '127.0.0.1', port: 0 });
const executablePath = findBrowser();
if (!executablePath) throw new Error('No Chromium found: run `node scripts/find-browser.mjs` or set CHROME_PATH.');
const browser = await puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_ARGS });
after(async () => {
  await browser.close();
  server.close();
});

async function checkStory({ id }) {
  const since = Date.now();
  const page = await browser.newPage();
  const pageErrors = [];
  const consoleErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  // A failed request's console line names no URL: add it, so a story can expect one 404 only.
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const text = message.text();
    const url = text.startsWith('Failed to load resource') ? message.location()?.url : undefined;
    consoleErrors.push(url ? `${text} ${url}` : text);
  });
  try {
    await page.setViewport(VIEWPORT);
    await page.goto(`${origin}/iframe.html?id=${id}&viewMode=story`, { timeout: STORY_TIMEOUT_MS });
    const first = await page.evaluate(inspectStory, { id, timeoutMs: STORY_TIMEOUT_MS, selector: CHART_SELECTOR });
    const printed = id.endsWith('--printed') ? await checkPrinted(page) : [];
    const shown = await page.screenshot({ path: `${SHOTS}/${id}.png`, fullPage: true });
    const same = first.failure ? { problems: [], compared: '' } : await compareThroughVegaLite(page, shown, { diffs: DIFFS, id });
    // Judged on a second look, after narrowing the page: a chart must survive the redraw a
    // resize causes (a regression once left charts empty but "ready" after any redraw).
    await page.setViewport({ ...VIEWPORT, width: VIEWPORT.width - 200 });
    const report = first.failure
      ? first
      : await page.evaluate(inspectStory, { id, timeoutMs: 15_000, again: true, selector: CHART_SELECTOR });
    const problems = [...judgeStory(report, { pageErrors, consoleErrors }), ...printed, ...same.problems];
    const summary = [report.charts ? summarise(report.charts) : '', same.compared].filter(Boolean).join('; ');
    return { id, problems, summary, time: seconds(since) };
  } catch (error) {
    return { id, problems: [`could not check it: ${error.message}`], summary: '', time: seconds(since) };
  } finally {
    await page.close();
  }
}

/**
 * A "Printed" story under print media: the chart must be drawn light (it was dark) with its
 * buttons hidden and its source line kept. Leaves the page in print media for the screenshot.
 */
async function checkPrinted(page) {
  await page.emulateMediaType('print');
  const seen = await page.evaluate(() => {
    const chart = document.querySelector('#storybook-root attack-timeline');
    const root = chart.shadowRoot;
    const tools = root.querySelector('.tools');
    return {
      theme: chart.getAttribute('data-theme'),
      background: root.querySelector('[part="chart"] svg')?.style.backgroundColor,
      toolsShown: Boolean(tools && getComputedStyle(tools).display !== 'none'),
      source: root.querySelector('[part="source"]')?.textContent?.trim() ?? '',
    };
  });
  const problems = [];
  if (seen.theme !== 'light' || seen.background !== 'rgb(255, 255, 255)')
    problems.push(`printed chart is not light: ${JSON.stringify(seen)}`);
  if (seen.toolsShown) problems.push('printed chart still shows its buttons');
  if (!seen.source) problems.push('printed chart lost its source line');
  return problems;
}

describe('stories', { concurrency: CONCURRENCY }, () => {
  it('every required story is in the index (stories/required-stories.json)', () => {
    assert.deepEqual(missing, [], `required stories missing from index.json: ${missing.join(', ')}`);
  });

  it('there are stories to check', () => assert.ok(stories.length > 0, 'no stories found'));

  for (const story of stories) {
    it(story.id, async () => {
      const result = await checkStory(story);
      console.log(`${story.id}: ${result.summary || 'nothing'} (${result.time})`);
      assert.deepEqual(result.problems, [], result.problems.join('\n'));
    });
  }
});
