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
