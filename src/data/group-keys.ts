import { aliasActor, isCivilian } from './aliases.js';
import { actorMatches, nameSet } from './filter.js';
import type { AggregateOptions, ConflictEvent } from './types.js';

/** A field events can be grouped by. */
export type Dimension = 'actor' | 'country' | 'event-type';

/** Returns the distinct group names of an event along one dimension. */
export type KeyFunction = (event: ConflictEvent) => readonly string[];

/**
 * The group names of an event along a dimension:
 * - `country`: the country, or none when it is empty;
 * - `event-type`: the event type ('' when the data has none);
 * - `actor`: the distinct aliased actors (only the first with `actorRole: 'primary'`), without
 *   civilians unless `includeCivilians`, and only those matching `filters.actors` when set.
 */
export function keyFunction(dimension: Dimension, options: AggregateOptions): KeyFunction {
  if (dimension === 'country') return (e) => (e.country === '' ? [] : [e.country]);
  if (dimension === 'event-type') return (e) => [e.eventType];
  const { aliases, actorRole, includeCivilians } = options;
  const wanted = nameSet(options.filters.actors);
  return (e) => {
    const names: string[] = [];
    const count = actorRole === 'primary' ? Math.min(1, e.actors.length) : e.actors.length;
    for (let i = 0; i < count; i++) {
      const raw = e.actors[i];
      const name = aliasActor(raw, aliases);
      if (!includeCivilians && (isCivilian(raw) || isCivilian(name))) continue;
      if (wanted && !actorMatches(raw, wanted, aliases)) continue;
      if (!names.includes(name)) names.push(name);
    }
    return names;
  };
}

/**
 * How much an event weighs: its `value` for a pre-aggregated row whatever the measure;
 * otherwise 1 (`events`) or its fatalities (`fatalities`).
 */
export function measureOf(event: ConflictEvent, measure: AggregateOptions['measure']): number {
  return event.preAggregated || measure === 'events' ? event.value : event.fatalities;
}
