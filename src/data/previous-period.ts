import { calendarFromDay, dayNumber, daysInMonth, formatDay, periodEnd, periodStart, type CalendarDate } from '../util/dates.js';
import { keptEvents } from './kept-events.js';
import type { EventFilters, EventTable } from './types.js';

/** A range of days (inclusive), and whether it is whole calendar months. */
export interface DayRange {
  /** First and last day, `YYYY-MM-DD`. */
  from: string;
  to: string;
  /** The range is whole months: the previous one is as many months, not as many days. */
  months?: number;
}

/** The range compared, and the period of the same length just before it (`compare="previous"`). */
export interface ComparedRanges {
  current: DayRange;
  previous: DayRange;
}

const asDate = (day: number): CalendarDate => ({ ...calendarFromDay(day), precision: 'day' });
const monthStart = (day: number) => {
  const { year, month } = calendarFromDay(day);
  return dayNumber(year, month, 1);
};
const monthEnd = (day: number) => {
  const { year, month } = calendarFromDay(day);
  return dayNumber(year, month, daysInMonth(year, month));
};

/** The filters of a range: whole days, so a month or year row counts only when the range holds all of it. */
export function rangeFilters(filters: EventFilters, range: DayRange): EventFilters {
  const [from, to] = [range.from, range.to].map((day) => {
    const [year, month, date] = day.split('-').map(Number);
    return asDate(dayNumber(year, month, date));
  });
  return { ...filters, from, to };
}

/**
 * The range `from`–`to` and the period of the same length immediately before it: July → June,
 * Q3 → Q2, 2019 → 2018, whole months → as many months before; other day ranges → as many days
 * before. An open end is the data's own (the first or last month with an event that passes the
 * other filters). Null when no event passes the filters and no range is given.
 */
export function comparedRanges(table: EventTable, filters: EventFilters, aliases: Record<string, string>): ComparedRanges | null {
  let first = filters.from ? periodStart(filters.from) : undefined;
  let last = filters.to ? periodEnd(filters.to) : undefined;
  if (first === undefined || last === undefined) {
    const kept = keptEvents(table, { ...filters, from: undefined, to: undefined }, aliases);
    if (!kept.length) return null;
    let low = Infinity;
    let high = -Infinity;
    for (const i of kept) {
      low = Math.min(low, table.day[i]);
      high = Math.max(high, table.day[i]);
    }
    first ??= monthStart(low);
    last ??= monthEnd(high);
  }
  const wholeMonths = first === monthStart(first) && last === monthEnd(last);
  if (wholeMonths) {
    const a = calendarFromDay(first);
    const b = calendarFromDay(last);
    const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
    const start = a.year * 12 + (a.month - 1) - months;
    const previousFirst = dayNumber(Math.floor(start / 12), (((start % 12) + 12) % 12) + 1, 1);
    return {
      current: { from: formatDay(first), to: formatDay(last), months },
      previous: { from: formatDay(previousFirst), to: formatDay(first - 1), months },
    };
  }
  const length = last - first + 1;
  return {
    current: { from: formatDay(first), to: formatDay(last) },
    previous: { from: formatDay(first - length), to: formatDay(first - 1) },
  };
}
