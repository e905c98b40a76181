/**
 * `conflict-charts aggregate` as one SQL query: the table of counts by month and country (and
 * first and second actor, or event type) that `aggregateFile` makes, with the same reading
 * rules (event-query.ts), filters, aliases, order and errors. Printed for a dialect by print.ts.
 */
import { mergeAliases } from '../data/aliases.js';
import type { DataFormat, EventFilters, FieldMapping } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import type { FormatOption, Measure } from '../options/values.js';
import { jsLower } from './cell-rules.js';
import { eventQuery } from './event-query.js';
import { monthIndex, monthText, problems } from './problems.js';
import {
  and,
  binary,
  call,
  column,
  constant,
  count,
  eq,
  inList,
  inQuery,
  max,
  not,
  or,
  sum,
  table,
  value,
  when,
  type Expr,
  type Select,
} from './tree.js';

export interface AggregateQueryOptions {
  /** The table (or `schema.table`) holding the rows. */
  table: string;
  /** Its columns, in order. */
  columns: readonly string[];
  format: FormatOption;
  fields: FieldMapping;
  measure: Measure;
  /** The third column: first and second actor, or event type. */
  split: 'actor' | 'event-type' | null;
  filters: EventFilters;
  /** The author's own aliases; the built-in ones are added. */
  aliases: Record<string, string>;
  /** The column numbering rows in file order (default `_row`). */
  rowColumn?: string;
  /** Every cell column in file order, also those without a name (default: `columns`). */
  allCells?: readonly string[];
}

export interface AggregateQuery {
  /** The counts, in the order `aggregateFile` gives them. */
  query: Select;
  /** Records per reason skipped (NULL: kept), with the first row of each: what the provenance row reports. */
  skippedQuery: Select;
  /** The query's columns: `month`, `country`, the split's, the measure. */
  outputColumns: string[];
  format: DataFormat;
}

