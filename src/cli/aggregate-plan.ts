import type { CalendarDate, EventFilters } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import { resolveCounting, resolveReading, type ResolvedCounting, type ResolvedReading } from '../options/resolve.js';
import type { CountingOptions, ReadingOptions } from '../options/chart-options.js';
import { INTERVALS, type Interval } from '../options/values.js';
import { binStart, formatDay, nextBin, periodEnd, periodStart } from '../util/dates.js';

/*
 * What the aggregate table counts, checked once for the three ways of counting it (aggregateFile,
 * DuckDB, `conflict-charts sql`): its interval and split, the measure, and the reading and
 * counting options resolved as the elements resolve them.
 */

/** The third column of the table, if any. */
export type AggregateSplit = 'actor' | 'event-type';

/** The options the plan reads: the `--by` list, `--interval`, and aggregate's reading and counting options. */
export interface AggregatePlanOptions extends ReadingOptions, Omit<CountingOptions, 'actorRole' | 'includeCivilians'> {
  by?: string | readonly string[];
  interval?: Interval | string;
}

export interface AggregatePlan {
  /** The first column: `day`, `week` (ISO, from Monday), `month` (default), `quarter` or `year`. */
  interval: Interval;
  split: AggregateSplit | null;
  measure: 'events' | 'fatalities';
  reading: ResolvedReading;
  counting: ResolvedCounting;
}

const BY_LISTS = INTERVALS.map((interval) => `${interval},country[,actor|event-type]`).join('; ');

/**
 * The `--by` list checked: an interval, `country`, and `actor` or `event-type`. `--interval`
 * names the first item when `--by` does not; both may be given when they agree.
 */
export function parseBy(
  by: string | readonly string[] | undefined,
  interval?: string,
): { interval: Interval; split: AggregateSplit | null } {
  const wanted = interval?.trim().toLowerCase();
  if (wanted !== undefined && wanted !== '' && !(INTERVALS as readonly string[]).includes(wanted)) {
    throw new DataError(`--interval "${interval}" is not one of: ${INTERVALS.join(', ')}.`);
  }
  const items = (typeof by === 'string' ? by.split(',') : (by ?? [wanted || 'month', 'country']))
    .map((item) => item.trim().toLowerCase().replace(/_/g, '-'))
    .filter(Boolean);
  const [first, country, split, ...rest] = items;
  const valid =
    (INTERVALS as readonly string[]).includes(first) &&
    country === 'country' &&
    rest.length === 0 &&
    (split === undefined || split === 'actor' || split === 'event-type');
  if (!valid) throw new DataError(`--by "${items.join(',')}" is not one of: ${BY_LISTS}.`);
  if (wanted && wanted !== first) {
    throw new DataError(`--by starts with ${first} but --interval is ${wanted}: give one of them, or the same interval in both.`);
  }
  return { interval: first as Interval, split: (split as AggregateSplit | undefined) ?? null };
}

/** @throws {DataError} for options the aggregate table refuses. */
export function aggregatePlan(options: AggregatePlanOptions): AggregatePlan {
  const { interval, split } = parseBy(options.by, options.interval);
  const measure = options.measure === 'fatalities' ? 'fatalities' : 'events';
  const reading = resolveReading({ ...options, measure });
  const counting = resolveCounting({ ...options, measure });
  for (const key of ['from', 'to'] as const) {
    const date = counting.filters[key];
    if (date) checkBinEdge(key, String(options[key]), date, interval);
  }
  return { interval, split, measure, reading, counting };
}

/** The filters as the provenance row and the SQL comment name them (`from 2024; countries Mali, Niger`). */
export function filtersText(options: { from?: unknown; to?: unknown }, filters: EventFilters): string[] {
  return [
    options.from !== undefined && `from ${String(options.from)}`,
    options.to !== undefined && `to ${String(options.to)}`,
    filters.countries && `countries ${filters.countries.join(', ')}`,
    filters.actors && `actors ${filters.actors.join(', ')}`,
    filters.eventTypes && `event types ${filters.eventTypes.join(', ')}`,
  ].filter((text): text is string => Boolean(text));
}

const NAMES: Record<Interval, string> = { day: 'days', week: 'weeks', month: 'months', quarter: 'quarters', year: 'years' };
const WEEKDAYS = ['Thursday', 'Friday', 'Saturday', 'Sunday', 'Monday', 'Tuesday', 'Wednesday'];

/**
 * A table row stands for a whole period, so `from` must start one and `to` end one: the
 * elements would bin the events of a partial period under its first day, and a reader of the
 * table could not tell.
 */
function checkBinEdge(key: 'from' | 'to', text: string, date: CalendarDate, interval: Interval): void {
  if (interval === 'day') return;
  if (date.precision === 'day' && interval !== 'week') {
    const better = interval === 'year' ? String(date.year) : `${text.slice(0, 7)} or a year`;
    throw new DataError(`--${key} ${text} names a day, but the table counts whole ${NAMES[interval]}: write it as ${better}.`);
  }
  const day = key === 'from' ? periodStart(date) : periodEnd(date);
  const start = binStart(day, interval);
  const edge = key === 'from' ? start : nextBin(start, interval) - 1;
  if (day === edge) return;
  const inside = interval === 'week' ? `on a ${WEEKDAYS[((day % 7) + 7) % 7]}, inside a week` : `inside a ${interval}`;
  const around = key === 'from' ? [start, nextBin(start, interval)] : [start - 1, nextBin(start, interval) - 1];
  const written = around.map((d) => boundText(d, interval, key));
  throw new DataError(
    `--${key} ${text} ${key === 'from' ? 'starts' : 'ends'} ${inside} (${NAMES[interval]} ${
      interval === 'week' ? 'run Monday to Sunday' : 'are counted whole'
    }): write ${written.join(' or ')}.`,
  );
}

/** How `from` or `to` can name a period's first or last day. */
function boundText(day: number, interval: Interval, key: 'from' | 'to'): string {
  if (interval === 'week') return formatDay(day);
  const text = formatDay(key === 'from' ? day : binStart(day, 'month'));
  return interval === 'year' ? text.slice(0, 4) : text.slice(0, 7);
}
