/*
 * `<attack-timeline>`'s counts, one event at a time, as the README's "Counting rules" state
 * them (Periods, Filters, Top N, Order) and its "chartData" paragraph shapes them.
 */
import { DataError } from '../../../src/errors/data-error.js';
import type { AggregateOptions, ConflictEvent, Interval, Precision, TimelineGroupBy, TimelineRow } from '../../../src/data/types.js';
import { binAfter, binOf, dayText, firstDayOf, lastDayOf } from './calendar.js';
import { filterEvents, groupsOf, weightOf } from './events.js';
import { keepTop, orderGroups, totalsByGroup } from './top-n.js';

const INTERVALS_FINEST_FIRST: Interval[] = ['day', 'week', 'month', 'quarter', 'year'];
/** The finest interval a row of each precision can be drawn by. */
const FINEST_INTERVAL: Record<Precision, Interval> = { day: 'day', month: 'month', year: 'year' };
const MAX_PERIODS = 20_000;

/** @throws {DataError} when a kept row is coarser than the interval (monthly counts drawn by week). */
function checkInterval(events: readonly ConflictEvent[], interval: Interval): void {
  const finestAllowed = (precision: Precision) => INTERVALS_FINEST_FIRST.indexOf(FINEST_INTERVAL[precision]);
  const coarsest = events.some((e) => e.precision === 'year') ? 'year' : events.some((e) => e.precision === 'month') ? 'month' : 'day';
  if (INTERVALS_FINEST_FIRST.indexOf(interval) >= finestAllowed(coarsest)) return;
  throw new DataError(coarsest === 'month' ? 'countedByMonth' : 'countedByYear', { interval });
}

/**
 * The first day of every period from the one holding `from` (else the first event) to the one
 * holding `to` (else the last event); none without either.
 * @throws {DataError} past 20,000 periods.
 */
function periodsOf(events: readonly ConflictEvent[], options: { interval: Interval } & AggregateOptions): number[] {
  const { interval, filters } = options;
  const days = events.map((e) => e.day);
  const firstDay = filters.from ? firstDayOf(filters.from) : days.reduce((a, b) => Math.min(a, b), Infinity);
  const lastDay = filters.to ? lastDayOf(filters.to) : days.reduce((a, b) => Math.max(a, b), -Infinity);
  if (!Number.isFinite(firstDay) || !Number.isFinite(lastDay)) return [];
  const first = binOf(firstDay, interval);
  const last = binOf(lastDay, interval);
  const periods: number[] = [];
  for (let period = first; period <= last; period = binAfter(period, interval)) {
    if (periods.length === MAX_PERIODS) {
      throw new DataError('tooManyPeriods', { limit: MAX_PERIODS, from: dayText(first), to: dayText(last) });
    }
    periods.push(period);
  }
  return periods;
}

/**
 * Events per period and group: every period for every group that has events, 0 when empty,
 * by period then by group order; without `group` when not grouped.
 */
export function referenceTimeline(
  events: readonly ConflictEvent[],
  options: AggregateOptions & { interval: Interval; groupBy: TimelineGroupBy },
): TimelineRow[] {
  const { interval, groupBy, otherLabel } = options;
  const kept = filterEvents(events, options.filters, options.aliases);
  checkInterval(kept, interval);
  const periods = periodsOf(kept, options);
  const weights = kept.map((e) => weightOf(e, options.measure));

  if (groupBy === 'none') {
    const sums = new Map<number, number>(periods.map((period) => [period, 0]));
    kept.forEach((e, i) => sums.set(binOf(e.day, interval), sums.get(binOf(e.day, interval))! + weights[i]));
    return periods.map((period) => ({ period: dayText(period), value: sums.get(period)! }));
  }

  const groupLists = keepTop(
    kept.map((e) => groupsOf(e, groupBy, options)),
    weights,
    options.top,
    otherLabel,
  );
  const sums = new Map<string, number>();
  const cell = (period: number, group: string) => `${period}|${group}`;
  kept.forEach((e, i) => {
    for (const group of groupLists[i]) {
      const key = cell(binOf(e.day, interval), group);
      sums.set(key, (sums.get(key) ?? 0) + weights[i]);
    }
  });
  const groups = orderGroups(totalsByGroup(groupLists, weights), otherLabel);
  return periods.flatMap((period) => groups.map((group) => ({ period: dayText(period), group, value: sums.get(cell(period, group)) ?? 0 })));
}
