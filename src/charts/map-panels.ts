import { aggregateTimeline } from '../data/aggregate.js';
import type { EventTable, MapRow, SkippedRecord } from '../data/types.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { SmallMultiples } from '../options/values.js';
import { calendarFromDay, dayNumber, nextBin, periodEnd, periodStart, type CalendarDate } from '../util/dates.js';
import type { CountingContext } from './definition.js';

/** The most small maps drawn: past a dozen, a panel is too small to read. */
export const MAX_PANELS = 12;

/** The panels drawn: their periods (first days, `YYYY-MM-DD`), and how many periods the range has. */
export interface Panels {
  interval: Exclude<SmallMultiples, 'none'>;
  periods: string[];
  total: number;
}

const panelsOf = new WeakMap<readonly MapRow[], Panels>();

/** The panels the rows are drawn in; undefined for a single map. */
export function panelsOfRows(rows: readonly MapRow[]): Panels | undefined {
  return panelsOf.get(rows);
}

const dayOf = (day: number): CalendarDate => ({ ...calendarFromDay(day), precision: 'day' });
const parseDay = (text: string) => {
  const [year, month, day] = text.split('-').map(Number);
  return dayNumber(year, month, day);
};

/**
 * One map's rows per period of `o.smallMultiples` (the last {@link MAX_PANELS} of the range, empty
 * periods included), each counted by `count` over that period alone, within the range's own
 * `from` and `to`, with its `period` set; the events left out (no place) of the periods drawn.
 */
export function panelRows(
  table: EventTable,
  counting: CountingContext,
  o: ResolvedOptions,
  count: (counting: CountingContext) => { rows: MapRow[]; skipped: SkippedRecord[] },
): { rows: MapRow[]; skipped: SkippedRecord[] } {
  const interval = o.smallMultiples as Panels['interval'];
  const all = aggregateTimeline(table, { ...counting, interval, groupBy: 'none' }).map((row) => row.period);
  const shown = all.slice(-MAX_PANELS);
  const first = counting.filters.from ? periodStart(counting.filters.from) : -Infinity;
  const last = counting.filters.to ? periodEnd(counting.filters.to) : Infinity;
  const rows: MapRow[] = [];
  const skipped: SkippedRecord[] = [];
  for (const period of shown) {
    const start = parseDay(period);
    const from = dayOf(Math.max(first, start));
    const to = dayOf(Math.min(last, nextBin(start, interval) - 1));
    const panel = count({ ...counting, filters: { ...counting.filters, from, to } });
    for (const row of panel.rows) rows.push({ ...row, period });
    skipped.push(...panel.skipped);
  }
  panelsOf.set(rows, { interval, periods: shown, total: all.length });
  return { rows, skipped };
}
