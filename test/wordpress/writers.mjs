// The writers of the test site: one user per role, logged in in their own browser context,
// and the posts each saves for every case, the way that case is written.
import { CASES, ROLES } from './cases.mjs';
import { logIn, openNewPost, restOk, saveFromEditor } from './wp-client.mjs';

export const ADMIN = { user: 'admin', password: 'Admin-pass-1234', email: 'admin@example.org', role: 'administrator' };

const account = (role) =>
  role === 'administrator' ? ADMIN : { user: role, password: `${role}-Pass-1234`, email: `${role}@example.org`, role };

/** Creates a user for each role but administrator (as the administrator) and logs everyone in. */
export async function logInEveryRole(browser, origin, admin) {
  const sessions = { administrator: admin };
  for (const role of ROLES.filter((r) => r !== 'administrator')) {
    const { user, password, email } = account(role);
    await restOk(admin, '/wp/v2/users', { method: 'POST', body: { username: user, password, email, roles: [role] } });
    sessions[role] = await logIn(browser, origin, account(role));
  }
  return sessions;
}

export { account };

/** The status a role saves with: published, or "submitted for review" for contributors. */
export const saveStatus = (role) => (role === 'contributor' ? 'pending' : 'publish');

/** Saves `kase` as `session`'s user; returns the post id. */
export async function savePost(session, role, kase, context) {
  const title = `${kase.id} by ${role}`;
  if (kase.editor) {
    await openNewPost(session);
    return saveFromEditor(session, { title, status: saveStatus(role), ...kase.editor(context) });
  }
  const post = await restOk(session, '/wp/v2/posts', {
    method: 'POST',
    body: { title, status: saveStatus(role), content: kase.content(context) },
  });
  return post.id;
}

/**
 * Every role saves every case, two roles at a time (each in its own browser context). Returns
 * `{ [caseId]: { [role]: postId } }`.
 */
export async function saveEveryCase(sessions, context) {
  const posts = Object.fromEntries(CASES.map((kase) => [kase.id, {}]));
  const writeAll = async (role) => {
    for (const kase of CASES) posts[kase.id][role] = await savePost(sessions[role], role, kase, context);
  };
  for (let i = 0; i < ROLES.length; i += 2) await Promise.all(ROLES.slice(i, i + 2).map(writeAll));
  return posts;
}

/** The stored post as an administrator reads it for editing: `{ raw, status, rendered }`. */
export async function storedPost(admin, id) {
  const post = await restOk(admin, `/wp/v2/posts/${id}`, { query: { context: 'edit' } });
  return {
    raw: post.content.raw,
    rendered: post.content.rendered,
    status: post.status,
    excerpt: post.excerpt.rendered,
    link: post.link,
  };
}

/** Publishes a post submitted for review, as `editor`, sending nothing but the status. */
export async function publish(editor, id) {
  const post = await restOk(editor, `/wp/v2/posts/${id}`, { method: 'POST', body: { status: 'publish' } });
  if (post.status !== 'publish') throw new Error(`post ${id} is ${post.status} after the editor published it`);
}

/** Lines of the site's PHP log that come from the plugin's own files. */
export function pluginLogLines(site) {
  return site
    .readDebugLog()
    .split('\n')
    .filter((line) => line.includes('/plugins/conflict-charts/'));
}
