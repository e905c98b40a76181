/**
 * Which events the aggregate query counts, as a WHERE clause over its `events` step (alias `e`):
 * the rules of `keptEvents`, with `actor_info` and `event_actors` for the actor filter.
 */
import type { EventFilters } from '../data/types.js';
import { calendarFromDay, periodEnd, periodStart } from '../util/dates.js';
import { jsLower } from './cell-rules.js';
import { and, binary, call, column, constant, eq, inList, inQuery, or, table, value, when, type Expr } from './tree.js';

const num = (n: number) => constant(n);

/** `keptEvents`: whole periods inside from–to, names matched ignoring case and surrounding spaces. */
export function keptWhere(filters: EventFilters, merged: boolean): Expr {
  const { from, to, countries, eventTypes, actors } = filters;
  const names = (list: string[]) => list.map((name) => jsLower(call('trimSpaces', value(name))));
  const y = column('y', 'e');
  const m = column('m', 'e');
  // A month or year row passes only when its whole period lies inside from–to (keptEvents).
  const dayKey = (yy: Expr, mm: Expr, dd: Expr) =>
    binary('+', binary('+', binary('*', yy, num(10000)), binary('*', mm, num(100))), dd);
  const keyOf = (day: number) => {
    const c = calendarFromDay(day);
    return c.year * 10000 + c.month * 100 + c.day;
  };
  let ends: Expr | undefined;
  if (to) {
    const last = periodEnd(to);
    // The last whole month and year inside `to`: those ending on or before its last day.
    const after = calendarFromDay(last + 1);
    const p = column('p', 'e');
    ends = when(
      [
        [eq(p, num(0)), binary('<=', dayKey(y, m, column('d', 'e')), num(keyOf(last)))],
        [eq(p, num(1)), binary('<', binary('+', binary('*', y, num(12)), m), num(after.year * 12 + after.month))],
      ],
      binary('<', y, num(after.year)),
    );
  }
  let actorMatch: Expr | undefined;
  if (actors?.length) {
    const wanted = names(actors);
    const matches = or(
      inList(jsLower(column('actor', 'i')), wanted),
      inList(jsLower(call('trimSpaces', column('alias', 'i'))), wanted),
    );
    actorMatch = merged
      ? inQuery(column('event_row', 'e'), {
          columns: [{ expr: column('event_row', 'r') }],
          from: table('event_actors', 'r'),
          join: { type: 'inner', source: table('actor_info', 'i'), on: eq(column('actor', 'i'), column('actor', 'r')) },
          where: matches,
        })
      : or(
          ...(['actor1', 'actor2'] as const).map((name) =>
            inQuery(column(name, 'e'), {
              columns: [{ expr: column('actor', 'i') }],
              from: table('actor_info', 'i'),
              where: matches,
            }),
          ),
        );
  }
  return and(
    from && binary('>=', dayKey(y, m, column('d', 'e')), num(keyOf(periodStart(from)))),
    ends,
    Boolean(countries?.length) && inList(jsLower(column('country', 'e')), names(countries!)),
    Boolean(eventTypes?.length) && inList(jsLower(column('type_label', 'e')), names(eventTypes!)),
    actorMatch,
  );
}
