// Helpers for the integration checks: a stand-in for a publisher's site (pages made by the test,
// data files under the paths a CMS would use), and the snippets the docs give.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const DATA = join(ROOT, 'data');

/**
 * A site on its own origin: `pages` (path → HTML) are served as they are; `/data/<file>` and
 * `/wp-content/uploads/2025/07/<file>` (a WordPress media URL) serve the repository's data files.
 */
export function serveSite(pages) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (path in pages) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pages[path]);
      return;
    }
    const data = /^\/(data|wp-content\/uploads\/2025\/07)\/([^/]+)$/.exec(path);
    const file = data && join(DATA, basename(data[2]));
    if (file && existsSync(file) && statSync(file).isFile()) {
      response.writeHead(200, { 'content-type': 'text/csv; charset=utf-8', 'content-length': statSync(file).size });
      createReadStream(file).pipe(response);
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })),
  );
}

/** The README, whose snippets the tests run exactly as written. */
const DOCS = ['README.md'];

/** The fenced block after `<!-- snippet: name -->`, exactly as the docs give it, and its file. */
export function snippet(name) {
  const marker = new RegExp(`<!-- snippet: ${name} -->\\s*\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\\n\`\`\``);
  for (const doc of DOCS) {
    const path = join(ROOT, doc);
    if (!existsSync(path)) continue;
    const found = marker.exec(readFileSync(path, 'utf8'));
    if (found) return { text: found[1], doc };
  }
  throw new Error(`no snippet "${name}" in ${DOCS.join(' or ')}`);
}

/** A plain page around some HTML (the body of a post, an article). */
export function page(title, body, head = '') {
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="data:," />
    <title>${title}</title>
    ${head}
  </head>
  <body>
${body}
  </body>
</html>
`;
}