const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/** @throws {DataError} for options the aggregate command refuses, or columns the format lacks. */
export function aggregateQuery(options: AggregateQueryOptions): AggregateQuery {
  const { filters, split, measure } = options;
  for (const key of ['from', 'to'] as const) {
    if (filters[key]?.precision === 'day') throw new DataError(`--${key} names a day, but the table counts whole months.`);
  }
  const read = eventQuery(options.table, {
    columns: options.columns,
    format: options.format,
    fields: options.fields,
    measure,
    rowColumn: options.rowColumn ?? '_row',
    allCells: options.allCells,
    requireCountry: Boolean(filters.countries?.length),
    requireFatalities: measure === 'fatalities' && !options.fields.value,
  });
  const aliasValues = Object.entries(mergeAliases(options.aliases)).map(([name, alias], i) => [
    num(i),
    value(name),
    value(alias),
  ]);
  // Aliases are matched by exact name first, then by trimmed lower-case name: the last one wins.
  const aliasRows: Select = {
    columns: [
      { expr: column('ord') },
      { expr: column('name') },
      { expr: column('alias') },
      { expr: jsLower(call('trimSpaces', column('name'))), as: 'key' },
    ],
    from: { kind: 'values', rows: aliasValues, as: 'a', columns: ['ord', 'name', 'alias'] },
  };
  const aliasLast: Select = {
    columns: [
      { expr: column('key'), as: 'last_key' },
      { expr: max(column('ord')), as: 'last_ord' },
    ],
    from: table('alias_rows'),
    groupBy: [column('key')],
  };
  const aliasKeys: Select = {
    columns: [{ expr: column('key', 'a') }, { expr: column('alias', 'a') }],
    from: table('alias_rows', 'a'),
    join: {
      type: 'inner',
      source: table('alias_last', 'l'),
      on: and(eq(column('last_key', 'l'), column('key', 'a')), eq(column('last_ord', 'l'), column('ord', 'a'))),
    },
  };
  const actorList: Select = read.merged
    ? { columns: [{ expr: column('actor') }], from: table('event_actors') }
    : {
        columns: [{ expr: column('actor1'), as: 'actor' }],
        from: table('events'),
        unionAll: { columns: [{ expr: column('actor2'), as: 'actor' }], from: table('events') },
      };
  const actorExact: Select = {
    distinct: true,
    columns: [
      { expr: column('actor', 'n'), as: 'actor' },
      { expr: column('alias', 'x'), as: 'exact_alias' },
    ],
    from: table('actor_list', 'n'),
    join: { type: 'left', source: table('alias_rows', 'x'), on: eq(column('name', 'x'), column('actor', 'n')) },
    where: not(eq(column('actor', 'n'), str(''))),
  };
  const actorInfo: Select = {
    columns: [
      { expr: column('actor', 'e'), as: 'actor' },
      { expr: call('coalesce', column('exact_alias', 'e'), column('alias', 'k'), column('actor', 'e')), as: 'alias' },
    ],
    from: table('actor_exact', 'e'),
    join: { type: 'left', source: table('alias_keys', 'k'), on: eq(column('key', 'k'), jsLower(column('actor', 'e'))) },
  };

  const kept: Select = {
    columns: [{ expr: column('*', 'e') }],
    from: table('events', 'e'),
    where: keptWhere(options, read.merged),
  };
  // Each event's first and second actor under their aliases ('' for none), one join at a time.
  const named = (n: 1 | 2, from: string): Select => ({
    columns: [{ expr: column('*', 'k') }, { expr: call('coalesce', column('alias', 'i'), str('')), as: `alias${n}` }],
    from: table(from, 'k'),
    join: { type: 'left', source: table('actor_info', 'i'), on: eq(column('actor', 'i'), column(`actor${n}`, 'k')) },
  });
  const splitCtes =
    split === 'actor'
      ? [
          { name: 'kept_actor1', query: named(1, 'kept') },
          { name: 'kept_actors', query: named(2, 'kept_actor1') },
        ]
      : [];
  const countedFrom = table(split === 'actor' ? 'kept_actors' : 'kept', 'k');
  const splitColumns: { expr: Expr; as: string }[] =
    split === 'actor'
      ? [1, 2].map((n) => ({ expr: column(`alias${n}`, 'k'), as: `actor${n}` }))
      : split === 'event-type'
        ? [{ expr: column('type_label', 'k'), as: 'event_type' }]
        : [];
  const y = column('y', 'k');
  const m = column('m', 'k');
  const counted: Select = {
    columns: [
      { expr: monthText(y, m), as: 'month' },
      { expr: column('country', 'k'), as: 'country' },
      ...splitColumns,
      { expr: sum(column('weight', 'k')), as: measure },
    ],
    from: countedFrom,
    groupBy: [y, m, column('country', 'k'), ...splitColumns.map((c) => c.expr)],
  };
  // Parts are counted apart, as aggregateFile counts them: by country, and by actors when split.
  const partColumns = [column('country', 'k'), ...(split === 'actor' ? splitColumns.slice(0, 2).map((c) => c.expr) : [])];
  const spans: Select = {
    columns: [
      { expr: { kind: 'aggregate', fn: 'min', arg: monthIndex(y, m) }, as: 'lo' },
      { expr: { kind: 'aggregate', fn: 'max', arg: monthIndex(y, m) }, as: 'hi' },
    ],
    from: countedFrom,
    groupBy: partColumns,
  };
  const outputColumns = ['month', 'country', ...splitColumns.map((c) => c.as), measure];
  const fails: Select = {
    columns: [
      { expr: call('fail', column('message')), as: 'month' },
      ...outputColumns.slice(1).map((as) => ({ expr: constant(null), as })),
    ],
    from: table('problems'),
  };
  const ctes = [
    ...read.ctes,
    // Read straight after the events, so that ClickHouse can drop `valid`'s table early.
    { name: 'event_count', query: { columns: [{ expr: count(), as: 'n' }], from: table('valid') } },
    { name: 'alias_rows', query: aliasRows },
    { name: 'alias_last', query: aliasLast },
    { name: 'alias_keys', query: aliasKeys },
    { name: 'actor_list', query: actorList },
    { name: 'actor_exact', query: actorExact },
    { name: 'actor_info', query: actorInfo },
    { name: 'kept', query: kept },
    ...splitCtes,
    { name: 'counted', query: counted },
    { name: 'spans', query: spans },
    { name: 'problems', query: problems(filters) },
  ];
  const query: Select = {
    with: ctes,
    columns: [{ expr: column('*') }],
    from: {
      kind: 'subquery',
      as: 'result',
      query: { columns: [{ expr: column('*') }], from: table('counted'), unionAll: fails },
    },
    orderBy: outputColumns.slice(0, -1).map((name) => column(name)),
  };
  const skippedQuery: Select = {
    with: read.ctes.slice(0, read.ctes.findIndex((cte) => cte.name === 'checked') + 1),
    columns: [
      { expr: column('reason') },
      { expr: count(), as: 'records' },
      { expr: { kind: 'aggregate', fn: 'min', arg: column('_row') }, as: 'first_row' },
    ],
    from: table('checked'),
    groupBy: [column('reason')],
  };
  return { query, skippedQuery, outputColumns, format: read.format };
}

/** `keptEvents`: whole periods inside from–to, names matched ignoring case and surrounding spaces. */
function keptWhere(options: AggregateQueryOptions, merged: boolean): Expr {
  const { from, to, countries, eventTypes, actors } = options.filters;
  const names = (list: string[]) => list.map((name) => jsLower(call('trimSpaces', value(name))));
  const y = column('y', 'e');
  const m = column('m', 'e');
  const ym = binary('+', binary('*', y, num(100)), m);
  const endYm = when([[eq(column('p', 'e'), num(2)), binary('+', binary('*', y, num(100)), num(12))]], ym);
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
    from && binary('>=', ym, num(from.year * 100 + (from.precision === 'year' ? 1 : from.month))),
    to && binary('<=', endYm, num(to.year * 100 + (to.precision === 'year' ? 12 : to.month))),
    Boolean(countries?.length) && inList(jsLower(column('country', 'e')), names(countries!)),
    Boolean(eventTypes?.length) && inList(jsLower(column('type_label', 'e')), names(eventTypes!)),
    actorMatch,
  );
}
