import { DataError } from '../data/errors.js';
import { parsePeriodAttribute } from '../data/dates.js';
import type { CalendarDate } from '../data/types.js';

/** The attribute's value when it is one of `allowed`; a reader-facing error otherwise. */
export function oneOf<T extends string>(attribute: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined || value === null || value === '') return fallback;
  const normalised = String(value).trim().toLowerCase();
  if ((allowed as readonly string[]).includes(normalised)) return normalised as T;
  throw new DataError('notOneOf', { attribute, value: String(value), allowed: allowed.join(', ') });
}

/** A comma-separated attribute as trimmed, non-empty items; undefined when none. */
export function listOf(value: string | undefined): string[] | undefined {
  if (!value) return undefined;
  const items = value.split(',').map((item) => item.trim()).filter(Boolean);
  return items.length ? items : undefined;
}

/** A `from`/`to` attribute read as a calendar period. */
export function periodOf(attribute: string, value: string | undefined): CalendarDate | undefined {
  if (!value) return undefined;
  const date = parsePeriodAttribute(value);
  if (!date) throw new DataError('notADate', { attribute, value });
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

/** `claimed_attacks` → `Claimed attacks`, for axis titles named after a column. */
export function humanise(column: string): string {
  const words = column.replace(/[_\-.]+/g, ' ').replace(/\s+/g, ' ').trim();
  return words.charAt(0).toUpperCase() + words.slice(1);
}
