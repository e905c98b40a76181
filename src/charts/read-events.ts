import { normalizeRows, normalizeRowsInSlices } from '../data/normalize.js';
import type { Table } from '../data/table.js';
import type { NormalizeOptions, NormalizeResult } from '../data/types.js';
import type { ResolvedReading } from '../options/resolve.js';

/** How the options read rows into events. */
function readingOf(options: ResolvedReading, requireCountry: boolean): NormalizeOptions {
  const { format, fields, requireFatalities, exactDates } = options;
  return { format, fields, requireCountry, requireFatalities, exactDates };
}

/** Reads a table into events as the options say, in one go (the CLI). */
export function readEvents(table: Table, options: ResolvedReading, requireCountry: boolean): NormalizeResult {
  return normalizeRows(table.rows, table.columns, readingOf(options, requireCountry));
}

/**
 * {@link readEvents} in slices between which the page keeps responding (a million rows never
 * make one long task); charts of the same loaded file share one reading per set of options.
 * `signal` stops the reading between slices (a newer source, or the element removed).
 */
export function readEventsInSlices(
  table: Table,
  options: ResolvedReading,
  requireCountry: boolean,
  signal?: AbortSignal,
): Promise<NormalizeResult> {
  return normalizeRowsInSlices(table.rows, table.columns, readingOf(options, requireCountry), { signal });
}
