// Driving a test WordPress as its users would, in Chromium: the install form, the log-in form,
// the plugin upload form, the block editor, and the REST API with the log-in cookie and a nonce
// (as the block editor calls it). Each user gets a browser context of their own.

/** Runs WordPress's installer (the form's second step) with `admin` as the administrator. */
export async function installWordPress(origin, admin) {
  const form = new URLSearchParams({
    weblog_title: 'Conflict charts test',
    user_name: admin.user,
    admin_password: admin.password,
    admin_password2: admin.password,
    pw_weak: '1',
    admin_email: admin.email,
    blog_public: '0',
    language: '',
  });
  const response = await fetch(`${origin}/wp-admin/install.php?step=2`, { method: 'POST', body: form });
  const text = await response.text();
  if (!/Success!/.test(text)) throw new Error(`WordPress did not install: ${text.replace(/<[^>]+>/g, ' ').slice(0, 400)}`);
}

/** Logs `account` in through wp-login.php in a new browser context; returns a session. */
export async function logIn(browser, origin, account) {
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  // Leaving the editor with a change unsaved asks "Leave site?": the tests leave on purpose.
  page.on('dialog', (dialog) => (dialog.type() === 'beforeunload' ? dialog.accept() : undefined));
  await page.goto(`${origin}/wp-login.php`);
  // wp-login.php focuses and selects the user field 200 ms after it loads, which would swallow
  // what was typed before: fill the fields, then submit the form as a person does.
  await page.$eval('#user_login', (field, user) => (field.value = user), account.user);
  await page.$eval('#user_pass', (field, password) => (field.value = password), account.password);
  await Promise.all([page.waitForNavigation(), page.click('#wp-submit')]);
  if (!page.url().includes('/wp-admin')) {
    const said = await page.$eval('#login_error', (el) => el.innerText).catch(() => '');
    throw new Error(`${account.user} could not log in (at ${page.url()}): ${said}`);
  }
  const session = { account, context, page, origin };
  session.nonce = await page.evaluate(async () => (await fetch('/wp-admin/admin-ajax.php?action=rest-nonce')).text());
  if (!/^[0-9a-f]{10}$/.test(session.nonce)) throw new Error(`no REST nonce for ${account.user}: ${session.nonce.slice(0, 200)}`);
  return session;
}

/**
 * Calls the REST API as the session's user: `route` like `/wp/v2/posts`, `query` an object.
 * Returns `{ status, body }`.
 */
export function rest(session, route, { method = 'GET', body, query = {} } = {}) {
  const params = new URLSearchParams({ rest_route: route, ...query });
  return session.page.evaluate(
    async (url, method, body, nonce) => {
      const response = await fetch(url, {
        method,
        headers: { 'X-WP-Nonce': nonce, ...(body ? { 'Content-Type': 'application/json' } : {}) },
        body: body ? JSON.stringify(body) : undefined,
      });
      const text = await response.text();
      let parsed;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = text;
      }
      return { status: response.status, body: parsed };
    },
    `/?${params}`,
    method,
    body ?? null,
    session.nonce,
  );
}

/** Calls REST and throws unless the status is 2xx; returns the body. */
export async function restOk(session, route, options) {
  const { status, body } = await rest(session, route, options);
  if (status < 200 || status > 299) {
    throw new Error(
      `${options?.method ?? 'GET'} ${route} as ${session.account.user}: ${status} ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
  return body;
}

/** Uploads a file to the Media Library as the session's user. Returns `{ status, body }`. */
export function uploadMedia(session, { name, type, text }) {
  return session.page.evaluate(
    async (name, type, text, nonce) => {
      const form = new FormData();
      form.append('file', new Blob([text], { type }), name);
      const response = await fetch('/?rest_route=/wp/v2/media', { method: 'POST', headers: { 'X-WP-Nonce': nonce }, body: form });
      return { status: response.status, body: await response.json().catch(() => null) };
    },
    name,
    type,
    text,
    session.nonce,
  );
}

/** Installs a plugin zip through Plugins → Add New → Upload Plugin, then activates it. */
export async function uploadAndActivatePlugin(session, zipPath) {
  const { page, origin } = session;
  await page.goto(`${origin}/wp-admin/plugin-install.php?tab=upload`);
  const input = await page.waitForSelector('#pluginzip');
  await input.uploadFile(zipPath);
  await Promise.all([page.waitForNavigation(), page.click('#install-plugin-submit')]);
  const installed = await page.$eval('#wpbody-content', (body) => body.innerText);
  if (!/Plugin installed successfully/.test(installed))
    throw new Error(`the upload did not install the plugin:\n${installed.slice(0, 600)}`);
  await Promise.all([page.waitForNavigation(), page.click('#wpbody-content a.button-primary[href*="action=activate"]')]);
  const activated = await page.$eval('#wpbody-content', (body) => body.innerText);
  if (!/Plugin activated/.test(activated)) throw new Error(`the plugin did not activate:\n${activated.slice(0, 600)}`);
  return { installed, activated };
}

/** Deactivates a plugin from the Plugins screen, by its row's Deactivate link. */
export async function deactivatePlugin(session, slug) {
  const { page, origin } = session;
  await page.goto(`${origin}/wp-admin/plugins.php`);
  await Promise.all([page.waitForNavigation(), page.click(`tr[data-slug="${slug}"] .deactivate a`)]);
  const text = await page.$eval('#wpbody-content', (body) => body.innerText);
  if (!/Plugin deactivated/.test(text)) throw new Error(`the plugin did not deactivate:\n${text.slice(0, 600)}`);
}

/** Opens a new post in the block editor, with the welcome guide closed. */
export async function openNewPost(session) {
  const { page, origin } = session;
  await page.goto(`${origin}/wp-admin/post-new.php`);
  await page.waitForFunction(
    () => window.wp?.data?.select('core/editor')?.getCurrentPostId?.() && window.wp.blocks.getBlockType('core/paragraph'),
  );
  await page.evaluate(() => {
    const editPost = window.wp.data.select('core/edit-post');
    if (editPost.isFeatureActive('welcomeGuide')) window.wp.data.dispatch('core/edit-post').toggleFeature('welcomeGuide');
  });
}

/**
 * Adds blocks to the open post as the inserter does, waits until `ready` (a function run in the
 * page) is true, then saves with the editor's own request: published for those who may
 * publish, submitted for review ("pending") for contributors. Returns the post's id.
 */
export async function saveFromEditor(session, { title, blocks, ready, status }) {
  const { page } = session;
  await page.evaluate(
    (title, blocks) => {
      const { createBlock } = window.wp.blocks;
      window.wp.data.dispatch('core/editor').editPost({ title });
      window.wp.data.dispatch('core/block-editor').insertBlocks(blocks.map((block) => createBlock(block.name, block.attributes)));
    },
    title,
    blocks,
  );
  if (ready) await page.waitForFunction(ready, { timeout: 60_000 });
  await page.evaluate((status) => {
    window.wp.data.dispatch('core/editor').editPost({ status });
    return window.wp.data.dispatch('core/editor').savePost();
  }, status);
  await page.waitForFunction(() => !window.wp.data.select('core/editor').isSavingPost());
  const saved = await page.evaluate(() => ({
    ok: window.wp.data.select('core/editor').didPostSaveRequestSucceed(),
    id: window.wp.data.select('core/editor').getCurrentPostId(),
    status: window.wp.data.select('core/editor').getEditedPostAttribute('status'),
  }));
  if (!saved.ok) throw new Error(`the editor could not save "${title}" as ${session.account.user}`);
  return saved.id;
}
