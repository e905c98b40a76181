/*
 * Which events count, what each weighs, and which groups each is in, as the README's
 * "Counting rules" state them (filters, measures, actors, civilians, aliases).
 */
import type { AggregateOptions, ConflictEvent, EventFilters, Measure } from '../../../src/data/types.js';
import { firstDayOf, lastDayOf, periodEndOf } from './calendar.js';
import { actorListed, displayName, isCivilians, listedNames, looseName } from './names.js';

/**
 * The events that pass the filters, in order. `from` and `to` are inclusive periods and a row's
 * whole period must lie between them; names match ignoring case and surrounding spaces; an
 * actor filter keeps events with any actor listed by raw or display name.
 */
export function filterEvents(events: readonly ConflictEvent[], filters: EventFilters, aliases: Record<string, string>): ConflictEvent[] {
  const countries = listedNames(filters.countries);
  const eventTypes = listedNames(filters.eventTypes);
  const actors = listedNames(filters.actors);
  return events.filter(
    (event) =>
      (!filters.from || event.day >= firstDayOf(filters.from)) &&
      (!filters.to || periodEndOf(event.day, event.precision) <= lastDayOf(filters.to)) &&
      (!countries || countries.has(looseName(event.country))) &&
      (!eventTypes || eventTypes.has(looseName(event.eventType))) &&
      (!actors || event.actors.some((actor) => actorListed(actor, actors, aliases))),
  );
}

/** What an event adds: a pre-aggregated row its value whatever the measure, else 1 event or its fatalities. */
export function weightOf(event: ConflictEvent, measure: Measure): number {
  return measure === 'fatalities' && !event.preAggregated ? event.fatalities : event.value;
}

export type Dimension = 'actor' | 'country' | 'event-type';

/**
 * The distinct groups an event is in along a dimension: its country (none when empty), its
 * event type ('' is a type like any other), or its actors' display names (only the first actor
 * with `actorRole: 'primary'`), without civilians unless included, and only the actors an
 * actor filter lists.
 */
export function groupsOf(event: ConflictEvent, dimension: Dimension, options: AggregateOptions): string[] {
  if (dimension === 'country') return event.country === '' ? [] : [event.country];
  if (dimension === 'event-type') return [event.eventType];
  const listed = listedNames(options.filters.actors);
  const actors = options.actorRole === 'primary' ? event.actors.slice(0, 1) : event.actors;
  const groups: string[] = [];
  for (const actor of actors) {
    const name = displayName(actor, options.aliases);
    if (!options.includeCivilians && (isCivilians(actor) || isCivilians(name))) continue;
    if (listed && !actorListed(actor, listed, options.aliases)) continue;
    if (!groups.includes(name)) groups.push(name);
  }
  return groups;
}
