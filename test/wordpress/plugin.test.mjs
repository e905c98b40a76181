// The WordPress plugin in a real WordPress 6.1 (Debian's), as its users meet it: uploaded through
// the plugin upload form, each role writing its own posts in every way a chart can be added,
// anonymous readers in fresh Chromium contexts, hostile writers, and the plugin switched off.
// `npm run test:wordpress` (after `npm run build`). The results table is the README's.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { csvParse } from 'd3-dsv';
import { importTs } from '../../build-support/import-ts.mjs';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../scripts/chromium-args.mjs';
import { findBrowser } from '../../scripts/find-browser.mjs';
import { stopAll } from '../../scripts/system/processes.mjs';
import { CASES, ROLES, expectedOutcome } from './cases.mjs';
import { hostileContent, runnableIn } from './hostile.mjs';
import { jsonAttributeProblems, outcomeOf } from './outcomes.mjs';
import { readPost } from './reader.mjs';
import { RESULTS, readmeMatches } from './readme-table.mjs';
import { requirePackages, startWordPress } from './site.mjs';
import {
  deactivatePlugin,
  installWordPress,
  logIn,
  openNewPost,
  restOk,
  uploadAndActivatePlugin,
  uploadMedia,
} from './wp-client.mjs';
import { ADMIN, logInEveryRole, publish, saveEveryCase, storedPost } from './writers.mjs';

const ROOT = new URL('../../', import.meta.url).pathname;
const ZIP = `${ROOT}dist/conflict-charts-wordpress.zip`;
const SHOTS = `${ROOT}screenshots`;
const CSV = readFileSync(`${ROOT}data/jnim_claims_cep_2025.csv`, 'utf8');

let site;
let browser;
let sessions = {};
let context = {};
let posts;
const results = { roles: ROLES, cases: CASES.map((kase) => ({ id: kase.id, label: kase.label, on: {}, off: {} })) };
const resultOf = (id) => results.cases.find((kase) => kase.id === id);

before(async () => {
  assert.ok(existsSync(ZIP), 'dist/conflict-charts-wordpress.zip is missing: run npm run build first');
  requirePackages();
  site = await startWordPress();
  browser = await puppeteer.launch({ executablePath: findBrowser(), headless: true, args: CHROMIUM_ARGS });
});

after(async () => {
  await browser?.close();
  await site?.stop();
  await stopAll();
});

/** Fails the test at once when an earlier step it needs did not happen. */
const needs = (what, value) => assert.ok(value, `not run: ${what} failed earlier`);

test('the zip installs through Plugins → Add New → Upload Plugin and activates on WordPress 6.1', async () => {
  await installWordPress(site.origin, ADMIN);
  const admin = await logIn(browser, site.origin, ADMIN);
  const version = await admin.page.$eval('#footer-upgrade', (el) => el.textContent.trim());
  assert.match(version, /^Version 6\.1\.\d+$/, `not WordPress 6.1: ${version}`);
  await uploadAndActivatePlugin(admin, ZIP);
  const plugins = await restOk(admin, '/wp/v2/plugins');
  const ours = plugins.find((plugin) => plugin.plugin === 'conflict-charts/conflict-charts');
  assert.equal(ours?.status, 'active', `plugin list: ${JSON.stringify(plugins.map((p) => [p.plugin, p.status]))}`);
  sessions.administrator = admin;
});

test('one user per role, each logged in through wp-login.php', async () => {
  needs('the install', sessions.administrator);
  sessions = await logInEveryRole(browser, site.origin, sessions.administrator);
  assert.deepEqual(Object.keys(sessions).sort(), [...ROLES].sort());
});

