// A plain static file server for the repository (no module resolution, no rewriting):
// what a CMS page's web server does. `node scripts/serve.mjs [page] [--port N]`.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createGzip } from 'node:zlib';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json',
  '.json': 'application/json',
  '.csv': 'text/csv; charset=utf-8',
  '.tsv': 'text/tab-separated-values; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Starts the server; resolves with its origin. `headers` are added to every response. With
 * `gzip`, text files go gzip-compressed to a client that accepts it, as a site's server or CDN
 * sends them (what Lighthouse's simulated network should see).
 */
export function serveStatic({ port = 0, host = '127.0.0.1', root = ROOT, headers = {}, gzip = false } = {}) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      const size = statSync(file).size;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const compress =
        gzip && /^(text\/|application\/json)/.test(type) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      response.writeHead(200, {
        'content-type': type,
        ...(compress ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : { 'content-length': size }),
        ...headers,
      });
      const body = createReadStream(file);
      (compress ? body.pipe(createGzip()) : body).pipe(response);
    } catch {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    }
  });
  return new Promise((done) =>
    server.listen(port, host, () => done({ server, origin: `http://${host}:${server.address().port}` })),
  );
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = process.argv.slice(2);
  const portFlag = args.indexOf('--port');
  const port = portFlag >= 0 ? Number(args[portFlag + 1]) : Number(process.env.PORT) || 8000;
  const page = args.find((arg, i) => !arg.startsWith('--') && args[i - 1] !== '--port') ?? '';
  const { origin } = await serveStatic({ port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`Serving ${ROOT}\nOpen ${origin}/${page}\n(Ctrl+C to stop)`);
}
