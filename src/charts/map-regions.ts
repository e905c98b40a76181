import { isBoundaries, readBoundaries, type Boundaries } from '../data/geo/boundaries.js';
import { fileNameOf } from '../util/file-name.js';
import type { MapRow } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import { useMapMessages } from '../errors/map-messages.js';
import { formatNumber } from '../locale/format.js';
import { mapWords } from '../locale/map-words.js';
import type { ChartLocale } from '../locale/types.js';
import type { ResolvedOptions } from '../options/resolve.js';

/** `boundaries` given as a URL: the file read, in their place (the element and the CLI both go this way). */
export async function readBoundaryFile(o: ResolvedOptions, read: (url: string) => Promise<string>): Promise<ResolvedOptions> {
  if (typeof o.boundaries !== 'string') return o;
  const url = o.boundaries;
  return { ...o, boundaries: readBoundaries(await read(url), fileNameOf(url), o.boundaryKey) };
}

/** Raw content given as a property, read once per object and key. */
const fromContent = new WeakMap<object, Map<string, Boundaries>>();

/**
 * The map's own regions: `boundaries` read by {@link readBoundaryFile}, or given as the parsed
 * file by a property; undefined without them.
 * @throws {DataError} for `mark="regions"` without boundaries, and for content that has no regions.
 */
export function boundariesOf(o: ResolvedOptions): Boundaries | undefined {
  useMapMessages();
  const given = o.boundaries;
  if (given === undefined || typeof given === 'string') {
    // A URL not read: the synchronous Node API was given it (renderChart reads it).
    if (o.mark === 'regions') throw new DataError('noBoundaries');
    return undefined;
  }
  if (isBoundaries(given)) return given;
  let byKey = fromContent.get(given);
  if (!byKey) fromContent.set(given, (byKey = new Map()));
  const key = o.boundaryKey ?? '';
  let boundaries = byKey.get(key);
  if (!boundaries) byKey.set(key, (boundaries = readBoundaries(given, 'boundaries', o.boundaryKey)));
  return boundaries;
}

/** Regions counted that no region of the boundaries has the name of: "Sahel (Burkina Faso) 2, (no region) 1". */
export function regionsNotOnMap(rows: readonly MapRow[], locale: ChartLocale): string | undefined {
  const words = mapWords(locale);
  const totals = new Map<string, number>();
  for (const row of rows) {
    if (row.regionKey !== undefined) continue;
    const name = row.region ? `${row.region} (${row.country || '—'})` : (words.noRegion ?? '—');
    totals.set(name, (totals.get(name) ?? 0) + row.value);
  }
  if (!totals.size) return undefined;
  return [...totals].map(([name, value]) => `${name} ${formatNumber(value, locale)}`).join(', ');
}
