/**
 * `conflict-charts aggregate` as one SQL query: the table of counts by period and country (and
 * first and second actor, or event type) that `aggregateFile` makes, with the same reading
 * rules (event-query.ts), filters, aliases, order and errors. Printed for a dialect by print.ts.
 */
import { mergeAliases } from '../data/aliases.js';
import type { DataFormat, EventFilters, FieldMapping } from '../data/types.js';
import type { FormatOption, Interval, Measure } from '../options/values.js';
import { jsLower } from './cell-rules.js';
import { eventQuery } from './event-query.js';
import { keptWhere } from './kept-where.js';
import { problems } from './problems.js';
import { binIndex, labelSteps } from './intervals.js';
import { and, call, column, constant, count, eq, max, min, not, sum, table, value, type Expr, type Select } from './tree.js';

export interface AggregateQueryOptions {
  /** The table (or `schema.table`) holding the rows. */
  table: string;
  /** Its columns, in order. */
  columns: readonly string[];
  format: FormatOption;
  fields: FieldMapping;
  measure: Measure;
  /** The first column's bins (default month). */
  interval?: Interval;
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
  /** The query's columns: the interval (`month`), `country`, the split's, the measure. */
  outputColumns: string[];
  format: DataFormat;
}

const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/** @throws {DataError} for options the aggregate command refuses, or columns the format lacks. */
export function aggregateQuery(options: AggregateQueryOptions): AggregateQuery {
  const { filters, split, measure } = options;
  const interval = options.interval ?? 'month';
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
    where: keptWhere(options.filters, read.merged),
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
  const bin = binIndex(interval, column('y', 'k'), column('m', 'k'), column('d', 'k'));
  const binned: Select = {
    columns: [
      { expr: bin, as: 'bin' },
      { expr: column('country', 'k'), as: 'country' },
      ...splitColumns,
      { expr: sum(column('weight', 'k')), as: measure },
    ],
    from: countedFrom,
    groupBy: [bin, column('country', 'k'), ...splitColumns.map((c) => c.expr)],
  };
  const labels = labelSteps(interval, 'binned');
  const outputColumns = [interval, 'country', ...splitColumns.map((c) => c.as), measure];
  const counted: Select = {
    columns: [...outputColumns, 'bin'].map((name) => ({ expr: column(name) })),
    from: table(labels[labels.length - 1].name),
  };
  // Parts are counted apart, as aggregateFile counts them: by country, and by actors when split.
  const partColumns = ['country', ...(split === 'actor' ? ['actor1', 'actor2'] : [])].map((name) => column(name));
  const spanBins: Select = {
    columns: [
      { expr: min(column('bin')), as: 'lo' },
      { expr: max(column('bin')), as: 'hi' },
    ],
    from: table('counted'),
    groupBy: partColumns,
  };
  // Each part's first and last bin as their first days, for the message that refuses a long span.
  const loText = labelSteps(interval, 'span_bins', { bin: 'lo', as: 'lo_text', form: 'first' });
  const spans = [
    ...loText,
    ...labelSteps(interval, loText[loText.length - 1].name, { bin: 'hi', as: 'hi_text', form: 'first', name: 'spans' }),
  ];
  const fails: Select = {
    columns: [
      { expr: call('fail', column('message')), as: interval },
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
    { name: 'binned', query: binned },
    ...labels,
    { name: 'counted', query: counted },
    { name: 'span_bins', query: spanBins },
    ...spans,
    ...problems(filters, interval),
  ];
  const query: Select = {
    with: ctes,
    columns: [{ expr: column('*') }],
    from: {
      kind: 'subquery',
      as: 'result',
      query: { columns: outputColumns.map((name) => ({ expr: column(name) })), from: table('counted'), unionAll: fails },
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
