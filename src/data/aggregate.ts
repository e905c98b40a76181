import { aliasActor, isCivilian } from './aliases.js';
import { binStart, formatDay, nextBin, periodEnd, periodStart, precisionEnd } from '../util/dates.js';
import { DataError } from '../errors/data-error.js';
import { asTable, Dictionary, PRECISIONS } from './event-table.js';
import { actorMatches, nameSet } from './filter.js';
import { compareNames } from './compare-names.js';
import type {
  AggregateOptions,
  BreakdownGroupBy,
  BreakdownRow,
  ComparisonGroupBy,
  ComparisonRow,
  ConflictEvent,
  EventFilters,
  EventTable,
  Interval,
  Measure,
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

const INTERVAL_RANK: Record<Interval, number> = { day: 0, week: 1, month: 2, quarter: 3, year: 4 };
/** Interval rank of each precision code (day, month, year). */
const PRECISION_RANK = [0, 2, 4];
/** Guards against a stray date (a year typed 0025) asking for a million empty bins. */
const MAX_PERIODS = 20000;
/** Widest day range binned through a lookup table (longer ranges bin each event). */
const MAX_LOOKUP_DAYS = 1 << 22;


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

// ---- filters, measures, bins --------------------------------------------------------------

const everyEventCache = new WeakMap<EventTable, Int32Array>();

/** 0, 1, 2… up to the last event: the indices when no filter is set (made once per table). */
function everyEvent(table: EventTable): Int32Array {
  let all = everyEventCache.get(table);
  if (!all) {
    all = new Int32Array(table.length);
    for (let i = 0; i < all.length; i++) all[i] = i;
    everyEventCache.set(table, all);
  }
  return all;
}

/**
 * The indices of the events that pass the filters (the same array for every call without
 * filters: {@link everyEvent}): `from` and `to` are inclusive calendar periods; a month or year
 * row passes only when its whole period lies inside; names match ignoring case and surrounding
 * spaces; an actor filter keeps events with any actor whose raw or aliased name matches.
 */
function keptEvents(table: EventTable, filters: EventFilters, aliases: Record<string, string>): Int32Array {
  const first = filters.from ? periodStart(filters.from) : -Infinity;
  const last = filters.to ? periodEnd(filters.to) : Infinity;
  const countries = namesPassing(table.countryNames, nameSet(filters.countries));
  const types = namesPassing(table.eventTypeNames, nameSet(filters.eventTypes));
  const wanted = nameSet(filters.actors);
  // Shifted by one: index 0 stands for "no actor".
  const actors = wanted ? new Uint8Array(table.actorNames.length + 1) : null;
  if (actors && wanted) table.actorNames.forEach((a, code) => (actors[code + 1] = actorMatches(a, wanted, aliases) ? 1 : 0));
  if (first === -Infinity && last === Infinity && !countries && !types && !actors) return everyEvent(table);
  const n = table.length;
  const kept = new Int32Array(n);
  const { day, precision, country, eventType, actor1, actor2, moreActors } = table;
  const checkMore = moreActors.size > 0;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const d = day[i];
    if (d < first) continue;
    if (last !== Infinity) {
      const p = precision[i];
      if ((p === 0 ? d : precisionEnd(d, PRECISIONS[p])) > last) continue;
    }
    if (countries && !countries[country[i]]) continue;
    if (types && !types[eventType[i]]) continue;
    if (actors && !actors[actor1[i] + 1] && !actors[actor2[i] + 1]) {
      if (!checkMore || !moreActors.get(i)?.some((a) => actors[a + 1])) continue;
    }
    kept[count++] = i;
  }
  return kept.subarray(0, count);
}

/** 1 for each name in the set (ignoring case and surrounding spaces); `null` without a set. */
function namesPassing(names: readonly string[], wanted: Set<string> | null): Uint8Array | null {
  if (!wanted) return null;
  return Uint8Array.from(names, (name) => (wanted.has(name.trim().toLowerCase()) ? 1 : 0));
}

/**
 * What each event weighs: its `value` for a pre-aggregated row whatever the measure;
 * otherwise 1 (`events`) or its fatalities (`fatalities`).
 */
