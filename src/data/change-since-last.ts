import { DataError } from '../errors/data-error.js';
import { aggregateTimeline, type Events } from './aggregate.js';
import { markPartialPeriod } from './partial-period.js';
import type { AggregateOptions, Interval, TimelineGroupBy } from './types.js';

/** A period (its first day, `YYYY-MM-DD`, as in `chartData`) and its value. */
export interface PeriodValue {
  period: string;
  value: number;
}

/** A series (country, actor, event type) and the first period of the range in which it has a value. */
export interface FirstInRange {
  name: string;
  period: string;
}

/**
 * What changed since the last period, as data (the element's `change` property): the last full
 * period and the one before it, and the series that first appear after the range's first period.
 */
export interface ChangeSinceLast {
  /** The width of the periods compared: the timeline's `interval`; `month` for the bar charts. */
  interval: Interval;
  /** The last full period of the range. */
  last: PeriodValue;
  /** The period before it; null when the range has a single full period. */
  previous: PeriodValue | null;
  /** The last period, when the data ends before it does: it is not compared, being partial. */
  partialLeftOut?: string;
  /**
   * Each series whose first period with a value is not the range's first, with that period, in
   * the order they appear (the partial period included); empty for an ungrouped timeline.
   */
  firstInRange: FirstInRange[];
}

/** How to count the change: the chart's own counting options, its period and its dimension. */
export interface ChangeOptions extends AggregateOptions {
  interval: Interval;
  /** The series whose first appearance is reported; `none` for none. */
  groupBy: TimelineGroupBy;
  /** Display names of the series (event types in the reader's language). */
  names?: Record<string, string>;
}

/**
 * The last full period against the one before it, and the first period of each series inside
 * the range, counted by `aggregateTimeline` with the chart's own options (filters, aliases,
 * actor role, civilians, measure), so the figures follow the charts' counting rules. A period's
 * value is what an ungrouped timeline draws: each event counted once. A last period the data
 * does not cover to its end (`markPartialPeriod`) is left out of the comparison. Every series
 * is considered (`top` does not apply). Data counted by year are compared by year whatever the
 * interval asked. Null when there are no events in range or no full period.
 */
export function changeSinceLast(events: Events, options: ChangeOptions): ChangeSinceLast | null {
  try {
    return compare(events, options);
  } catch (error) {
    if (error instanceof DataError && error.code === 'countedByYear' && options.interval !== 'year') {
      return compare(events, { ...options, interval: 'year' });
    }
    throw error;
  }
}

function compare(events: Events, options: ChangeOptions): ChangeSinceLast | null {
  const { interval, groupBy, names = {} } = options;
  const counting = { ...options, top: 0 };
  const totals = markPartialPeriod(
    aggregateTimeline(events, { ...counting, groupBy: 'none' }),
    events,
    interval,
    options.filters.to,
  );
  const lastRow = totals[totals.length - 1];
  if (!lastRow || !totals.some((row) => row.value)) return null;
  const partialLeftOut = lastRow.partial ? lastRow.period : undefined;
  const full = partialLeftOut ? totals.slice(0, -1) : totals;
  if (!full.length) return null;
  const pick = ({ period, value }: PeriodValue): PeriodValue => ({ period, value });
  const change: ChangeSinceLast = {
    interval,
    last: pick(full[full.length - 1]),
    previous: full.length > 1 ? pick(full[full.length - 2]) : null,
    firstInRange: [],
  };
  if (partialLeftOut) change.partialLeftOut = partialLeftOut;
  if (groupBy === 'none') return change;

  const rangeStart = totals[0].period;
  const seen = new Set<string>();
  // Rows come by period, then by series: the first row with a value is a series' first period.
  for (const { period, group, value } of aggregateTimeline(events, { ...counting, groupBy })) {
    if (!value || group === undefined || seen.has(group)) continue;
    seen.add(group);
    if (period !== rangeStart) change.firstInRange.push({ name: Object.hasOwn(names, group) ? names[group] : group, period });
  }
  return change;
}
