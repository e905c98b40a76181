import type { DataFormat } from '../types.js';

/**
 * Recognises a dataset from its column names (in any case): ACLED has `event_date` and `actor1`
 * plus one of `event_type`, `fatalities` or `country`; UCDP GED has `date_start` and `side_a` or
 * `side_b` plus `best` or `type_of_violence`. Anything else is `generic`.
 */
export function detectFormat(columns: string[]): DataFormat {
  const has = new Set(columns.map((c) => c.trim().toLowerCase()));
  if (has.has('event_date') && has.has('actor1') && (has.has('event_type') || has.has('fatalities') || has.has('country'))) {
    return 'acled';
  }
  if (has.has('date_start') && (has.has('side_a') || has.has('side_b')) && (has.has('best') || has.has('type_of_violence'))) {
    return 'ucdp';
  }
  return 'generic';
}
