/**
 * ACLED's monadic exports repeat an event once per actor: the steps that merge those rows into
 * one event with its first and second actor, after `valid` (event-query.ts) has numbered each
 * row's event by its first row (`event_row`).
 */
import { and, binary, call, column, constant, eq, max, min, not, or, table, when, type Select } from './tree.js';

const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/**
 * ACLED's repeated records merged into their event's first row (`mergeActors`): its actors are
 * the first row's two (even when they are the same), then each actor of the later rows that is
 * not yet among them, in the order the rows give them. Each actor cell has a position (row × 2,
 * + 1 for the second actor); `event_actors` keeps the positions that count, and the event's
 * first and second actors are those at its two smallest.
 */
export function mergedEvents(eventColumns: readonly string[]): { name: string; query: Select }[] {
  const actorsOf = (cellName: string, offset: number): Select => ({
    columns: [
      { expr: column('event_row') },
      { expr: column('_row') },
      { expr: binary('+', binary('*', column('_row'), num(2)), num(offset)), as: 'position' },
      { expr: column(cellName), as: 'actor' },
    ],
    from: table('valid'),
    where: not(eq(column(cellName), str(''))),
  });
  const actorRows: Select = { ...actorsOf('actor_a', 0), unionAll: actorsOf('actor_b', 1) };
  const firstSeen: Select = {
    columns: [
      { expr: column('event_row'), as: 'seen_event_row' },
      { expr: column('actor'), as: 'seen_actor' },
      { expr: min(column('position')), as: 'first_position' },
    ],
    from: table('actor_rows'),
    groupBy: [column('event_row'), column('actor')],
  };
  const eventActors: Select = {
    columns: [{ expr: column('event_row', 'r') }, { expr: column('position', 'r') }, { expr: column('actor', 'r') }],
    from: table('actor_rows', 'r'),
    join: {
      type: 'inner',
      source: table('actor_first_seen', 's'),
      on: and(eq(column('seen_event_row', 's'), column('event_row', 'r')), eq(column('seen_actor', 's'), column('actor', 'r'))),
    },
    where: or(eq(column('_row', 'r'), column('event_row', 'r')), eq(column('position', 'r'), column('first_position', 's'))),
  };
  const firsts: Select = {
    columns: [
      { expr: column('event_row'), as: 'first_event_row' },
      { expr: min(column('position')), as: 'p1' },
    ],
    from: table('event_actors'),
    groupBy: [column('event_row')],
  };
  const seconds: Select = {
    columns: [
      { expr: column('event_row', 'a'), as: 'second_event_row' },
      { expr: min(column('position', 'a')), as: 'p2' },
    ],
    from: table('event_actors', 'a'),
    join: { type: 'inner', source: table('actor_firsts', 'f'), on: eq(column('first_event_row', 'f'), column('event_row', 'a')) },
    where: binary('>', column('position', 'a'), column('p1', 'f')),
    groupBy: [column('event_row', 'a')],
  };
  const positions: Select = {
    columns: [
      { expr: column('first_event_row', 'f'), as: 'pair_event_row' },
      { expr: column('p1', 'f') },
      { expr: column('p2', 's') },
    ],
    from: table('actor_firsts', 'f'),
    join: {
      type: 'left',
      source: table('actor_seconds', 's'),
      on: eq(column('second_event_row', 's'), column('first_event_row', 'f')),
    },
  };
  const at = (position: string) => max(when([[eq(column('position', 'a'), column(position, 'p')), column('actor', 'a')]]));
  const pairs: Select = {
    columns: [
      { expr: column('event_row', 'a'), as: 'pair_event_row' },
      { expr: at('p1'), as: 'pair_actor1' },
      { expr: at('p2'), as: 'pair_actor2' },
    ],
    from: table('event_actors', 'a'),
    join: {
      type: 'inner',
      source: table('actor_positions', 'p'),
      on: eq(column('pair_event_row', 'p'), column('event_row', 'a')),
    },
    groupBy: [column('event_row', 'a')],
  };
  const events: Select = {
    columns: [
      ...eventColumns.map((name) => ({ expr: column(name, 'v'), as: name })),
      { expr: call('coalesce', column('pair_actor1', 'p'), str('')), as: 'actor1' },
      { expr: call('coalesce', column('pair_actor2', 'p'), str('')), as: 'actor2' },
    ],
    from: table('valid', 'v'),
    join: { type: 'left', source: table('event_pairs', 'p'), on: eq(column('pair_event_row', 'p'), column('event_row', 'v')) },
    where: eq(column('_row', 'v'), column('event_row', 'v')),
  };
  return [
    { name: 'actor_rows', query: actorRows },
    { name: 'actor_first_seen', query: firstSeen },
    { name: 'event_actors', query: eventActors },
    { name: 'actor_firsts', query: firsts },
    { name: 'actor_seconds', query: seconds },
    { name: 'actor_positions', query: positions },
    { name: 'event_pairs', query: pairs },
    { name: 'events', query: events },
  ];
}
