import type { FieldMapping } from '../types.js';
import { applyFieldMapping, findColumn, noDateColumnError } from './columns.js';
import { rowReader, type ReaderPlan, type ReadOptions, type RowReader } from './read-row.js';

/**
 * Reader for ACLED rows (CSV export, HDX copy or API JSON): date `event_date`, `country`,
 * actors `actor1` and `actor2` (associated actors are ignored), `event_type`, `fatalities`,
 * id `event_id_cnty`. The `*-field` attributes override any of these columns.
 * @throws {DataError} when there is no date column or a mapped column is missing.
 */
export function acledReader(columns: string[], fields: FieldMapping | undefined, options: ReadOptions): RowReader {
  const { plan, typeLabel } = acledPlan(columns, fields);
  return rowReader(plan, options, typeLabel);
}

/** The columns {@link acledReader} reads. @throws {DataError} as it does. */
export function acledPlan(columns: string[], fields: FieldMapping | undefined): ReaderPlan {
  const col = (name: string) => findColumn(columns, name);
  const plan = applyFieldMapping(
    columns,
    {
      date: col('event_date'),
      country: col('country'),
      actors: [col('actor1'), col('actor2')].filter((c): c is string => c !== undefined),
      type: col('event_type'),
      fatalities: col('fatalities'),
      id: col('event_id_cnty'),
    },
    fields,
  );
  if (plan.date === undefined) throw noDateColumnError(columns, 'noAcledDate');
  return { plan };
}
