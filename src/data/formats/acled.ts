import type { FieldMapping } from '../types.js';
import { applyFieldMapping, findColumn, noDateColumnError, type ReaderPlan } from './columns.js';

/**
 * The columns of ACLED rows (CSV export, HDX copy or API JSON): date `event_date`, `country`,
 * actors `actor1` and `actor2` (associated actors are ignored), `event_type`, `fatalities`,
 * id `event_id_cnty`; for maps `latitude`, `longitude`, `geo_precision`, `iso`, `location` and region `admin1`; date precision `time_precision`. The `*-field` attributes override any of these columns.
 * @throws {DataError} when there is no date column or a mapped column is missing.
 */
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
      latitude: col('latitude'),
      longitude: col('longitude'),
      locationPrecision: col('geo_precision'),
      datePrecision: col('time_precision'),
      iso: col('iso'),
      place: col('location'),
      region: col('admin1'),
    },
    fields,
  );
  if (plan.date === undefined) throw noDateColumnError(columns, 'noAcledDate');
  return { plan };
}
