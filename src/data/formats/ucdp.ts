import { parseNumber } from '../numbers.js';
import type { FieldMapping } from '../types.js';
import { applyFieldMapping, findColumn, noDateColumnError, type ReaderPlan } from './columns.js';

/** UCDP `type_of_violence` codes and the event types shown for them. */
export const UCDP_VIOLENCE_TYPES: Readonly<Record<number, string>> = {
  1: 'State-based conflict',
  2: 'Non-state conflict',
  3: 'One-sided violence',
};

/** The label of a `type_of_violence` cell (`1`, `'1'`, `'1.0'`); other text is kept as written. */
export function ucdpViolenceType(raw: string): string {
  return UCDP_VIOLENCE_TYPES[parseNumber(raw) ?? NaN] ?? raw;
}

/**
 * The columns of UCDP GED rows (official CSV, HDX copy, R export or API JSON): date
 * `date_start`, `country`, actors `side_a` and `side_b`, event type from `type_of_violence`
 * (labelled by {@link ucdpViolenceType}), fatalities `best`, id `id` (or `relid`); for maps `latitude`, `longitude`, `where_prec` and
 * `where_coordinates`, region `adm_1`; fatality estimates `low` and `high`; date precision `date_prec`. The
 * `*-field` attributes override any of these columns.
 * @throws {DataError} when there is no date column or a mapped column is missing.
 */
export function ucdpPlan(columns: string[], fields: FieldMapping | undefined): ReaderPlan {
  const col = (name: string) => findColumn(columns, name);
  const violence = col('type_of_violence');
  const plan = applyFieldMapping(
    columns,
    {
      date: col('date_start'),
      country: col('country'),
      actors: [col('side_a'), col('side_b')].filter((c): c is string => c !== undefined),
      type: violence,
      fatalities: col('best'),
      id: col('id') ?? col('relid'),
      latitude: col('latitude'),
      longitude: col('longitude'),
      locationPrecision: col('where_prec'),
      place: col('where_coordinates'),
      low: col('low'),
      high: col('high'),
      datePrecision: col('date_prec'),
      region: col('adm_1'),
    },
    fields,
  );
  if (plan.date === undefined) throw noDateColumnError(columns, 'noUcdpDate');
  return { plan, typeLabel: plan.type !== undefined && plan.type === violence ? ucdpViolenceType : undefined };
}
