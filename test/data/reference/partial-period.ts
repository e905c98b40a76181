/*
 * The partial last period, as the README's "Counting rules" state it: marked when the data read
 * (before filters), or an earlier `to`, ends before the last period does.
 */
import type { CalendarDate, ConflictEvent, Interval, TimelineRow } from '../../../src/data/types.js';
import { binAfter, binOf, dayOfText, lastDayOf, periodEndOf } from './calendar.js';

/** The rows, those of the last period with `partial: true` when the data stops short of its end. */
export function referencePartialPeriod(
  rows: TimelineRow[],
  events: readonly ConflictEvent[],
  interval: Interval,
  to?: CalendarDate,
): TimelineRow[] {
  if (rows.length === 0) return rows;
  const lastPeriod = rows[rows.length - 1].period;
  const lastPeriodEnds = binAfter(binOf(dayOfText(lastPeriod), interval), interval) - 1;
  const dataEnds = events.reduce((latest, e) => Math.max(latest, periodEndOf(e.day, e.precision)), -Infinity);
  const covered = to ? Math.min(dataEnds, lastDayOf(to)) : dataEnds;
  if (covered >= lastPeriodEnds) return rows;
  return rows.map((row) => (row.period === lastPeriod ? { ...row, partial: true } : row));
}
