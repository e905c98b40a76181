// What the plugin lets through and what it keeps out, on a WordPress 6.1 of its own: the chart
// tags without the plugin, hostile writers, exactly the documented attributes, where data may
// come from, pages without charts, feeds, excerpts and REST, translations, and posts saved by
// earlier versions of the block. `npm run test:wordpress` after `npm run build`.
import { CHART_SELECTOR } from '../../scripts/chart-tags.mjs';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { importTs } from '../../build-support/import-ts.mjs';
import { ROLES } from './cases.mjs';
import { hostileContent, runnableIn } from './hostile.mjs';
import { readPost } from './reader.mjs';
import { ROOT, closeSite, installPlugin, installWithWriters, openSite, uploadData } from './scenario.mjs';
import { openNewPost, restOk } from './wp-client.mjs';
import { pluginLogLines, publish, storedPost } from './writers.mjs';

let opened;
let sessions;
let context;
const needs = (what, value) => assert.ok(value, `not run: ${what} failed earlier`);
/** Saves a post as `role` (contributors submit it for review) and returns it as stored. */
async function save(role, title, content, status = role === 'contributor' ? 'pending' : 'publish') {
  const { id } = await restOk(sessions[role], '/wp/v2/posts', { method: 'POST', body: { title, status, content } });
  return { id, ...(await storedPost(sessions.administrator, id)) };
}

before(async () => {
  opened = await openSite();
  sessions = await installWithWriters(opened);
});
after(() => closeSite(opened));

test('without the plugin, kses removes an author’s and a contributor’s chart tag, script and iframe', async () => {
  const content = `<!-- wp:html -->\n<script type="module" src="/x.js"></script>\n<country-comparison src="/claims.csv"></country-comparison>\n<iframe src="/embed.html"></iframe>\n<!-- /wp:html -->`;
  for (const role of ROLES) {
    const { raw } = await save(role, `no plugin, ${role}`, content, 'draft');
    const kept = ['<script', '<country-comparison', '<iframe'].filter((tag) => raw.includes(tag));
    const trusted = role === 'administrator' || role === 'editor';
    assert.deepEqual(kept, trusted ? ['<script', '<country-comparison', '<iframe'] : [], `${role}: kept ${kept} of ${raw}`);
  }
});

test('the plugin installs through the upload form; the author uploads the data', async () => {
  await installPlugin(sessions);
  context = await uploadData(opened, sessions);
});

test(
  'hostile snippets by an author and a contributor leave nothing that runs, stored or in the page',
  { timeout: 300_000 },
  async () => {
    needs('the uploads', context);
    const wrong = [];
    for (const role of ['author', 'contributor']) {
      const stored = await save(role, `hostile by ${role}`, hostileContent(context));
      if (role === 'contributor') await publish(sessions.editor, stored.id);
      wrong.push(...runnableIn(stored.raw).map((what) => `stored by ${role}: ${what}`));
      const read = await readPost(opened.browser, stored.link);
      try {
        const html = await read.page.$eval('.wp-block-post-content', (el) => el.innerHTML);
        wrong.push(...runnableIn(html).map((what) => `page of ${role}: ${what}`));
        // Point at, click and focus everything a handler could have been put on.
        for (const target of await read.page.$$(`${CHART_SELECTOR}, cc-annotation`)) {
          await target.hover().catch(() => {});
          await target.click().catch(() => {});
          await target.focus().catch(() => {});
        }
        await new Promise((resolve) => setTimeout(resolve, 300));
        const pwned = await read.page.evaluate(() => window.__pwned ?? null);
        if (pwned !== null) wrong.push(`page of ${role}: window.__pwned is ${pwned}`);
        wrong.push(...read.dialogs.map((dialog) => `page of ${role}: a dialog opened (${dialog})`));
        if (!(await read.page.$('country-comparison'))) wrong.push(`page of ${role}: no chart left to attack`);
      } finally {
        await read.close();
      }
    }
    assert.deepEqual(wrong, []);
  },
);

test('kses keeps exactly the documented attributes of each tag for a contributor, and no style or handler', async () => {
  needs('the uploads', context);
  const { CHARTS, attributesOf } = await importTs(`${ROOT}src/options/index.ts`);
  const value = (spec) => (spec.kind === 'url' ? context.csvUrl : 'x');
  const extra = 'class="kept" undocumented="1" style="color:red" onclick="window.__pwned=1"';
  const tag = (name, specs) =>
    `<${name} ${specs.map((spec) => `${spec.attribute}="${value(spec)}"`).join(' ')} ${extra}></${name}>`;
  const tags = [
    ...CHARTS.map((chart) => tag(chart.tag, attributesOf(chart.tag))),
    tag(
      'cc-annotation',
      ['date', 'from', 'to'].map((attribute) => ({ attribute })),
    ),
  ];
  const { raw } = await save(
    'contributor',
    'every attribute',
    `<!-- wp:html -->\n${tags.join('\n')}\n<!-- /wp:html -->`,
    'draft',
  );
  const stored = (name) => [...(new RegExp(`<${name}\\s([^>]*)>`).exec(raw)?.[1] ?? '').matchAll(/([\w-]+)=/g)].map((m) => m[1]);
  for (const chart of CHARTS) {
    // `data` (rows as JSON) is documented but left out: kses reads an attribute called `data` as a URL.
    const documented = attributesOf(chart.tag)
      .map((spec) => spec.attribute)
      .filter((name) => name !== 'data');
    assert.deepEqual(stored(chart.tag), [...documented, 'class'], `<${chart.tag}> as stored: ${raw.slice(0, 2000)}`);
  }
  assert.deepEqual(stored('cc-annotation'), ['date', 'from', 'to', 'class']);
});

