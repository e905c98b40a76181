/*
 * The data layer as it was before the columnar fast paths: one object per event, per-event
 * key lists, Maps of string keys. Kept verbatim (imports adjusted) as the reference the fast
 * paths must match exactly; see fast-paths.test.ts. Not shipped.
 */
import { binStart, formatDay, nextBin, periodEnd, periodStart } from '../../src/util/dates.js';
import { DataError } from '../../src/errors/data-error.js';
import { filterEvents } from '../../src/data/filter.js';
import { acledReader } from '../../src/data/formats/acled.js';
import { detectFormat } from '../../src/data/formats/detect.js';
import { genericReader } from '../../src/data/formats/generic.js';
import type { RowReader } from '../../src/data/formats/read-row.js';
import { ucdpReader } from '../../src/data/formats/ucdp.js';
import { keyFunction, measureOf, type KeyFunction } from '../../src/data/group-keys.js';
import { isHxlRecord } from '../../src/data/hxl.js';
import { keepTop, orderKeys, totalsByKey } from '../../src/data/top-n.js';
import type {
  AggregateOptions,
  BreakdownGroupBy,
  BreakdownRow,
  ComparisonGroupBy,
  ComparisonRow,
  ConflictEvent,
  DataFormat,
  Interval,
  NormalizeOptions,
  Precision,
  RawRow,
  SkippedRecord,
  TimelineGroupBy,
  TimelineRow,
} from '../../src/data/types.js';

export interface ReferenceNormalizeResult {
  events: ConflictEvent[];
  skipped: SkippedRecord[];
  format: DataFormat;
  recordsRead: number;
  mergedRecords: number;
  columns: string[];
  preAggregated: boolean;
  coarsestPrecision: Precision;
}
const COARSENESS: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Turns parsed rows into events. Every data record ends up either as an event or in `skipped`
 * with its 1-based record number and a reason from `skip-reasons.ts`, except ACLED records that
 * repeat an earlier `event_id_cnty` (monadic exports): those are merged into the first (actors
 * joined, fatalities counted once) and counted in `mergedRecords`.
 * HXL hashtag rows are not records and are not counted.
 *
 * @throws {DataError} when no date column can be found or a mapped column is missing; the
 * message names the columns found and the attributes to set.
 */
export function referenceNormalizeRows(rows: RawRow[], columns: string[], options: NormalizeOptions = {}): ReferenceNormalizeResult {
  const format = !options.format || options.format === 'auto' ? detectFormat(columns) : options.format;
  const readOptions = { requireCountry: options.requireCountry, requireFatalities: options.requireFatalities };
  const makeReader = format === 'acled' ? acledReader : format === 'ucdp' ? ucdpReader : genericReader;
  const read: RowReader = makeReader(columns, options.fields, readOptions);
  const preAggregated = Boolean(options.fields?.value);
  const mergeById = format === 'acled' && !preAggregated;

  const events: ConflictEvent[] = [];
  const skipped: SkippedRecord[] = [];
  const byId = new Map<string, ConflictEvent>();
  let record = 0;
  let mergedRecords = 0;
  let coarsest: Precision = 'day';

  for (const row of rows) {
    if (isHxlRecord(row, columns)) continue;
    record++;
    const outcome = read(row);
    if (typeof outcome === 'string') {
      skipped.push({ record, reason: outcome });
      continue;
    }
    if (mergeById && outcome.id !== undefined) {
      const first = byId.get(outcome.id);
      if (first) {
        for (const actor of outcome.actors) if (!first.actors.includes(actor)) first.actors.push(actor);
        mergedRecords++;
        continue;
      }
    }
    const event = outcome as ConflictEvent;
    event.record = record;
    if (mergeById && event.id !== undefined) byId.set(event.id, event);
    if (COARSENESS[event.precision] > COARSENESS[coarsest]) coarsest = event.precision;
    events.push(event);
  }

  return {
    events,
    skipped,
    format,
    recordsRead: record,
    mergedRecords,
    columns,
    preAggregated,
    coarsestPrecision: coarsest,
  };
}

const INTERVAL_RANK: Record<Interval, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
const PRECISION_RANK: Record<Precision, number> = { day: 0, month: 2, year: 4 };
const NO_GROUP: readonly string[] = [''];
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
export function referenceTimeline(
  events: ConflictEvent[],
  options: AggregateOptions & { interval: Interval; groupBy: TimelineGroupBy },
): TimelineRow[] {
  const { interval, groupBy, filters, otherLabel } = options;
  const kept = filterEvents(events, filters, options.aliases);
  checkInterval(kept, interval);

  const values = kept.map((e) => measureOf(e, options.measure));
  const groupKeys =
    groupBy === 'none'
      ? kept.map(() => NO_GROUP)
      : keepTop(kept.map(keyFunction(groupBy, options)), values, options.top, otherLabel);

  let first = filters.from ? binStart(periodStart(filters.from), interval) : Infinity;
  let last = filters.to ? binStart(periodEnd(filters.to), interval) : -Infinity;
  const bins = kept.map((e) => binStart(e.day, interval));
  if (!filters.from) for (const b of bins) first = Math.min(first, b);
  if (!filters.to) for (const b of bins) last = Math.max(last, b);
  if (!Number.isFinite(first) || !Number.isFinite(last)) return [];

  const starts: number[] = [];
  const index = new Map<number, number>();
  for (let b = first; b <= last; b = nextBin(b, interval)) {
    if (starts.length === MAX_PERIODS) {
      throw new DataError(
        `The timeline would have more than ${MAX_PERIODS.toLocaleString('en')} periods (${formatDay(first)} to ${formatDay(last)}). Set from and to, or a coarser interval.`,
      );
    }
    index.set(b, starts.length);
    starts.push(b);
  }

  const series = new Map<string, Float64Array>();
  if (groupBy === 'none') series.set('', new Float64Array(starts.length));
  groupKeys.forEach((keys, i) => {
    for (const key of keys) {
      let counts = series.get(key);
      if (!counts) series.set(key, (counts = new Float64Array(starts.length)));
      counts[index.get(bins[i])!] += values[i];
    }
  });

  const groups = groupBy === 'none' ? [''] : orderKeys(totalsByKey(groupKeys, values), otherLabel);
  const rows: TimelineRow[] = [];
  starts.forEach((start, b) => {
    const period = formatDay(start);
    for (const group of groups) {
      const value = series.get(group)![b];
      rows.push(groupBy === 'none' ? { period, value } : { period, group, value });
    }
  });
  return rows;
}

