import { DataError } from '../errors/data-error.js';
import type { FieldMapping } from '../data/types.js';
import type { CountingOptions, ReadingOptions } from '../options/chart-options.js';
import { aggregateQuery, type AggregateQuery } from '../sql/aggregate-query.js';
import { DIALECTS, printQuery, type Dialect, type PrintedQuery } from '../sql/print.js';
import { VERSION } from '../version.js';
import { aggregatePlan, filtersText } from './aggregate-plan.js';

/** What `conflict-charts sql` takes: the aggregate command's reading and counting options, and the table. */
export interface SqlOptions extends ReadingOptions, Omit<CountingOptions, 'actorRole' | 'includeCivilians'> {
  dialect?: string;
  /** The table (or `schema.table`) holding the rows. */
  table: string;
  /** The table's columns in order (`a,b,c`); without them, the format's usual names. */
  columns?: string | readonly string[];
  /** `month,country` (default), `month,country,actor` or `month,country,event-type`; or day, week, quarter or year for month. */
  by?: string | readonly string[];
  /** The first column's interval (`month` by default), as `--by` names it. */
  interval?: string;
  /** The column numbering rows in file order, which ACLED data needs (default `_row`). */
  rowField?: string;
}

/** The columns ACLED and UCDP GED tables have, where the user does not list them. */
const USUAL_COLUMNS: Record<'acled' | 'ucdp', string[]> = {
  acled: ['_row', 'event_id_cnty', 'event_date', 'country', 'actor1', 'actor2', 'event_type', 'fatalities'],
  ucdp: ['id', 'date_start', 'country', 'side_a', 'side_b', 'type_of_violence', 'best'],
};

/** The query for the options, with its provenance. @throws {DataError} for options aggregate refuses. */
export function sqlQuery(options: SqlOptions): { built: AggregateQuery; dialect: Dialect; comment: string[] } {
  const dialect = (options.dialect ?? 'duckdb') as Dialect;
  if (!DIALECTS.includes(dialect)) throw new DataError(`--dialect ${options.dialect} is not one of: ${DIALECTS.join(', ')}.`);
  if (!options.table) throw new DataError('Name the table to count: --table events.');
  const { interval, split, measure, reading, counting } = aggregatePlan(options);
  const columns = columnsOf(options, reading.format, reading.fields);
  const built = aggregateQuery({
    table: options.table,
    columns,
    format: reading.format,
    fields: reading.fields,
    measure,
    interval,
    split,
    filters: counting.filters,
    aliases: counting.aliases,
    rowColumn: options.rowField || '_row',
  });
  const kept = filtersText(options, counting.filters);
  const splitName = split === 'actor' ? ', first and second actor' : split === 'event-type' ? ', event type' : '';
  const comment = [
    `Made by conflict-charts ${VERSION} for ${dialect}: ${measure} by ${interval}, country${splitName} in ${options.table} (${built.format.toUpperCase()} columns)`,
    `Filters: ${kept.length ? kept.join('; ') : 'none'}${options.aliases ? '; custom aliases' : ''}`,
    `Columns out: ${built.outputColumns.join(', ')}; read back with date-field="${interval}" value-field="${measure}"${split === 'actor' ? ' actor-field="actor1,actor2"' : ''}${interval === 'month' ? '' : ` interval="${interval}"`}`,
  ];
  return { built, dialect, comment };
}

/** The text `conflict-charts sql` prints: the provenance as `--` comments, then the query with its values written in. */
export function sqlText(options: SqlOptions): string {
  const { built, dialect, comment } = sqlQuery(options);
  const printed: PrintedQuery = printQuery(built.query, dialect);
  // A value in a comment must not end the comment line and start SQL of its own.
  const lines = comment.map((text) => `-- ${oneLine(text)}`);
  return `${lines.join('\n')}\n${SETUP[dialect]}${printed.sql};\n`;
}

/**
 * Statements a dialect's script starts with. Times with a zone are read as their UTC date: the
 * session's time zone is UTC (ClickHouse 18 has no session time zone; its server's counts).
 * PostgreSQL cannot estimate the size of the query's steps (computed columns, no statistics) and
 * would join them row by row: 20,000 rows took three minutes, 1.2 s with hash joins. ClickHouse
 * fills a LEFT JOIN's missing rows with NULLs, as the standard does, only when asked.
 */
const SETUP: Record<Dialect, string> = {
  duckdb: "SET TimeZone = 'UTC';\n",
  postgres: "SET TimeZone = 'UTC';\nSET enable_nestloop = off;\n",
  clickhouse: 'SET join_use_nulls = 1;\n',
};

function columnsOf(options: SqlOptions, format: string, fields: FieldMapping): string[] {
  const listed = typeof options.columns === 'string' ? options.columns.split(',') : options.columns;
  if (listed?.length) return listed.map((c) => c.trim()).filter(Boolean);
  const named = [fields.date, fields.country, ...(fields.actor ?? []), fields.type, fields.fatalities, fields.value];
  if (format === 'acled' || format === 'ucdp') {
    return [...new Set([...USUAL_COLUMNS[format], ...named.filter((c): c is string => Boolean(c))])];
  }
  if (format === 'generic' && fields.date) return named.filter((c): c is string => Boolean(c));
  throw new DataError('Say which columns the table has: --columns a,b,c (in order), or --data-format acled or ucdp.');
}

/** Text with every control character and line separator as a space: it cannot end a `--` comment. */
function oneLine(text: string): string {
  return Array.from(text, (c) => {
    const code = c.codePointAt(0)!;
    return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0x2028 || code === 0x2029 ? ' ' : c;
  }).join('');
}
