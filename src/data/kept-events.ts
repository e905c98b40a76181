import { periodEnd, periodStart, precisionEnd } from '../util/dates.js';
import { PRECISIONS } from './event-table.js';
import { actorMatches, nameSet } from './filter.js';
import type { EventFilters, EventTable, Measure } from './types.js';

const everyEventCache = new WeakMap<EventTable, Int32Array>();

/** 0, 1, 2… up to the last event: the indices when no filter is set (made once per table). */
export function everyEvent(table: EventTable): Int32Array {
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
export function keptEvents(table: EventTable, filters: EventFilters, aliases: Record<string, string>): Int32Array {
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
export function namesPassing(names: readonly string[], wanted: Set<string> | null): Uint8Array | null {
  if (!wanted) return null;
  return Uint8Array.from(names, (name) => (wanted.has(name.trim().toLowerCase()) ? 1 : 0));
}

/**
 * What each event weighs: its `value` for a pre-aggregated row whatever the measure;
 * otherwise 1 (`events`) or its fatalities (`fatalities`).
 */
export function weights(table: EventTable, measure: Measure): Float64Array {
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
