import { DataError } from '../../errors/data-error.js';
import type { FieldMapping } from '../types.js';

/** The actual column names (as written in the data) a reader takes each field from. */
export interface ColumnPlan {
  date?: string;
  country?: string;
  /** First actor column first. */
  actors: string[];
  type?: string;
  fatalities?: string;
  value?: string;
  id?: string;
  /** Where the event happened, read only by maps (see `EventTable.places`). */
  latitude?: string;
  longitude?: string;
  /** UCDP `where_prec` (1–7) or ACLED `geo_precision` (1–3). */
  locationPrecision?: string;
  /** ACLED's ISO 3166-1 numeric country code. */
  iso?: string;
  /** The place's name: ACLED `location`, UCDP `where_coordinates`. */
  place?: string;
  /** The low and high fatality estimates (UCDP `low`, `high`), read only for `uncertainty="band"`. */
  low?: string;
  high?: string;
  /** How exactly the date is known: UCDP `date_prec` (1–5) or ACLED `time_precision` (1–3); above 1 is approximate. */
  datePrecision?: string;
  /** The first-level region (UCDP `adm_1`, ACLED `admin1`), read only by maps with `boundaries`. */
  region?: string;
}

/** The columns a format reads each field from, and how it labels raw event types. */
export interface ReaderPlan {
  plan: ColumnPlan;
  /** Turns a non-empty raw event-type cell into the label shown (UCDP codes). */
  typeLabel?: (raw: string) => string;
}

/** Attribute names, for messages that tell the author what to set. */
const ATTRIBUTE: Record<keyof FieldMapping, string> = {
  date: 'date-field',
  country: 'country-field',
  actor: 'actor-field',
  type: 'type-field',
  fatalities: 'fatalities-field',
  value: 'value-field',
  low: 'low-field',
  high: 'high-field',
  region: 'region-field',
};

/** Finds a column by name, exactly or else ignoring case and surrounding spaces. */
export function findColumn(columns: string[], ...names: string[]): string | undefined {
  for (const name of names) {
    if (columns.includes(name)) return name;
    const wanted = name.trim().toLowerCase();
    const found = columns.find((c) => c.trim().toLowerCase() === wanted);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** The first columns of the data for a message, and how many more (a locale says `a, b, c and 40 more`). */
export function columnList(columns: string[], limit = 12): { columns: string; more: number } {
  return { columns: columns.slice(0, limit).join(', '), more: Math.max(0, columns.length - limit) };
}

/**
 * Overrides a reader's default columns with the `*-field` attributes the author set.
 * @throws {DataError} when a named column is not in the data.
 */
export function applyFieldMapping(columns: string[], plan: ColumnPlan, fields: FieldMapping = {}): ColumnPlan {
  const result = { ...plan };
  const need = (key: keyof FieldMapping, name: string): string => {
    const found = findColumn(columns, name);
    if (found === undefined) {
      throw new DataError('columnNotFound', { column: name, attribute: ATTRIBUTE[key], ...columnList(columns) });
    }
    return found;
  };
  if (fields.date) result.date = need('date', fields.date);
  if (fields.country) result.country = need('country', fields.country);
  if (fields.actor && fields.actor.length > 0) result.actors = fields.actor.slice(0, 2).map((a) => need('actor', a));
  if (fields.type) result.type = need('type', fields.type);
  if (fields.fatalities) result.fatalities = need('fatalities', fields.fatalities);
  if (fields.value) result.value = need('value', fields.value);
  if (fields.low) result.low = need('low', fields.low);
  if (fields.high) result.high = need('high', fields.high);
  if (fields.region) result.region = need('region', fields.region);
  return result;
}

/**
 * The error for data without a usable date column. It names the columns found and the
 * attributes that would fix it.
 */
export function noDateColumnError(columns: string[], code: 'noDateColumn' | 'noAcledDate' | 'noUcdpDate'): DataError {
  return new DataError(code, columnList(columns));
}
