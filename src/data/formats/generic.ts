import type { FieldMapping } from '../types.js';
import { applyFieldMapping, findColumn, noDateColumnError } from './columns.js';
import { rowReader, type ReaderPlan, type ReadOptions, type RowReader } from './read-row.js';

/**
 * Reader for any other table. Columns come from the `*-field` attributes; without them it
 * looks for the usual names (in any case): date `date`, `event_date`, `date_start`, `month`,
 * `year` or `period`; `country`; actor `actor` or `actors`; type `event_type` or `type`;
 * fatalities `fatalities`, `deaths` or `best`. A value column is only used when named.
 * @throws {DataError} naming the columns found when no date column can be found.
 */
export function genericReader(columns: string[], fields: FieldMapping | undefined, options: ReadOptions): RowReader {
  const { plan, typeLabel } = genericPlan(columns, fields);
  return rowReader(plan, options, typeLabel);
}

/** The columns {@link genericReader} reads. @throws {DataError} as it does. */
export function genericPlan(columns: string[], fields: FieldMapping | undefined): ReaderPlan {
  const actor = findColumn(columns, 'actor', 'actors');
  const plan = applyFieldMapping(
    columns,
    {
      date: findColumn(columns, 'date', 'event_date', 'date_start', 'month', 'year', 'period'),
      country: findColumn(columns, 'country'),
      actors: actor === undefined ? [] : [actor],
      type: findColumn(columns, 'event_type', 'type'),
      fatalities: findColumn(columns, 'fatalities', 'deaths', 'best'),
    },
    fields,
  );
  if (plan.date === undefined) throw noDateColumnError(columns, 'noDateColumn');
  return { plan };
}
