import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const VEGA_LEAN = fileURLToPath(new URL('./vega-lean.js', import.meta.url));
const VEGA_VERSION = JSON.parse(readFileSync(new URL('../node_modules/vega/package.json', import.meta.url), 'utf8')).version;

/** `import 'vega'` (from src/controllers/vega-runtime.ts) → build-support/vega-lean.js: Vega without unused transforms. */
export function leanVega() {
  return {
    name: 'lean-vega',
    resolveId(source, importer) {
      if (source === 'vega' && importer !== VEGA_LEAN) return VEGA_LEAN;
      return null;
    },
    transform(code, id) {
      // Same line, same start columns: the file's own mappings still hold.
      if (id === VEGA_LEAN) return { code: code.replaceAll('__VEGA_VERSION__', JSON.stringify(VEGA_VERSION)), map: null };
      return null;
    },
  };
}

const D3_GEO = fileURLToPath(new URL('../node_modules/d3-geo/dist/d3-geo.mjs', import.meta.url));
const MAP_COPY = `${D3_GEO}?map`;
const MAP_PACKAGES = /\/node_modules\/(vega-geo|vega-projection|d3-geo-projection)\/|\/src\/data\/geo\/boundaries\.ts$/;

/**
 * `import 'd3-geo'` from the map's packages (vega-geo, vega-projection, and the reader of a map's
 * own boundaries) → a copy of d3-geo of
 * their own: d3-geo is one file, and shared with the Vega every chart loads (which uses three of
 * its functions) it would be drawn into that chunk whole. The copy, tree-shaken to what a map
 * uses, goes to the map's chunk (build-support/cms-chunks.mjs).
 */
export function mapOwnD3Geo() {
  return {
    name: 'map-own-d3-geo',
    resolveId(source, importer) {
      if (source === 'd3-geo' && importer && MAP_PACKAGES.test(importer)) return MAP_COPY;
      return null;
    },
    load(id) {
      return id === MAP_COPY ? readFileSync(D3_GEO, 'utf8') : null;
    },
  };
}
