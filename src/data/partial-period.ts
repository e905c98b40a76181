import type { Events } from './aggregate.js';
import { binStart, dayNumber, nextBin, periodEnd, precisionEnd } from '../util/dates.js';
import { PRECISIONS } from './event-table.js';
import type { CalendarDate, Interval, TimelineRow } from './types.js';

/** The last day the data covers: the end of its latest event's day, month or year. */
export function lastDayCovered(events: Events): number {
  let last = -Infinity;
  if (Array.isArray(events)) {
    for (const event of events) last = Math.max(last, precisionEnd(event.day, event.precision));
  } else {
    const table = events as Exclude<Events, readonly unknown[]>;
    for (let i = 0; i < table.length; i++) {
      last = Math.max(last, precisionEnd(table.day[i], PRECISIONS[table.precision[i]]));
    }
  }
  return last;
}

/**
 * Marks the rows of the last period `partial: true` when the data stops before that period
 * does (monthly bars whose last month has only two weeks of events): a short bar then reads
 * as "July to date", not as a fall. A `to` filter ending earlier than the data counts as the end.
 */
export function markPartialPeriod(rows: TimelineRow[], events: Events, interval: Interval, to?: CalendarDate): TimelineRow[] {
  if (!rows.length) return rows;
  const lastPeriod = rows[rows.length - 1].period;
  // Not Date.UTC, which reads the years 0–99 as 1900–1999; a negative year has a leading '-'.
  const [, year, month, day] = /^(-?\d+)-(\d+)-(\d+)$/.exec(lastPeriod)!.map(Number);
  const start = binStart(dayNumber(year, month, day), interval);
  const periodLastDay = nextBin(start, interval) - 1;
  const covered = Math.min(lastDayCovered(events), to ? periodEnd(to) : Infinity);
  if (covered >= periodLastDay) return rows;
  return rows.map((row) => (row.period === lastPeriod ? { ...row, partial: true } : row));
}