function weights(table: EventTable, measure: Measure): Float64Array {
  const { value, fatalities, preAggregated } = table;
  if (measure === 'events') return value;
  if (!preAggregated) return fatalities;
  let mixed = mixedWeights.get(table);
  if (!mixed) {
    mixed = preAggregated.every((p) => p === 1) ? value : Float64Array.from(value, (v, i) => (preAggregated[i] ? v : fatalities[i]));
    mixedWeights.set(table, mixed);
  }
  return mixed;
}

/** Fatalities weights of tables with pre-aggregated rows, made once per table. */
const mixedWeights = new WeakMap<EventTable, Float64Array>();

interface Extent {
  minDay: number;
  maxDay: number;
  /** Coarsest precision code. */
  coarsest: number;
}

const extents = new WeakMap<EventTable, Extent>();

/** First and last day and coarsest precision of every event (worked out once per table). */
function tableExtent(table: EventTable): Extent {
  let extent = extents.get(table);
  if (!extent) extents.set(table, (extent = extentOf(table, everyEvent(table))));
  return extent;
}

function extentOf(table: EventTable, kept: Int32Array): Extent {
  const { day, precision } = table;
  const count = kept.length;
  let minDay = Infinity;
  let maxDay = -Infinity;
  let coarsest = 0;
  for (let k = 0; k < count; k++) {
    const i = kept[k];
    const d = day[i];
    if (d < minDay) minDay = d;
    if (d > maxDay) maxDay = d;
    if (precision[i] > coarsest) coarsest = precision[i];
  }
  return { minDay, maxDay, coarsest };
}

function checkInterval(coarsest: number, interval: Interval): void {
  if (INTERVAL_RANK[interval] >= PRECISION_RANK[coarsest]) return;
  throw new DataError(coarsest === 1 ? 'countedByMonth' : 'countedByYear', { interval });
}

/**
 * For each day of `[minDay, maxDay]`, the index in `starts` of its bin (filled by walking the
 * bins alongside); `null` when there are no days or the range is too wide for a table.
 */
function dayLookup(starts: readonly number[], interval: Interval, minDay: number, maxDay: number): Int32Array | null {
  if (starts.length === 0 || !(maxDay >= minDay) || maxDay - minDay >= MAX_LOOKUP_DAYS) return null;
  const lookup = new Int32Array(maxDay - minDay + 1);
  let b = starts.indexOf(binStart(minDay, interval));
  for (let d = minDay; d <= maxDay; d++) {
    while (b + 1 < starts.length && starts[b + 1] <= d) b++;
    lookup[d - minDay] = b;
  }
  return lookup;
}

/** The index in `starts` of a day's bin, from its bin start. */
function binByMap(starts: readonly number[], interval: Interval): (day: number) => number {
  const index = new Map<number, number>();
  starts.forEach((start, b) => index.set(start, b));
  return (day) => index.get(binStart(day, interval)) ?? 0;
}

// ---- group keys ---------------------------------------------------------------------

/** How to read one dimension's groups from the table. */
interface Dimension {
  /** Per event, the (first) raw code: a country, event type or actor code; -1 for none. */
  first: Int32Array;
  /** Per event, the second actor's code (actors, unless only the primary actor counts). */
  second: Int32Array | null;
  /** Actors after the second, when any event has them. */
  more: ReadonlyMap<number, readonly number[]> | null;
  /** Raw code + 1 → group code, or -1 when in no group (index 0: no actor). */
  groupOf: Int32Array;
  /** Group name of each group code. */
  names: string[];
}

/**
 * The group names of events along a dimension:
 * - `country`: the country, or none when it is empty;
 * - `event-type`: the event type ('' when the data has none);
 * - `actor`: the distinct aliased actors (only the first with `actorRole: 'primary'`), without
 *   civilians unless `includeCivilians`, and only those matching `filters.actors` when set.
 * Group names are worked out once per distinct raw name.
 */
