/**
 * Why a data record was left out. These exact strings end up in `SkippedRecord.reason`,
 * in the `cc-render` event and in the note under a chart.
 */

/** The date cell is empty. */
export const DATE_MISSING = 'date missing';
/** The date cell holds text no supported date format matches, or an impossible date. */
export const DATE_NOT_RECOGNIZED = 'date not recognised';
/** The date is known only to a week, month or year (UCDP `date_prec` or ACLED `time_precision` above 1), with `date-precision="exact"`. */
export const DATE_APPROXIMATE = 'date only approximate';
/** The country cell is empty (only reported when a country is required). */
export const COUNTRY_MISSING = 'country missing';
/** The `value-field` cell is empty. */
export const VALUE_MISSING = 'value missing';
/** The `value-field` cell holds something that is not a number. */
export const VALUE_NOT_A_NUMBER = 'value not a number';
/** The fatalities cell is empty (only reported when fatalities are required). */
export const FATALITIES_MISSING = 'fatalities missing';
/** The fatalities cell is not a number (only reported when fatalities are required). */
export const FATALITIES_NOT_A_NUMBER = 'fatalities not a number';
/** A map's event whose location is known only to its country, or lies in waters or airspace (UCDP `where_prec` 6–7). */
export const LOCATION_COUNTRY_ONLY = 'location known only to the country';
/** A map's event without usable coordinates: empty, not numbers, out of range, or 0,0. */
export const LOCATION_INVALID = 'coordinates missing or invalid';
