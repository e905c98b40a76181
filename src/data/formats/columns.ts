import { DataError } from '../errors.js';
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
}

/** Attribute names, for messages that tell the author what to set. */
const ATTRIBUTE: Record<keyof FieldMapping, string> = {
  date: 'date-field',
  country: 'country-field',
  actor: 'actor-field',
  type: 'type-field',
  fatalities: 'fatalities-field',
  value: 'value-field',
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

/** Lists the first columns of the data for a message: `a, b, c and 40 more`. */
export function describeColumns(columns: string[], limit = 12): string {
  if (columns.length === 0) return '(none)';
  const shown = columns.slice(0, limit).join(', ');
  return columns.length > limit ? `${shown} and ${columns.length - limit} more` : shown;
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
      throw new DataError(
        `The column "${name}" named by ${ATTRIBUTE[key]} is not in the data. Columns found: ${describeColumns(columns)}.`,
      );
    }
    return found;
  };
  if (fields.date) result.date = need('date', fields.date);
  if (fields.country) result.country = need('country', fields.country);
  if (fields.actor && fields.actor.length > 0) result.actors = fields.actor.slice(0, 2).map((a) => need('actor', a));
  if (fields.type) result.type = need('type', fields.type);
  if (fields.fatalities) result.fatalities = need('fatalities', fields.fatalities);
  if (fields.value) result.value = need('value', fields.value);
  return result;
}

/**
 * The error for data without a usable date column. It names the columns found and the
 * attributes that would fix it.
 */
export function noDateColumnError(columns: string[], what: string): DataError {
  return new DataError(
    `${what} Columns found: ${describeColumns(columns)}. ` +
      'Set date-field to the column that holds dates (and, as needed, country-field, actor-field, type-field, fatalities-field, value-field), or set format to "acled" or "ucdp".',
  );
}
