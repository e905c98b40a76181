// `npm run update-readme-sri`: writes the version and sha384 hash of the built
// dist/conflict-charts.js (from dist/sri.json) into every CDN snippet of the README. Run it after
// a build that changed the file; test/dist/readme-sri.test.mjs fails while they differ.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const CDN_SNIPPET = /conflict-charts@[0-9A-Za-z.+-]+\/dist\/conflict-charts\.js"(\s+)integrity="sha384-[A-Za-z0-9+/=]*"/g;

/** The README with its CDN snippets naming `version` and `integrity`. */
export function withSri(readme, { version, integrity }) {
  return readme.replace(
    CDN_SNIPPET,
    (_match, space) => `conflict-charts@${version}/dist/conflict-charts.js"${space}integrity="${integrity}"`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = new URL('..', import.meta.url);
  const sri = JSON.parse(readFileSync(new URL('dist/sri.json', root), 'utf8'));
  const path = new URL('README.md', root);
  const text = readFileSync(path, 'utf8');
  const updated = withSri(text, sri);
  if (updated === text) console.log('README.md already names', sri.integrity);
  else {
    writeFileSync(path, updated);
    console.log('README.md now names', sri.integrity);
  }
}