test('authors’ and contributors’ charts read files on this site only; editors’ and administrators’ any http(s) file', async () => {
  needs('the uploads', context);
  const elsewhere = 'https://data.example.net/claims.csv';
  const block = (src) =>
    `<!-- wp:conflict-charts/chart ${JSON.stringify({ chart: 'country-comparison', options: { src } })} /-->`;
  const content = [
    `<!-- wp:html -->\n<country-comparison src="${elsewhere}"></country-comparison>\n<!-- /wp:html -->`,
    `<!-- wp:shortcode -->\n[conflict_chart type="country-comparison" src="${elsewhere}"]\n<!-- /wp:shortcode -->`,
    block(elsewhere),
    // Addresses on this site, absolute or relative, are every writer's.
    `<!-- wp:html -->\n<country-comparison src="${context.csvUrl}"></country-comparison><country-comparison src="data/claims.csv"></country-comparison>\n<!-- /wp:html -->`,
    block('/wp-content/uploads/claims.csv'),
  ].join('\n\n');
  for (const role of ROLES) {
    const { rendered } = await save(role, `elsewhere by ${role}`, content, 'draft');
    const kept = (rendered.match(/src="https:\/\/data\.example\.net\/claims\.csv"/g) ?? []).length;
    const mayUseRemote = role === 'administrator' || role === 'editor';
    assert.equal(kept, mayUseRemote ? 3 : 0, `${role}: ${kept} of 3 charts kept the other site's src:\n${rendered}`);
    assert.equal((rendered.match(/<country-comparison/g) ?? []).length, 6, `${role}: charts missing from\n${rendered}`);
    for (const local of [context.csvUrl, 'data/claims.csv', '/wp-content/uploads/claims.csv']) {
      assert.ok(rendered.includes(`src="${local}"`), `${role}: src="${local}" was not kept:\n${rendered}`);
    }
    const said = (rendered.match(/<!-- conflict-charts: src refused/g) ?? []).length;
    assert.equal(said, mayUseRemote ? 0 : 3, `${role}: ${said} comments say why a src was refused`);
  }
  // The rule follows the post's author: an editor's remote chart in a contributor's post loses its file too.
  const { id } = await save(
    'contributor',
    'edited by an editor',
    '<!-- wp:paragraph -->\n<p>Draft.</p>\n<!-- /wp:paragraph -->',
    'draft',
  );
  await restOk(sessions.editor, `/wp/v2/posts/${id}`, { method: 'POST', body: { content } });
  const { rendered } = await storedPost(sessions.administrator, id);
  assert.doesNotMatch(rendered, /data\.example\.net/, `an editor's remote src survived in a contributor's post:\n${rendered}`);
});

test(
  'the block offers the Media Library to an author, and a contributor an address field that says why',
  { timeout: 120_000 },
  async () => {
    needs('the uploads', context);
    const sidebars = {};
    for (const role of ['author', 'contributor']) {
      await openNewPost(sessions[role]);
      sidebars[role] = await sessions[role].page.evaluate(async () => {
        const block = window.wp.blocks.createBlock('conflict-charts/chart', { chart: 'country-comparison' });
        window.wp.data.dispatch('core/block-editor').insertBlocks(block);
        window.wp.data.dispatch('core/block-editor').selectBlock(block.clientId);
        window.wp.data.dispatch('core/edit-post').openGeneralSidebar('edit-post/block');
        await new Promise((resolve) => setTimeout(resolve, 500));
        const sidebar = document.querySelector('.interface-complementary-area');
        return {
          text: sidebar?.innerText ?? '',
          mediaButton: [...(sidebar?.querySelectorAll('button') ?? [])].some((b) => b.textContent === 'Choose a data file'),
        };
      });
    }
    assert.ok(sidebars.author.mediaButton, `the author's sidebar has no Media Library button:\n${sidebars.author.text}`);
    assert.ok(!sidebars.contributor.mediaButton, 'the contributor was offered the Media Library');
    assert.match(sidebars.contributor.text, /Your role cannot upload files: paste the address of a data file/);
    assert.match(sidebars.contributor.text, /Charts in your posts read files on this site only/);
  },
);

