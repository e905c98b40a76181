import { binStart, formatDay, nextBin, periodEnd, periodStart } from '../util/dates.js';
import { DataError } from '../errors/data-error.js';
import { asTable } from './event-table.js';
import { everyEvent, keptEvents, weights } from './kept-events.js';
import { binByMap, checkInterval, dayLookup, extentOf, tableExtent } from './time-bins.js';
import { dimension, keysOf, scratch } from './group-dimensions.js';
import { sortCodes, withTop } from './top-groups.js';
import { crossTab } from './cross-tab.js';
import type {
  AggregateOptions,
  BreakdownGroupBy,
  BreakdownRow,
  ComparisonGroupBy,
  ComparisonRow,
  ConflictEvent,
  EventTable,
  Interval,
  TimelineGroupBy,
  TimelineRow,
} from './types.js';

/*
 * The aggregations read events by column (an EventTable): filters, group names, aliases and
 * top N are worked out once per distinct name, not once per event, so a pass over the events
 * only looks codes up in small typed arrays and adds to counts (one pass to rank the groups
 * for top N, one to count). They accept an array of events too (converted first). The rules
 * they follow are the README's "Counting rules"; test/data/fast-paths.test.ts checks them, on
 * random events, against a per-event reference written from those rules. Each sum adds its
 * events in their order, so the floating-point totals are the same however they are counted.
 */

/** Events as objects or by column. */
export type Events = readonly ConflictEvent[] | EventTable;

/** Guards against a stray date (a year typed 0025) asking for a million empty bins. */
const MAX_PERIODS = 20000;

/**
 * Counts events per time bin and group, for `<attack-timeline>`.
 *
 * Every bin from the first to the last (`filters.from`/`to` when set, else the data's extent)
 * appears for every group, with 0 when empty. Rows are sorted by period, then by group
 * (largest total first, `otherLabel` last); `group` is absent when `groupBy` is `none`.
 * Grouped by country or actor, an event without one is in no series.
 *
 * @throws {DataError} when the interval is finer than the data (weekly bins of monthly counts),
 * or the range would need more than 20,000 bins.
 */
export function aggregateTimeline(
  events: Events,
  options: AggregateOptions & { interval: Interval; groupBy: TimelineGroupBy },
): TimelineRow[] {
  const table = asTable(events);
  const { interval, groupBy, filters, otherLabel } = options;
  const kept = keptEvents(table, filters, options.aliases);
  const count = kept.length;
  const { minDay, maxDay, coarsest } = kept === everyEvent(table) ? tableExtent(table) : extentOf(table, kept);
  const day = table.day;
  checkInterval(coarsest, interval);

  let first = filters.from ? binStart(periodStart(filters.from), interval) : Infinity;
  let last = filters.to ? binStart(periodEnd(filters.to), interval) : -Infinity;
  if (!filters.from && count > 0) first = binStart(minDay, interval);
  if (!filters.to && count > 0) last = binStart(maxDay, interval);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];

  const starts: number[] = [];
  for (let b = first; b <= last; b = nextBin(b, interval)) {
    if (starts.length === MAX_PERIODS) {
      throw new DataError('tooManyPeriods', { limit: MAX_PERIODS, from: formatDay(first), to: formatDay(last) });
    }
    starts.push(b);
  }
  const binCount = starts.length;
  // The bin of each day of the data's range; a map for a range too wide for a table.
  const lookup = dayLookup(starts, interval, minDay, maxDay);
  const binOf = lookup === null ? binByMap(starts, interval) : null;
  const weight = weights(table, options.measure);

  if (groupBy === 'none') {
    const counts = new Float64Array(binCount);
    for (let k = 0; k < count; k++) {
      const i = kept[k];
      counts[lookup !== null ? lookup[day[i] - minDay] : binOf!(day[i])] += weight[i];
    }
    return starts.map((start, b) => ({ period: formatDay(start), value: counts[b] }));
  }

  const dim = withTop(dimension(table, groupBy, options), table, kept, weight, options.top, otherLabel, null);
  const { first: codes1, second: codes2, more, groupOf, names } = dim;
  const series = new Float64Array(names.length * binCount);
  const totals = new Float64Array(names.length);
  const present = new Uint8Array(names.length);
  const out = more ? scratch(table) : null;
  for (let k = 0; k < count; k++) {
    const i = kept[k];
    const w = weight[i];
    const bin = lookup !== null ? lookup[day[i] - minDay] : binOf!(day[i]);
    if (more !== null && more.has(i)) {
      const n = keysOf(dim, i, out!);
      for (let j = 0; j < n; j++) {
        series[out![j] * binCount + bin] += w;
        totals[out![j]] += w;
        present[out![j]] = 1;
      }
      continue;
    }
    const g1 = groupOf[codes1[i] + 1];
    if (g1 >= 0) {
      series[g1 * binCount + bin] += w;
      totals[g1] += w;
      present[g1] = 1;
    }
    if (codes2 !== null) {
      const g2 = groupOf[codes2[i] + 1];
      if (g2 >= 0 && g2 !== g1) {
        series[g2 * binCount + bin] += w;
        totals[g2] += w;
        present[g2] = 1;
      }
    }
  }
  const groups = sortCodes(names, totals, present, otherLabel);
  const rows: TimelineRow[] = [];
  for (let b = 0; b < binCount; b++) {
    const period = formatDay(starts[b]);
    for (const g of groups) rows.push({ period, group: names[g], value: series[g * binCount + b] });
  }
  return rows;
}

/**
 * Counts events per country, for `<country-comparison>`; grouped, one row per country and
 * group that has events. Countries come largest first (ties by name, `otherLabel` last), groups
 * in the order of their overall totals. Events without a country are left out.
 */
export function aggregateCountries(
  events: Events,
  options: AggregateOptions & { groupBy: ComparisonGroupBy },
): ComparisonRow[] {
  const table = asTable(events);
  const kept = keptEvents(table, options.filters, options.aliases);
  // Events without a country have no bar, so the cross-tabulation leaves them out.
  const cells = crossTab(table, kept, 'country', options.groupBy === 'none' ? null : options.groupBy, options);
  return cells.map(([country, group, value]) => (group === null ? { country, value } : { country, group, value }));
}

/**
 * Counts events per actor, for `<actor-breakdown>`; grouped, one row per actor and group that
 * has events. `share` is the row's value over the total of the distinct events left after the
 * filters, so shares can add up to more than 1 when events have two actors.
 */
export function aggregateActors(
  events: Events,
  options: AggregateOptions & { groupBy: BreakdownGroupBy },
): BreakdownRow[] {
  const table = asTable(events);
  const kept = keptEvents(table, options.filters, options.aliases);
  const cells = crossTab(table, kept, 'actor', options.groupBy === 'none' ? null : options.groupBy, options);
  const weight = weights(table, options.measure);
  let total = 0;
  const count = kept.length;
  for (let k = 0; k < count; k++) total += weight[kept[k]];
  return cells.map(([actor, group, value]) => {
    const share = total === 0 ? 0 : value / total;
    return group === null ? { actor, value, share } : { actor, group, value, share };
  });
}
