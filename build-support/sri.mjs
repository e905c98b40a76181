import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';

/**
 * Subresource Integrity for the CDN snippet, computed from the files as written: dist/sri.json
 * gets the sha384 of dist/conflict-charts.js (and of its chunks). The README's snippet is brought
 * up to date from it by `npm run update-readme-sri`, never by the build (a test checks they agree).
 */
export function subresourceIntegrity(pkg) {
  return {
    name: 'subresource-integrity',
    writeBundle(options, bundle) {
      const sri = (file) =>
        `sha384-${createHash('sha384')
          .update(readFileSync(`${options.dir}/${file}`))
          .digest('base64')}`;
      const chunks = Object.keys(bundle)
        .filter((file) => file.endsWith('.js'))
        .sort();
      const integrity = sri('conflict-charts.js');
      const base = `https://cdn.jsdelivr.net/npm/conflict-charts@${pkg.version}/dist/`;
      const url = `${base}conflict-charts.js`;
      // What every chart draws with: fetched from the page's head with the entry, instead of
      // after it, by a page whose chart is above the fold (opt-in: an article whose chart is
      // screens below loads them only as the reader nears it).
      const drawing = chunks.filter(
        (file) => /^conflict-charts-(drawing|vega)-/.test(file) && !file.startsWith('conflict-charts-vega-lite-'),
      );
      const record = {
        version: pkg.version,
        file: 'dist/conflict-charts.js',
        url,
        integrity,
        snippet: `<script type="module" src="${url}" integrity="${integrity}" crossorigin="anonymous"></script>`,
        chunks: Object.fromEntries(chunks.map((file) => [`dist/${file}`, sri(file)])),
        preloadChunks: drawing.map((file) => `dist/${file}`),
        preload: drawing
          .map((file) => `<link rel="modulepreload" href="${base}${file}" integrity="${sri(file)}" crossorigin="anonymous" />`)
          .join('\n'),
      };
      writeFileSync(`${options.dir}/sri.json`, `${JSON.stringify(record, null, 2)}\n`);
    },
  };
}
