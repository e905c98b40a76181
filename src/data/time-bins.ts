import { binStart } from '../util/dates.js';
import { DataError } from '../errors/data-error.js';
import { everyEvent } from './kept-events.js';
import type { EventTable, Interval } from './types.js';

const INTERVAL_RANK: Record<Interval, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
/** Interval rank of each precision code (day, month, year). */
const PRECISION_RANK = [0, 2, 4];
/** Widest day range binned through a lookup table (longer ranges bin each event). */
const MAX_LOOKUP_DAYS = 1 << 22;

export interface Extent {
  minDay: number;
  maxDay: number;
  /** Coarsest precision code. */
  coarsest: number;
}

const extents = new WeakMap<EventTable, Extent>();

/** First and last day and coarsest precision of every event (worked out once per table). */
export function tableExtent(table: EventTable): Extent {
  let extent = extents.get(table);
  if (!extent) extents.set(table, (extent = extentOf(table, everyEvent(table))));
  return extent;
}

export function extentOf(table: EventTable, kept: Int32Array): Extent {
  const { day, precision } = table;
  const count = kept.length;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let coarsest = 0;
  for (let k = 0; k < count; k++) {
    const i = kept[k];
    const d = day[i];
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    if (precision[i] > coarsest) coarsest = precision[i];
  }
  return { minDay, maxDay, coarsest };
}

export function checkInterval(coarsest: number, interval: Interval): void {
  if (INTERVAL_RANK[interval] >= PRECISION_RANK[coarsest]) return;
  throw new DataError(coarsest === 1 ? 'countedByMonth' : 'countedByYear', { interval });
}

/**
 * For each day of `[minDay, maxDay]`, the index in `starts` of its bin (filled by walking the
 * bins alongside); `null` when there are no days or the range is too wide for a table.
 */
export function dayLookup(starts: readonly number[], interval: Interval, minDay: number, maxDay: number): Int32Array | null {
  if (starts.length === 0 || !(maxDay >= minDay) || maxDay - minDay >= MAX_LOOKUP_DAYS) return null;
  const lookup = new Int32Array(maxDay - minDay + 1);
  let b = starts.indexOf(binStart(minDay, interval));
  for (let d = minDay; d <= maxDay; d++) {
    while (b + 1 < starts.length && starts[b + 1] <= d) b++;
    lookup[d - minDay] = b;
  }
  return lookup;
}

/** The index in `starts` of a day's bin, from its bin start. */
export function binByMap(starts: readonly number[], interval: Interval): (day: number) => number {
  const index = new Map<number, number>();
  starts.forEach((start, b) => index.set(start, b));
  return (day) => index.get(binStart(day, interval)) ?? 0;
}