function dimension(table: EventTable, name: 'actor' | 'country' | 'event-type', options: AggregateOptions): Dimension {
  const groups = new Dictionary();
  const shifted = (names: readonly string[], groupOfName: (name: string) => number): Int32Array => {
    const groupOf = new Int32Array(names.length + 1);
    groupOf[0] = -1;
    names.forEach((n, code) => (groupOf[code + 1] = groupOfName(n)));
    return groupOf;
  };
  if (name === 'country') {
    const groupOf = shifted(table.countryNames, (c) => (c === '' ? -1 : groups.code(c)));
    return { first: table.country, second: null, more: null, groupOf, names: groups.names };
  }
  if (name === 'event-type') {
    const groupOf = shifted(table.eventTypeNames, (t) => groups.code(t));
    return { first: table.eventType, second: null, more: null, groupOf, names: groups.names };
  }
  const { aliases, actorRole, includeCivilians } = options;
  const wanted = nameSet(options.filters.actors);
  const groupOf = shifted(table.actorNames, (raw) => {
    const alias = aliasActor(raw, aliases);
    if (!includeCivilians && (isCivilian(raw) || isCivilian(alias))) return -1;
    if (wanted && !actorMatches(raw, wanted, aliases)) return -1;
    return groups.code(alias);
  });
  const primary = actorRole === 'primary';
  return {
    first: table.actor1,
    second: primary ? null : table.actor2,
    more: primary || table.moreActors.size === 0 ? null : table.moreActors,
    groupOf,
    names: groups.names,
  };
}

/** Room for the most keys one event can have. */
function scratch(table: EventTable): Int32Array {
  let most = 2;
  for (const more of table.moreActors.values()) most = Math.max(most, 2 + more.length);
  return new Int32Array(most);
}

/** Writes the distinct group codes of event `i` into `out`, in the order of its actors; returns how many. */
function keysOf(dim: Dimension, i: number, out: Int32Array): number {
  const { groupOf } = dim;
  let n = 0;
  const g1 = groupOf[dim.first[i] + 1];
  if (g1 >= 0) out[n++] = g1;
  if (dim.second !== null) {
    const g2 = groupOf[dim.second[i] + 1];
    if (g2 >= 0 && g2 !== g1) out[n++] = g2;
    const more = dim.more?.get(i);
    if (more) {
      for (const c of more) {
        const g = groupOf[c + 1];
        if (g < 0) continue;
        let seen = false;
        for (let j = 0; j < n; j++) if (out[j] === g) seen = true;
        if (!seen) out[n++] = g;
      }
    }
  }
  return n;
}

/** Whether event `i` has a key along the dimension. */
function hasKey(dim: Dimension, i: number, out: Int32Array): boolean {
  if (dim.groupOf[dim.first[i] + 1] >= 0) return true;
  if (dim.second === null) return false;
  return dim.groupOf[dim.second[i] + 1] >= 0 || (dim.more !== null && dim.more.has(i) && keysOf(dim, i, out) > 0);
}

/**
 * Top N + Other: when more than `top` groups have events, the dimension with the groups
 * outside the `top` largest (by total, ties by name) merged into `otherLabel` (so an event
 * with two minor actors counts once in Other); else the dimension as it is. With `drawnBy`,
 * only events with a key along that dimension count (the bars of a bar chart). `top` of 0, a
 * negative number or a non-finite number keeps every group.
 */
function withTop(
  dim: Dimension,
  table: EventTable,
  kept: Int32Array,
  weight: Float64Array,
  top: number,
  otherLabel: string,
  drawnBy: Dimension | null,
): Dimension {
  if (!(top > 0) || !Number.isFinite(top)) return dim;
  const { first: codes1, second: codes2, more, groupOf } = dim;
  const totals = new Float64Array(dim.names.length);
  const present = new Uint8Array(dim.names.length);
  const out = scratch(table);
  const count = kept.length;
  for (let k = 0; k < count; k++) {
    const i = kept[k];
    if (drawnBy !== null && !hasKey(drawnBy, i, out)) continue;
    const w = weight[i];
    if (more !== null && more.has(i)) {
      const n = keysOf(dim, i, out);
      for (let j = 0; j < n; j++) {
        totals[out[j]] += w;
        present[out[j]] = 1;
      }
      continue;
    }
    const g1 = groupOf[codes1[i] + 1];
    if (g1 >= 0) {
      totals[g1] += w;
      present[g1] = 1;
    }
    if (codes2 !== null) {
      const g2 = groupOf[codes2[i] + 1];
      if (g2 >= 0 && g2 !== g1) {
        totals[g2] += w;
        present[g2] = 1;
      }
    }
  }
  let distinct = 0;
  for (let g = 0; g < present.length; g++) distinct += present[g];
  if (distinct <= top) return dim;
  const ranked = sortCodes(dim.names, totals, present, '\u0000none');
  const names = dim.names.slice();
  let other = names.indexOf(otherLabel);
  if (other < 0) other = names.push(otherLabel) - 1;
  const keptGroups = new Uint8Array(names.length);
  for (const g of ranked.slice(0, Math.floor(top))) keptGroups[g] = 1;
  // Raw code → kept group or Other, directly.
  const mapped = groupOf.map((g) => (g < 0 ? -1 : keptGroups[g] ? g : other));
  return { ...dim, groupOf: mapped, names };
}

