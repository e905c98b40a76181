import { EventTableBuilder } from './event-table-builder.js';
import { sharedResults } from './shared-readings.js';
import { yieldToPage } from './yield.js';
import type { NormalizeOptions, NormalizeResult, RawRow } from './types.js';

/**
 * Turns parsed rows into events. Every data record ends up either as an event or in `skipped`
 * with its 1-based record number and a reason from `skip-reasons.ts`, except ACLED records that
 * repeat an earlier `event_id_cnty` (monadic exports): those are merged into the first (actors
 * joined, fatalities counted once) and counted in `mergedRecords`.
 * HXL hashtag rows are not records and are not counted.
 *
 * The events come as a table by column (`table`, what the aggregations read) and, on first
 * access, as objects (`events`).
 *
 * @throws {DataError} when no date column can be found or a mapped column is missing; the
 * message names the columns found and the attributes to set.
 */
export function normalizeRows(rows: RawRow[], columns: string[], options: NormalizeOptions = {}): NormalizeResult {
  const cache = sharedResults.get(rows);
  const key = cache && cacheKey(columns, options);
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached && !(cached instanceof Promise)) return cached;
  const builder = new EventTableBuilder(columns, options, rows.length);
  builder.add(rows);
  const result = builder.finish();
  if (key !== undefined) cache?.set(key, result);
  return result;
}

function cacheKey(columns: string[], options: NormalizeOptions): string {
  const { format, fields, requireCountry, requireFatalities, exactDates } = options;
  return JSON.stringify([columns, format, fields, Boolean(requireCountry), Boolean(requireFatalities), Boolean(exactDates)]);
}

/**
 * Rows read between checks of the clock by {@link normalizeRowsInSlices}: few enough that code
 * not yet optimised (a cold page reads about 15 µs a row) still checks every 8 ms or so.
 */
const SLICE_ROWS = 512;

/**
 * {@link normalizeRows} in slices of about `sliceMs` milliseconds, letting the page paint and
 * handle input in between, so a million rows never make one long task. Gives
 * exactly what normalizeRows gives; rejects with the signal's reason once it is aborted
 * (a shared reading, see {@link shareNormalization}, goes on for the other charts).
 */
export async function normalizeRowsInSlices(
  rows: RawRow[],
  columns: string[],
  options: NormalizeOptions = {},
  { signal, sliceMs = 8 }: { signal?: AbortSignal; sliceMs?: number } = {},
): Promise<NormalizeResult> {
  const cache = sharedResults.get(rows);
  const key = cache && cacheKey(columns, options);
  const cached = key === undefined ? undefined : cache?.get(key);
  if (cached) {
    const result = await cached;
    signal?.throwIfAborted();
    return result;
  }
  const reading = readInSlices(rows, columns, options, sliceMs, cache ? undefined : signal);
  if (key !== undefined) {
    cache?.set(key, reading);
    reading.then(
      (result) => cache?.set(key, result),
      () => cache?.delete(key),
    );
  }
  const result = await reading;
  signal?.throwIfAborted();
  return result;
}

async function readInSlices(
  rows: RawRow[],
  columns: string[],
  options: NormalizeOptions,
  sliceMs: number,
  signal: AbortSignal | undefined,
): Promise<NormalizeResult> {
  const builder = new EventTableBuilder(columns, options, rows.length);
  let sliceStart = performance.now();
  for (let from = 0; from < rows.length; from += SLICE_ROWS) {
    builder.add(rows, from, Math.min(rows.length, from + SLICE_ROWS));
    if (performance.now() - sliceStart > sliceMs) {
      await yieldToPage();
      signal?.throwIfAborted();
      sliceStart = performance.now();
    }
  }
  return builder.finish();
}

export { shareNormalization } from './shared-readings.js';