test('authors upload the data as CSV and JSON; contributors may not upload', async () => {
  needs('the users', sessions.author);
  const csv = await uploadMedia(sessions.author, { name: 'jnim_claims_cep_2025.csv', type: 'text/csv', text: CSV });
  assert.equal(csv.status, 201, `CSV upload: ${JSON.stringify(csv.body).slice(0, 300)}`);
  const json = await uploadMedia(sessions.author, {
    name: 'jnim_claims_cep_2025.json',
    type: 'application/json',
    text: `\n  ${JSON.stringify(csvParse(CSV), null, 2)}\n`,
  });
  assert.equal(json.status, 201, `JSON upload: ${JSON.stringify(json.body).slice(0, 300)}`);
  const refused = await uploadMedia(sessions.contributor, { name: 'claims.csv', type: 'text/csv', text: CSV });
  assert.equal(refused.status, 403, `a contributor's upload answered ${refused.status}`);
  context = {
    csvUrl: csv.body.source_url,
    jsonUrl: json.body.source_url,
    embedPage: `${site.origin}/wp-content/plugins/conflict-charts/dist/embed.html`,
  };
});

test(
  'each role saves every case itself; an editor publishes the contributor’s posts unchanged',
  { timeout: 600_000 },
  async () => {
    needs('the uploads', context.csvUrl);
    posts = await saveEveryCase(sessions, context);
    for (const kase of CASES) {
      const id = posts[kase.id].contributor;
      const before = await storedPost(sessions.administrator, id);
      assert.equal(before.status, 'pending', `${kase.id} by contributor was saved as ${before.status}`);
      await publish(sessions.editor, id);
      const after = await storedPost(sessions.administrator, id);
      assert.equal(after.raw, before.raw, `${kase.id} by contributor changed when the editor published it`);
    }
  },
);

test('an anonymous reader of each post gets what each role should get', { timeout: 600_000 }, async () => {
  needs('the posts', posts);
  const wrong = [];
  for (const kase of CASES) {
    for (const role of ROLES) {
      const stored = await storedPost(sessions.administrator, posts[kase.id][role]);
      const read = await readPost(browser, stored.link);
      try {
        const outcome = outcomeOf({ read, kept: kase.carrier.test(stored.raw), pluginOn: true });
        resultOf(kase.id).on[role] = outcome;
        const expected = expectedOutcome(kase, role);
        if (outcome !== expected) wrong.push(`${kase.id} by ${role}: ${outcome} (expected ${expected})`);
        if (kase.id === 'custom-html' && outcome === 'chart') wrong.push(...jsonAttributeProblems(read, role));
        if (kase.id === 'classic-tag' && role === 'contributor')
          await read.page.screenshot({ path: shot('published-classic-tag-by-contributor.png'), fullPage: true });
      } finally {
        await read.close();
      }
    }
  }
  assert.deepEqual(wrong, []);
});

const shot = (name) => {
  mkdirSync(SHOTS, { recursive: true });
  return `${SHOTS}/wordpress-${name}`;
};

