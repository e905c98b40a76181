import { DataError } from '../errors/data-error.js';
import { jsonOf } from './parse.js';

/** Keys that make Vega fetch a URL or open a link: data, lookups, images and `href`. */
const LOADING_KEYS = new Set(['url', 'href']);

/** The dotted path of the first key in `value` that would load a URL or link, if any. */
function loadingKeyIn(value: unknown, path: string): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, inner] of Object.entries(value)) {
    const here = path ? `${path}.${key}` : key;
    if (LOADING_KEYS.has(key)) return here;
    const found = loadingKeyIn(inner, here);
    if (found) return found;
  }
  return undefined;
}

/**
 * The `spec-patch` attribute read: a JSON object merged into the Vega-Lite spec. A page's author
 * (a WordPress contributor too) may restyle the chart but not make it load anything: the data
 * comes from `src` or `data`, which are checked, and no mark links anywhere.
 * @throws {DataError} when the text is not JSON, not an object, or has a `url` or `href` key.
 */
export function specPatchOf(value: Record<string, unknown> | string | undefined): Record<string, unknown> | undefined {
  const patch = jsonOf<unknown>('spec-patch', value);
  if (patch === undefined) return undefined;
  if (typeof patch !== 'object' || patch === null || Array.isArray(patch)) throw new DataError('specPatchNotObject');
  const path = loadingKeyIn(patch, '');
  if (path) throw new DataError('specPatchLoads', { path });
  return patch as Record<string, unknown>;
}