test('a page without a chart loads no script or stylesheet of the plugin', async () => {
  needs('the plugin', context);
  const { link } = await save('author', 'No chart', '<!-- wp:paragraph -->\n<p>Words only.</p>\n<!-- /wp:paragraph -->');
  const read = await readPost(opened.browser, link);
  try {
    assert.deepEqual(
      read.resources.filter((name) => name.includes('/plugins/conflict-charts/')),
      [],
      'the plugin loaded files on a page without a chart',
    );
    assert.deepEqual(read.problems, []);
  } finally {
    await read.close();
  }
});

/** A block as version 0.1.0 of the plugin saved it, reading `csvUrl`. */
const savedBlock = (csvUrl) =>
  readFileSync(new URL('./fixtures/block-0.1.0.html', import.meta.url), 'utf8').replace('{{CSV}}', csvUrl);

test('REST gives headless sites the chart tag; excerpts give text; feeds the fallback table or a link', async () => {
  needs('the uploads', context);
  const shortcode = `[conflict_chart type="country-comparison" src="${context.csvUrl}" date-field="month" value-field="claimed_attacks"]`;
  const posts = {
    block: await save('author', 'Block for feeds', savedBlock(context.csvUrl)),
    shortcode: await save('author', 'Shortcode for feeds', `Before.\n\n${shortcode}\n\nAfter.`),
    tag: await save(
      'author',
      'Tag for feeds',
      `<!-- wp:html -->\n<country-comparison src="${context.csvUrl}"></country-comparison>\n<!-- /wp:html -->`,
    ),
  };
  assert.match(
    posts.block.rendered,
    /<country-comparison [^>]*src="[^"]+jnim_claims_cep_2025\.csv"/,
    'content.rendered has no chart tag',
  );
  for (const [name, post] of Object.entries(posts)) {
    assert.doesNotMatch(post.excerpt, /\[conflict_chart|<(country-comparison|iframe|script)/, `${name}: excerpt ${post.excerpt}`);
  }
  const feed = await (await fetch(`${opened.site.origin}/?feed=rss2`)).text();
  const item = (title) => feed.split('<item>').find((text) => text.includes(`<title>${title}</title>`)) ?? '';
  assert.match(item('Block for feeds'), /<td>Burkina Faso<\/td><td>54<\/td>/, 'the block has no fallback table in the feed');
  for (const title of ['Block for feeds', 'Shortcode for feeds']) {
    assert.match(item(title), /See the chart in the article\./, `${title}: no link to the chart in the feed`);
    assert.doesNotMatch(item(title), /<script|\[conflict_chart/, `${title}: a script or a raw shortcode in the feed`);
  }
});

test(
  'a block saved by version 0.1.0 of the plugin opens in the editor without a validation error',
  { timeout: 120_000 },
  async () => {
    needs('the uploads', context);
    const { id } = await save('author', 'Saved by 0.1.0', savedBlock(context.csvUrl));
    const { page } = sessions.author;
    await page.goto(`${opened.site.origin}/wp-admin/post.php?post=${id}&action=edit`);
    await page.waitForFunction(() => window.wp?.data?.select('core/block-editor')?.getBlocks?.().length > 0, { timeout: 60_000 });
    const blocks = await page.evaluate(() =>
      window.wp.data
        .select('core/block-editor')
        .getBlocks()
        .map((b) => ({ name: b.name, isValid: b.isValid, rows: b.attributes.fallbackRows.length })),
    );
    assert.deepEqual(blocks, [{ name: 'conflict-charts/chart', isValid: true, rows: 4 }]);
  },
);

test('WordPress loads the French translations: the .mo for PHP and the JSON for each editor script', () => {
  needs('the plugin', context);
  const php = `
    require '${opened.site.site}/wp-load.php';
    unload_textdomain( 'conflict-charts' );
    add_filter( 'plugin_locale', function () { return 'fr_FR'; } );
    add_filter( 'determine_locale', function () { return 'fr_FR'; } );
    conflict_charts_load_textdomain();
    echo json_encode( array(
      'php'     => __( 'See the chart in the article.', 'conflict-charts' ),
      'scripts' => array_map( function ( $handle ) {
        return (bool) strpos( (string) load_script_textdomain( $handle, 'conflict-charts', WP_PLUGIN_DIR . '/conflict-charts/languages' ), 'Graphique de conflit' );
      }, array( 'conflict-charts-block-editor', 'conflict-charts-block-controls', 'conflict-charts-block-fallback' ) ),
    ) );`;
  const out = JSON.parse(
    execFileSync('php', ['-r', php], {
      cwd: opened.site.site,
      encoding: 'utf8',
      env: { ...process.env, HTTP_HOST: '127.0.0.1' },
    }),
  );
  assert.equal(out.php, 'Voir le graphique dans l’article.');
  assert.deepEqual(out.scripts, [true, true, true]);
});

test('no PHP notice, warning or error from the plugin’s own files', () => {
  assert.deepEqual(pluginLogLines(opened.site), []);
});