test(
  'hostile snippets by an author and a contributor leave nothing that runs, stored or in the page',
  { timeout: 300_000 },
  async () => {
    needs('the uploads', context.csvUrl);
    const wrong = [];
    for (const role of ['author', 'contributor']) {
      const body = {
        title: `hostile by ${role}`,
        status: role === 'contributor' ? 'pending' : 'publish',
        content: hostileContent(context),
      };
      const { id } = await restOk(sessions[role], '/wp/v2/posts', { method: 'POST', body });
      if (role === 'contributor') await publish(sessions.editor, id);
      const stored = await storedPost(sessions.administrator, id);
      wrong.push(...runnableIn(stored.raw).map((what) => `stored by ${role}: ${what}`));
      const read = await readPost(browser, stored.link);
      try {
        const html = await read.page.$eval('.wp-block-post-content', (el) => el.innerHTML);
        wrong.push(...runnableIn(html).map((what) => `page of ${role}: ${what}`));
        // Point at, click and focus everything a handler could have been put on.
        for (const target of await read.page.$$('attack-timeline, country-comparison, actor-breakdown, cc-annotation')) {
          await target.hover().catch(() => {});
          await target.click().catch(() => {});
          await target.focus().catch(() => {});
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        const pwned = await read.page.evaluate(() => window.__pwned ?? null);
        if (pwned !== null) wrong.push(`page of ${role}: window.__pwned is ${pwned}`);
        wrong.push(...read.dialogs.map((dialog) => `page of ${role}: a dialog opened (${dialog})`));
      } finally {
        await read.close();
      }
    }
    assert.deepEqual(wrong, []);
  },
);

test('a page without a chart loads no script of the plugin', async () => {
  needs('the users', sessions.author);
  const { link } = await restOk(sessions.author, '/wp/v2/posts', {
    method: 'POST',
    body: { title: 'No chart', status: 'publish', content: '<!-- wp:paragraph -->\n<p>Words only.</p>\n<!-- /wp:paragraph -->' },
  });
  const read = await readPost(browser, link);
  try {
    const ours = read.resources.filter((name) => name.includes('/plugins/conflict-charts/'));
    assert.deepEqual(ours, [], 'the plugin loaded files on a page without a chart');
    assert.deepEqual(read.problems, []);
  } finally {
    await read.close();
  }
});

test('kses keeps exactly the documented attributes of each tag for a contributor, and no style or handler', async () => {
  needs('the uploads', context.csvUrl);
  const { ATTRIBUTES, CHARTS, attributesOf } = await importTs(`${ROOT}src/options/index.ts`);
  const value = (spec) => (spec.kind === 'url' ? context.csvUrl : 'x');
  const tag = (name, specs, extra) =>
    `<${name} ${specs.map((spec) => `${spec.attribute}="${value(spec)}"`).join(' ')} ${extra}></${name}>`;
  const extra = 'class="kept" undocumented="1" style="color:red" onclick="window.__pwned=1"';
  const content = [
    ...CHARTS.map((chart) => tag(chart.tag, attributesOf(chart.tag), extra)),
    tag('cc-annotation', [{ attribute: 'date' }, { attribute: 'from' }, { attribute: 'to' }], extra),
  ].join('\n');
  const { id } = await restOk(sessions.contributor, '/wp/v2/posts', {
    method: 'POST',
    body: { title: 'every attribute', status: 'draft', content: `<!-- wp:html -->\n${content}\n<!-- /wp:html -->` },
  });
  const { raw } = await storedPost(sessions.administrator, id);
  const stored = (name) => [...(new RegExp(`<${name}\\s([^>]*)>`).exec(raw)?.[1] ?? '').matchAll(/([\w-]+)=/g)].map((m) => m[1]);
  for (const chart of CHARTS) {
    const documented = attributesOf(chart.tag)
      .map((spec) => spec.attribute)
      .filter((name) => name !== 'data');
    assert.deepEqual(stored(chart.tag), [...documented, 'class'], `<${chart.tag}> as stored: ${raw.slice(0, 2000)}`);
  }
  assert.deepEqual(stored('cc-annotation'), ['date', 'from', 'to', 'class']);
  assert.ok(
    ATTRIBUTES.some((spec) => spec.attribute === 'data'),
    'the table still has `data`, which kses must drop',
  );
});

test('authors’ and contributors’ charts read files on this site only; editors’ and administrators’ any http(s) file', async () => {
  needs('the users', sessions.contributor);
  const elsewhere = 'https://data.example.net/claims.csv';
  const content = [
    `<!-- wp:html -->\n<country-comparison src="${elsewhere}"></country-comparison>\n<!-- /wp:html -->`,
    `<!-- wp:shortcode -->\n[conflict_chart type="country-comparison" src="${elsewhere}"]\n<!-- /wp:shortcode -->`,
    `<!-- wp:conflict-charts/chart ${JSON.stringify({ chart: 'country-comparison', options: { src: elsewhere } })} /-->`,
    // Addresses on this site, absolute or relative, are every writer's.
    `<!-- wp:html -->\n<country-comparison src="${context.csvUrl}"></country-comparison><country-comparison src="data/claims.csv"></country-comparison>\n<!-- /wp:html -->`,
    `<!-- wp:conflict-charts/chart ${JSON.stringify({ chart: 'country-comparison', options: { src: '/wp-content/uploads/claims.csv' } })} /-->`,
  ].join('\n\n');
  for (const role of ROLES) {
    const { id } = await restOk(sessions[role], '/wp/v2/posts', {
      method: 'POST',
      body: { title: `elsewhere by ${role}`, status: 'draft', content },
    });
    const { rendered } = await storedPost(sessions.administrator, id);
    const kept = (rendered.match(/src="https:\/\/data\.example\.net\/claims\.csv"/g) ?? []).length;
    const mayUseRemote = role === 'administrator' || role === 'editor';
    assert.equal(kept, mayUseRemote ? 3 : 0, `${role}: ${kept} of 3 charts kept the other site's src:\n${rendered}`);
    assert.equal((rendered.match(/<country-comparison/g) ?? []).length, 6, `${role}: charts missing from\n${rendered}`);
    for (const local of [context.csvUrl, 'data/claims.csv', '/wp-content/uploads/claims.csv']) {
      assert.ok(rendered.includes(`src="${local}"`), `${role}: src="${local}" was not kept:\n${rendered}`);
    }
  }
});

test('REST gives headless sites the chart tag; excerpts and feeds give text, the fallback table or a link', async () => {
  needs('the posts', posts);
  const block = await storedPost(sessions.administrator, posts.block.author);
  assert.match(
    block.rendered,
    /<country-comparison [^>]*src="[^"]+jnim_claims_cep_2025\.csv"/,
    'content.rendered has no chart tag',
  );
  for (const kase of CASES) {
    const { excerpt } = await storedPost(sessions.administrator, posts[kase.id].author);
    assert.doesNotMatch(excerpt, /\[conflict_chart|<(country-comparison|iframe|script)/, `${kase.id}: excerpt ${excerpt}`);
  }
  const feed = await (await fetch(`${site.origin}/?feed=rss2`)).text();
  assert.doesNotMatch(feed, /<script|\[conflict_chart/, 'the feed has a script or a raw shortcode');
  assert.match(feed, /<td>Burkina Faso<\/td><td>54<\/td>/, 'the feed has no fallback table');
  assert.match(feed, /See the chart in the article\./, 'the feed has no link to the chart');
});

test('the block editor previews the real chart (screenshot)', { timeout: 120_000 }, async () => {
  needs('the uploads', context.csvUrl);
  const { page } = sessions.author;
  await page.setViewport({ width: 1280, height: 900 });
  const kase = CASES.find((c) => c.id === 'block');
  await openNewPost(sessions.author);
  const { blocks, ready } = kase.editor(context);
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
  assert.deepEqual(Object.fromEntries(preview.rows.map((r) => [r.country, r.value])), {
    'Burkina Faso': 54,
    Mali: 36,
    Niger: 7,
    Togo: 1,
  });
  await page.screenshot({ path: shot('block-editor.png') });
});

test('switched off, the posts keep what they saved and WordPress shows no PHP error', { timeout: 600_000 }, async () => {
  needs('the posts', posts);
  await deactivatePlugin(sessions.administrator, 'conflict-charts');
  const wrong = [];
  for (const kase of CASES) {
    for (const role of ROLES) {
      const stored = await storedPost(sessions.administrator, posts[kase.id][role]);
      const read = await readPost(browser, stored.link);
      try {
        const outcome = outcomeOf({ read, kept: true, pluginOn: false });
        resultOf(kase.id).off[role] = outcome;
        const expected = expectedOutcome(kase, role, 'off');
        if (outcome !== expected) wrong.push(`${kase.id} by ${role}, plugin off: ${outcome} (expected ${expected})`);
      } finally {
        await read.close();
      }
    }
  }
  assert.deepEqual(wrong, []);
  assert.doesNotMatch(site.readDebugLog(), /PHP (Fatal|Parse) error/);
});

test('no PHP notice, warning or error from the plugin’s own files', () => {
  const ours = site
    .readDebugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/conflict-charts/'));
  assert.deepEqual(ours, []);
});

test('the README’s WordPress table says what this run found', () => {
  mkdirSync(`${ROOT}dist`, { recursive: true });
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`);
  assert.ok(
    readmeMatches(results),
    'README.md’s WordPress table differs from this run (dist/wordpress-results.json): run node test/wordpress/readme-table.mjs --write if the change is right',
  );
});
