import { aliasActor } from './aliases.js';
import { periodEnd, periodStart, precisionEnd } from '../util/dates.js';
import type { ConflictEvent, EventFilters } from './types.js';

/** Lower-cased, trimmed names for case-insensitive matching; `null` when there is no filter. */
export function nameSet(names: string[] | undefined): Set<string> | null {
  if (!names || names.length === 0) return null;
  return new Set(names.map((n) => n.trim().toLowerCase()));
}

/** Whether an actor's raw or aliased name is in a {@link nameSet}. */
export function actorMatches(actor: string, wanted: Set<string>, aliases: Record<string, string>): boolean {
  return wanted.has(actor.trim().toLowerCase()) || wanted.has(aliasActor(actor, aliases).trim().toLowerCase());
}

/**
 * The events that pass the filters. `from` and `to` are inclusive calendar periods (`to: 2025-07`
 * runs through 31 July); a pre-aggregated month or year row passes only when its whole period
 * lies inside. Countries and event types match ignoring case and surrounding spaces; an actor
 * filter keeps events with any actor whose raw or aliased name matches.
 */
export function filterEvents(events: ConflictEvent[], filters: EventFilters, aliases: Record<string, string>): ConflictEvent[] {
  const first = filters.from ? periodStart(filters.from) : -Infinity;
  const last = filters.to ? periodEnd(filters.to) : Infinity;
  const countries = nameSet(filters.countries);
  const types = nameSet(filters.eventTypes);
  const actors = nameSet(filters.actors);
  if (first === -Infinity && last === Infinity && !countries && !types && !actors) return events;
  return events.filter(
    (e) =>
      e.day >= first &&
      (last === Infinity || precisionEnd(e.day, e.precision) <= last) &&
      (!countries || countries.has(e.country.trim().toLowerCase())) &&
      (!types || types.has(e.eventType.trim().toLowerCase())) &&
      (!actors || e.actors.some((a) => actorMatches(a, actors, aliases))),
  );
}
