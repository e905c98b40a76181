import { DataError } from '../errors/data-error.js';
import { parseCalendarDate, type CalendarDate } from '../util/dates.js';

/*
 * The parsers of attribute text. Each throws a DataError that names the attribute and the
 * value, in words a reader understands; resolve.ts applies them to every option once.
 */

/** The attribute's value when it is one of `allowed` (any case, trimmed); a reader-facing error otherwise. */
export function oneOf<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || value === '') return fallback;
  const normalized = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalized)) return normalized as T;
  throw new DataError('notOneOf', { attribute, value: String(value), allowed: allowed.join(', ') });
}

/** A comma-separated attribute as trimmed, non-empty items; undefined when none. */
export function listOf(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const items = value
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/** A name list as the attribute takes it (`"Mali, Niger"`) or as an array. */
export type NameList = string | readonly string[];

/** `"Mali, Niger"` or `['Mali', 'Niger']` as the comma-separated text the attributes take. */
export function nameList(value: NameList | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : value.join(',');
}

/** A `from`/`to` attribute read as a calendar period. */
export function periodOf(attribute: string, value: string | number | undefined): CalendarDate | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const date = parseCalendarDate(String(value));
  if (!date) throw new DataError('notADate', { attribute, value: String(value) });
  return date;
}

/** A property that may hold an object or the JSON text of one (from its attribute). */
export function jsonOf<T>(attribute: string, value: T | string | undefined): T | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value) as T;
  } catch (error) {
    throw new DataError('attributeNotJson', { attribute, detail: (error as Error).message });
  }
}

/** A positive whole number, or `fallback` for anything else (as the elements always did for `top`). */
export function positiveInteger(value: number | string | undefined, fallback: number): number {
  const n = typeof value === 'string' ? Number(value) : value;
  return n !== undefined && n !== null && Number.isFinite(n) && n > 0 ? Math.floor(n) : fallback;
}

/** `claimed_attacks` → `Claimed attacks`, for axis titles named after a column. */
export function humanize(column: string): string {
  const words = column
    .replace(/[_\-.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
