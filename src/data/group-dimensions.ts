import { aliasActor, isCivilian } from './aliases.js';
import { Dictionary } from './event-table.js';
import { actorMatches, nameSet } from './filter.js';
import type { AggregateOptions, EventTable } from './types.js';

/** How to read one dimension's groups from the table. */
export interface Dimension {
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
export function dimension(table: EventTable, name: 'actor' | 'country' | 'event-type', options: AggregateOptions): Dimension {
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
export function scratch(table: EventTable): Int32Array {
  let most = 2;
  for (const more of table.moreActors.values()) most = Math.max(most, 2 + more.length);
  return new Int32Array(most);
}

/** Writes the distinct group codes of event `i` into `out`, in the order of its actors; returns how many. */
export function keysOf(dim: Dimension, i: number, out: Int32Array): number {
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
export function hasKey(dim: Dimension, i: number, out: Int32Array): boolean {
  if (dim.groupOf[dim.first[i] + 1] >= 0) return true;
  if (dim.second === null) return false;
  return dim.groupOf[dim.second[i] + 1] >= 0 || (dim.more !== null && dim.more.has(i) && keysOf(dim, i, out) > 0);
}
