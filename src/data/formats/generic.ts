import type { FieldMapping } from '../types.js';
import { applyFieldMapping, findColumn, noDateColumnError, type ReaderPlan } from './columns.js';

/**
 * The columns of any other table. They come from the `*-field` attributes; without them the
 * usual names are looked for (in any case): date `date`, `event_date`, `date_start`, `month`,
 * `year` or `period`; `country`; actor `actor` or `actors`; type `event_type` or `type`;
 * fatalities `fatalities`, `deaths` or `best`; for maps `latitude`
 * (`lat`), `longitude` (`lon`, `lng`, `long`), `iso` (ISO 3166-1 numeric) and `location` (`place`), region `region` (`admin1`, `adm_1`). A value column is only used when named.
 * @throws {DataError} naming the columns found when no date column can be found.
 */
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
      latitude: findColumn(columns, 'latitude', 'lat'),
      longitude: findColumn(columns, 'longitude', 'lon', 'lng', 'long'),
      iso: findColumn(columns, 'iso', 'iso_numeric'),
      place: findColumn(columns, 'location', 'place'),
      region: findColumn(columns, 'region', 'admin1', 'adm_1'),
    },
    fields,
  );
  if (plan.date === undefined) throw noDateColumnError(columns, 'noDateColumn');
  return { plan };
}
