import { withEstimate, withRanges, type Estimate, type NoBand, type RangeFields, type RangeTotals } from '../data/estimates.js';
import type { EventTable } from '../data/types.js';
import type { ResolvedOptions } from '../options/resolve.js';

/** Counts over every series or country, so a named one is never folded into "Other" by the low estimate alone. */
export const EVERY_GROUP = Number.MAX_SAFE_INTEGER;

/** Why each set of rows counted with `uncertainty="band"` has no range, or the totals of the range it has. */
const bands = new WeakMap<readonly object[], NoBand | RangeTotals>();

/**
 * Why the rows have no band although one was asked for, or the totals of the band they carry
 * (ungrouped charts only: a grouped series may count an event twice); undefined otherwise.
 */
export function bandOf(rows: readonly object[]): NoBand | RangeTotals | undefined {
  return bands.get(rows);
}

const sum = (rows: readonly RangeFields[]) => rows.reduce((total, row) => total + row.value, 0);

/** Whether a band can be drawn: undefined when it can, else why not. */
function refusal(table: EventTable, o: ResolvedOptions, stacked: boolean): NoBand | undefined {
  if (o.measure !== 'fatalities') return 'measure';
  if (!table.estimates || table.preAggregated) return 'columns';
  return stacked ? 'stacked' : undefined;
}

/**
 * The rows with the range of their fatalities (`low`, `high`) when `uncertainty="band"` asks and
 * it can be drawn: `count` counts the table again with the low, then the high estimate as each
 * event's fatalities (with `top` = every group), matched to the rows by `key`. Ungrouped, the one
 * row with no match ("Other") has the rest of the total; grouped, it has no range. Otherwise the
 * rows as they are, with the reason kept.
 */
export function withBand<Row extends RangeFields>(
  rows: Row[],
  table: EventTable,
  o: ResolvedOptions,
  stacked: boolean,
  count: (table: EventTable, estimate: Estimate) => Row[],
  key: (row: Row) => string,
): Row[] {
  if (o.uncertainty !== 'band') return rows;
  const reason = refusal(table, o, stacked);
  if (reason) {
    bands.set(rows, reason);
    return rows;
  }
  const lows = count(withEstimate(table, 'low'), 'low');
  const highs = count(withEstimate(table, 'high'), 'high');
  const ranged = withRanges(rows, lows, highs, key);
  if (o.groupBy !== 'none') return ranged;
  // One series (or country) per event: the estimates' rows add up to every event's estimate, and
  // the one bucket without a match ("Other") has the rest.
  const totals = { low: sum(lows), best: sum(rows), high: sum(highs) };
  const unmatched = ranged.filter((row) => row.low === undefined);
  if (unmatched.length === 1) {
    const matched = ranged.filter((row) => row.low !== undefined);
    const rest = (field: 'low' | 'high') => totals[field] - matched.reduce((total, row) => total + row[field]!, 0);
    ranged[ranged.indexOf(unmatched[0])] = { ...unmatched[0], low: rest('low'), high: rest('high') };
  }
  bands.set(ranged, totals);
  return ranged;
}
