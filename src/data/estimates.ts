import { numberOfCell } from './cells.js';
import type { EventTable } from './types.js';

/** Which estimate a count sums in place of the best one. */
export type Estimate = 'low' | 'high';

const columnsCache = new WeakMap<EventTable, Record<Estimate, Float64Array>>();
const tablesCache = new WeakMap<EventTable, Partial<Record<Estimate, EventTable>>>();

/**
 * Every event's low and high fatality estimates (UCDP `low`, `high`), read once per table from
 * each event's record; an empty or non-numeric cell takes the best estimate (the event then has
 * no range); null when the data has no estimate columns.
 */
export function estimateColumns(table: EventTable): Record<Estimate, Float64Array> | null {
  const { estimates } = table;
  if (!estimates) return null;
  let columns = columnsCache.get(table);
  if (!columns) {
    const low = new Float64Array(table.length);
    const high = new Float64Array(table.length);
    for (let i = 0; i < table.length; i++) {
      const row = estimates.row(i);
      const best = table.fatalities[i];
      low[i] = finite(numberOfCell(row?.[estimates.low])) ?? best;
      high[i] = finite(numberOfCell(row?.[estimates.high])) ?? best;
    }
    columns = { low, high };
    columnsCache.set(table, columns);
  }
  return columns;
}

const finite = (n: number | null) => (n === null || Number.isNaN(n) ? undefined : n);

/**
 * The same events with the low (or high) estimate as their fatalities, so that every count sums
 * it exactly as it sums the best estimate: the same filters, periods, countries and top N.
 */
export function withEstimate(table: EventTable, estimate: Estimate): EventTable {
  const cached = tablesCache.get(table) ?? {};
  let swapped = cached[estimate];
  if (!swapped) {
    const columns = estimateColumns(table);
    if (!columns) throw new Error('The table has no estimate columns');
    swapped = { ...table, fatalities: columns[estimate] };
    tablesCache.set(table, { ...cached, [estimate]: swapped });
  }
  return swapped;
}

/** Why `uncertainty="band"` draws no band: not fatalities, no estimate columns, or stacked series. */
export type NoBand = 'measure' | 'columns' | 'stacked';

/** The range of every event drawn: low, best and high fatalities summed. */
export interface RangeTotals {
  low: number;
  best: number;
  high: number;
}

/** A counted row with the range of its fatalities. */
export interface RangeFields {
  value: number;
  low?: number;
  high?: number;
}

/**
 * Gives each row its `low` and `high` from the rows counted the same way over the low and high
 * estimates, matched by `key`; a row with no match (a remainder bucket) gets no range. The rows
 * are replaced in place, so what is known of the array (its comparison) stays with it.
 */
export function withRanges<Row extends RangeFields>(
  rows: Row[],
  lows: readonly Row[],
  highs: readonly Row[],
  key: (row: Row) => string,
): Row[] {
  const lowOf = new Map(lows.map((row) => [key(row), row.value]));
  const highOf = new Map(highs.map((row) => [key(row), row.value]));
  rows.forEach((row, i) => {
    const low = lowOf.get(key(row));
    const high = highOf.get(key(row));
    if (low !== undefined && high !== undefined) rows[i] = { ...row, low, high };
  });
  return rows;
}