/**
 * Counts events per country, for `<country-comparison>`; grouped, one row per country and
 * group that has events. Countries come largest first (ties by name, `otherLabel` last), groups
 * in the order of their overall totals. Events without a country are left out.
 */
export function referenceCountries(
  events: ConflictEvent[],
  options: AggregateOptions & { groupBy: ComparisonGroupBy },
): ComparisonRow[] {
  const kept = filterEvents(events, options.filters, options.aliases).filter((e) => e.country !== '');
  const table = crossTab(kept, 'country', options.groupBy === 'none' ? null : options.groupBy, options);
  return table.map(([country, group, value]) =>
    group === null ? { country, value } : { country, group, value },
  );
}

/**
 * Counts events per actor, for `<actor-breakdown>`; grouped, one row per actor and group that
 * has events. `share` is the row's value over the total of the distinct events left after the
 * filters, so shares can add up to more than 1 when events have two actors.
 */
export function referenceActors(
  events: ConflictEvent[],
  options: AggregateOptions & { groupBy: BreakdownGroupBy },
): BreakdownRow[] {
  const kept = filterEvents(events, options.filters, options.aliases);
  const table = crossTab(kept, 'actor', options.groupBy === 'none' ? null : options.groupBy, options);
  let total = 0;
  for (const e of kept) total += measureOf(e, options.measure);
  return table.map(([actor, group, value]) => {
    const share = total === 0 ? 0 : value / total;
    return group === null ? { actor, value, share } : { actor, group, value, share };
  });
}

/**
 * Sums the measure per bar (and per stack within a bar), with top N + Other applied to both.
 * An event counts once for each distinct bar × stack pair it belongs to.
 */
function crossTab(
  events: ConflictEvent[],
  barDimension: 'country' | 'actor',
  stackDimension: 'country' | 'actor' | 'event-type' | null,
  options: AggregateOptions,
): [bar: string, stack: string | null, value: number][] {
  const { top, otherLabel } = options;
  const barKeys = keyFunction(barDimension, options);
  const drawn: ConflictEvent[] = [];
  const drawnBars: (readonly string[])[] = [];
  for (const e of events) {
    const keys = barKeys(e);
    if (keys.length > 0) {
      drawn.push(e);
      drawnBars.push(keys);
    }
  }
  const values = drawn.map((e) => measureOf(e, options.measure));
  const bars = keepTop(drawnBars, values, top, otherLabel);
  const stackKeys: KeyFunction | null = stackDimension === null ? null : keyFunction(stackDimension, options);
  const stacks = stackKeys === null ? null : keepTop(drawn.map(stackKeys), values, top, otherLabel);

  const cells = new Map<string, Map<string, number>>();
  bars.forEach((keys, i) => {
    for (const bar of keys) {
      let row = cells.get(bar);
      if (!row) cells.set(bar, (row = new Map()));
      for (const stack of stacks === null ? NO_GROUP : stacks[i]) row.set(stack, (row.get(stack) ?? 0) + values[i]);
    }
  });

  const barOrder = orderKeys(totalsByKey(bars, values), otherLabel);
  const stackOrder = stacks === null ? [''] : orderKeys(totalsByKey(stacks, values), otherLabel);
  const rows: [string, string | null, number][] = [];
  for (const bar of barOrder) {
    const row = cells.get(bar);
    if (!row) continue;
    for (const stack of stackOrder) {
      const value = row.get(stack);
      if (value !== undefined) rows.push([bar, stacks === null ? null : stack, value]);
    }
  }
  return rows;
}

function checkInterval(events: ConflictEvent[], interval: Interval): void {
  let coarsest: Precision = 'day';
  for (const e of events) if (PRECISION_RANK[e.precision] > PRECISION_RANK[coarsest]) coarsest = e.precision;
  if (INTERVAL_RANK[interval] >= PRECISION_RANK[coarsest]) return;
  throw new DataError(
    coarsest === 'month'
      ? `The data is counted by month, so it cannot be drawn by ${interval}. Use interval="month" or coarser.`
      : `The data is counted by year, so it cannot be drawn by ${interval}. Use interval="year".`,
  );
}