/** The codes present: by descending total, ties by name (code point order), `otherLabel` last. */
function sortCodes(names: readonly string[], totals: Float64Array, present: Uint8Array, otherLabel: string): number[] {
  const codes: number[] = [];
  for (let g = 0; g < names.length; g++) if (present[g]) codes.push(g);
  return codes.sort((a, b) => {
    const aOther = names[a] === otherLabel;
    const bOther = names[b] === otherLabel;
    if (aOther || bOther) return aOther ? (bOther ? 0 : 1) : -1;
    return totals[b] - totals[a] || compareNames(names[a], names[b]);
  });
}

/**
 * Sums the measure per bar (and per stack within a bar), with top N + Other applied to both.
 * Only events with a bar are drawn; an event counts once for each distinct bar × stack pair it
 * belongs to.
 */
function crossTab(
  table: EventTable,
  kept: Int32Array,
  barDimension: 'country' | 'actor',
  stackDimension: 'country' | 'actor' | 'event-type' | null,
  options: AggregateOptions,
): [bar: string, stack: string | null, value: number][] {
  const { top, otherLabel } = options;
  const weight = weights(table, options.measure);
  const allBars = dimension(table, barDimension, options);
  const bars = withTop(allBars, table, kept, weight, top, otherLabel, null);
  const stacks =
    stackDimension === null
      ? null
      : withTop(dimension(table, stackDimension, options), table, kept, weight, top, otherLabel, allBars);
  const stackNames = stacks === null ? [''] : stacks.names;
  const stackCount = stackNames.length;
  const cells = new Float64Array(bars.names.length * stackCount);
  const touched = new Uint8Array(cells.length);
  const barTotals = new Float64Array(bars.names.length);
  const barPresent = new Uint8Array(bars.names.length);
  const stackTotals = new Float64Array(stackCount);
  const stackPresent = new Uint8Array(stackCount);
  const barKeys = scratch(table);
  const stackKeys = scratch(table);
  const count = kept.length;
  const barMore = bars.more;
  const { first: bars1, second: bars2, groupOf: barOf } = bars;

  for (let k = 0; k < count; k++) {
    const i = kept[k];
    let nb: number;
    if (barMore !== null && barMore.has(i)) {
      nb = keysOf(bars, i, barKeys);
    } else {
      nb = 0;
      const b1 = barOf[bars1[i] + 1];
      if (b1 >= 0) barKeys[nb++] = b1;
      if (bars2 !== null) {
        const b2 = barOf[bars2[i] + 1];
        if (b2 >= 0 && b2 !== b1) barKeys[nb++] = b2;
      }
    }
    if (nb === 0) continue;
    let ns = 1;
    stackKeys[0] = 0;
    if (stacks !== null) ns = keysOf(stacks, i, stackKeys);
    const w = weight[i];
    for (let s = 0; s < ns; s++) {
      stackTotals[stackKeys[s]] += w;
      stackPresent[stackKeys[s]] = 1;
    }
    for (let b = 0; b < nb; b++) {
      const bar = barKeys[b];
      barTotals[bar] += w;
      barPresent[bar] = 1;
      const row = bar * stackCount;
      for (let s = 0; s < ns; s++) {
        cells[row + stackKeys[s]] += w;
        touched[row + stackKeys[s]] = 1;
      }
    }
  }

  const barOrder = sortCodes(bars.names, barTotals, barPresent, otherLabel);
  const stackOrder = stacks === null ? [0] : sortCodes(stackNames, stackTotals, stackPresent, otherLabel);
  const rows: [string, string | null, number][] = [];
  for (const bar of barOrder) {
    for (const stack of stackOrder) {
      const cell = bar * stackCount + stack;
      if (touched[cell]) rows.push([bars.names[bar], stacks === null ? null : stackNames[stack], cells[cell]]);
    }
  }
  return rows;
}
