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
  exists,
  inList,
  not,
  or,
  sum,
  value,
  when,
  type Expr,
  type Join,
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
const table = (name: string, as?: string) => ({ kind: 'table' as const, name, as });

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
  const aliasRows = Object.entries(mergeAliases(options.aliases)).map(([name, alias], i) => [num(i), value(name), value(alias)]);
  const lowerKey = jsLower(call('trimSpaces', column('name')));
  const aliasKeys: Select = {
    columns: [
      { expr: lowerKey, as: 'key' },
      { expr: column('alias') },
      {
        expr: { kind: 'window', fn: 'row_number', arg: null, partition: [lowerKey], order: [binary('-', num(0), column('ord'))] },
        as: 'rank',
      },
    ],
    from: { kind: 'values', rows: aliasRows, as: 'a', columns: ['ord', 'name', 'alias'] },
  };
  const actorList: Select = read.merged
    ? { columns: [{ expr: column('actor') }], from: table('event_actors') }
    : {
        columns: [{ expr: column('actor1'), as: 'actor' }],
        from: table('events'),
        unionAll: { columns: [{ expr: column('actor2'), as: 'actor' }], from: table('events') },
      };
  const actorInfo: Select = {
    distinct: true,
    columns: [
      { expr: column('actor', 'n'), as: 'actor' },
      { expr: call('coalesce', column('alias', 'x'), column('alias', 'k'), column('actor', 'n')), as: 'alias' },
    ],
    from: table('actor_list', 'n'),
    joins: [
      {
        type: 'left',
        source: { kind: 'values', rows: aliasRows, as: 'x', columns: ['ord', 'name', 'alias'] },
        on: eq(column('name', 'x'), column('actor', 'n')),
      },
      {
        type: 'left',
        source: table('alias_keys', 'k'),
        on: and(eq(column('key', 'k'), jsLower(column('actor', 'n'))), eq(column('rank', 'k'), num(1))),
      },
    ],
    where: not(eq(column('actor', 'n'), str(''))),
  };

  const kept: Select = {
    columns: [{ expr: column('*', 'e') }],
    from: table('events', 'e'),
    where: keptWhere(options, read.merged),
  };

  const splitJoins: Join[] =
    split === 'actor'
      ? [1, 2].map((n) => ({
          type: 'left',
          source: table('actor_info', `i${n}`),
          on: eq(column('actor', `i${n}`), column(`actor${n}`, 'k')),
        }))
      : [];
  const splitColumns: { expr: Expr; as: string }[] =
    split === 'actor'
      ? [1, 2].map((n) => ({ expr: call('coalesce', column('alias', `i${n}`), str('')), as: `actor${n}` }))
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
    from: table('kept', 'k'),
    joins: splitJoins,
    groupBy: [y, m, column('country', 'k'), ...splitColumns.map((c) => c.expr)],
  };
  // Parts are counted apart, as aggregateFile counts them: by country, and by actors when split.
  const partColumns = [column('country', 'k'), ...(split === 'actor' ? splitColumns.slice(0, 2).map((c) => c.expr) : [])];
  const spans: Select = {
    columns: [
      { expr: { kind: 'aggregate', fn: 'min', arg: monthIndex(y, m) }, as: 'lo' },
      { expr: { kind: 'aggregate', fn: 'max', arg: monthIndex(y, m) }, as: 'hi' },
    ],
    from: table('kept', 'k'),
    joins: splitJoins,
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
    { name: 'alias_keys', query: aliasKeys },
    { name: 'actor_list', query: actorList },
    { name: 'actor_info', query: actorInfo },
    { name: 'kept', query: kept },
    { name: 'counted', query: counted },
    { name: 'spans', query: spans },
    { name: 'event_count', query: { columns: [{ expr: count(), as: 'n' }], from: table('valid') } },
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
      ? exists({
          columns: [{ expr: num(1) }],
          from: table('event_actors', 'r'),
          joins: [{ type: 'inner', source: table('actor_info', 'i'), on: eq(column('actor', 'i'), column('actor', 'r')) }],
          where: and(eq(column('event_row', 'r'), column('event_row', 'e')), matches),
        })
      : exists({
          columns: [{ expr: num(1) }],
          from: table('actor_info', 'i'),
          where: and(
            or(eq(column('actor', 'i'), column('actor1', 'e')), eq(column('actor', 'i'), column('actor2', 'e'))),
            matches,
          ),
        });
  }
  return and(
    from && binary('>=', ym, num(from.year * 100 + (from.precision === 'year' ? 1 : from.month))),
    to && binary('<=', endYm, num(to.year * 100 + (to.precision === 'year' ? 12 : to.month))),
    Boolean(countries?.length) && inList(jsLower(column('country', 'e')), names(countries!)),
    Boolean(eventTypes?.length) && inList(jsLower(column('type_label', 'e')), names(eventTypes!)),
    actorMatch,
  );
}
