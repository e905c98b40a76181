// Every role writing a chart in every way WordPress offers, read by anonymous visitors, with the
// plugin on and then switched off. Its results are the README's table. WordPress 6.1 (Debian's),
// the plugin uploaded through the upload form; `npm run test:wordpress` after `npm run build`.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { CASES, JULY_2025, ROLES, expectedOutcome } from './cases.mjs';
import { attributeProblems, outcomeOf } from './outcomes.mjs';
import { readPost } from './reader.mjs';
import { RESULTS, readmeMatches } from './readme-table.mjs';
import { ROOT, closeSite, installPlugin, installWithWriters, openSite, uploadData } from './scenario.mjs';
import { deactivatePlugin, openNewPost } from './wp-client.mjs';
import { pluginLogLines, publish, saveEveryCase, storedPost } from './writers.mjs';

let opened;
let sessions;
let context;
let posts;
const results = { roles: ROLES, cases: CASES.map((kase) => ({ id: kase.id, label: kase.label, on: {}, off: {} })) };
const resultOf = (id) => results.cases.find((kase) => kase.id === id);
/** Fails a test at once when a step it needs failed earlier. */
const needs = (what, value) => assert.ok(value, `not run: ${what} failed earlier`);
const shot = (name) => {
  mkdirSync(`${ROOT}screenshots`, { recursive: true });
  return `${ROOT}screenshots/wordpress-${name}`;
};

/**
 * Opens every case's post of every role as an anonymous reader, two at a time (each in a fresh
 * context, which loads and compiles the library anew), and gathers what `judge` finds wrong.
 */
async function readEveryPost(judge) {
  const visits = CASES.flatMap((kase) => ROLES.map((role) => [kase, role]));
  const wrong = [];
  const worker = async () => {
    for (let visit = visits.shift(); visit; visit = visits.shift()) {
      const [kase, role] = visit;
      const stored = await storedPost(sessions.administrator, posts[kase.id][role]);
      const read = await readPost(opened.browser, stored.link);
      try {
        wrong.push(...(await judge(kase, role, stored, read)));
      } finally {
        await read.close();
      }
    }
  };
  await Promise.all([worker(), worker()]);
  return wrong.sort();
}

before(async () => {
  opened = await openSite();
});
after(() => closeSite(opened));

test('WordPress 6.1 installs, with one user per role logged in through wp-login.php', async () => {
  sessions = await installWithWriters(opened);
  assert.deepEqual(Object.keys(sessions).sort(), [...ROLES].sort());
});

test('the zip installs through Plugins → Add New → Upload Plugin and activates', async () => {
  needs('the install', sessions);
  await installPlugin(sessions);
});

test('the author uploads the data as CSV, JSON and TSV; a contributor may not upload', async () => {
  needs('the install', sessions);
  context = await uploadData(opened, sessions);
});

test(
  'each role saves every case itself; an editor publishes the contributor’s posts unchanged',
  { timeout: 600_000 },
  async () => {
    needs('the uploads', context);
    posts = await saveEveryCase(sessions, context);
    for (const kase of CASES) {
      const id = posts[kase.id].contributor;
      const submitted = await storedPost(sessions.administrator, id);
      assert.equal(submitted.status, 'pending', `${kase.id} by contributor was saved as ${submitted.status}`);
      await publish(sessions.editor, id);
      const published = await storedPost(sessions.administrator, id);
      assert.equal(published.raw, submitted.raw, `${kase.id} by contributor changed when the editor published it`);
    }
  },
);

test('an anonymous reader of each post gets what each role should get', { timeout: 600_000 }, async () => {
  needs('the posts', posts);
  const wrong = await readEveryPost(async (kase, role, stored, read) => {
    const outcome = outcomeOf({ read, kept: kase.carrier.test(stored.raw), pluginOn: true });
    resultOf(kase.id).on[role] = outcome;
    const expected = expectedOutcome(kase, role);
    const problems = outcome === expected ? [] : [`${kase.id} by ${role}: ${outcome} (expected ${expected})`];
    if (outcome === 'chart') problems.push(...attributeProblems(kase.id, read, role));
    if (kase.id === 'block' && role === 'contributor')
      await read.page.screenshot({ path: shot('published-block-by-contributor.png'), fullPage: true });
    return problems;
  });
  assert.deepEqual(wrong, []);
});

test('the block editor previews the real chart (screenshot)', { timeout: 120_000 }, async () => {
  needs('the uploads', context);
  const { page } = sessions.author;
  await page.setViewport({ width: 1280, height: 900 });
  await openNewPost(sessions.author);
  const { blocks, ready } = CASES.find((c) => c.id === 'block').editor(context);
  await page.evaluate((blocks) => {
    const { createBlock } = window.wp.blocks;
    window.wp.data.dispatch('core/editor').editPost({ title: 'JNIM’s claimed attacks, July 2025' });
    const [block] = blocks.map((b) => createBlock(b.name, b.attributes));
    window.wp.data.dispatch('core/block-editor').insertBlocks(block);
    window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
  }, blocks);
  await page.waitForFunction(ready, { timeout: 60_000 });
  const preview = await page.$eval('.editor-styles-wrapper country-comparison', (el) => ({
    status: el.status,
    rows: el.chartData,
  }));
  assert.equal(preview.status, 'ready');
  assert.deepEqual(Object.fromEntries(preview.rows.map((row) => [row.country, row.value])), JULY_2025);
  await page.screenshot({ path: shot('block-editor.png') });
});

test('switched off, the posts keep what they saved and WordPress shows no PHP error', { timeout: 600_000 }, async () => {
  needs('the posts', posts);
  await deactivatePlugin(sessions.administrator, 'conflict-charts');
  const wrong = await readEveryPost(async (kase, role, stored, read) => {
    const outcome = outcomeOf({ read, kept: true, pluginOn: false });
    resultOf(kase.id).off[role] = outcome;
    const expected = expectedOutcome(kase, role, 'off');
    return outcome === expected ? [] : [`${kase.id} by ${role}, plugin off: ${outcome} (expected ${expected})`];
  });
  assert.deepEqual(wrong, []);
  assert.doesNotMatch(opened.site.readDebugLog(), /PHP (Fatal|Parse) error/);
});

test('no PHP notice, warning or error from the plugin’s own files', () => {
  assert.deepEqual(pluginLogLines(opened.site), []);
});

test('the README’s WordPress table says what this run found', () => {
  mkdirSync(`${ROOT}dist`, { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  const message =
    'README.md’s WordPress table differs from this run (dist/wordpress-results.json): if the change is right, run node test/wordpress/readme-table.mjs --write';
  assert.ok(readmeMatches(results), message);
});
