/*
 * Reading one cell, as the README's "Counting rules" describe dates and numbers: a regular
 * expression per documented date format, and days checked and counted by Date (calendar.ts).
 */
import type { Precision } from '../../../src/data/types.js';
import { dayOf } from './calendar.js';

/** A cell as trimmed text; `null` and `undefined` are empty. */
export function textOf(cell: unknown): string {
  return cell === null || cell === undefined ? '' : String(cell).trim();
}

export type DateReading = { day: number; precision: Precision } | 'missing' | 'unrecognised';

const ENGLISH_MONTHS = 'january february march april may june july august september october november december'.split(' ');
const FRENCH_MONTHS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');
const withoutAccents = (name: string) => name.normalize('NFD').replace(/\p{M}/gu, '');

/** Month names (lower case) → 1–12: English in full or three letters, `sept`, French with or without accents. */
const MONTH_NUMBERS = new Map<string, number>([
  ...ENGLISH_MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...ENGLISH_MONTHS.map((name, i): [string, number] => [name.slice(0, 3), i + 1]),
  ['sept', 9],
  ...FRENCH_MONTHS.map((name, i): [string, number] => [name, i + 1]),
  ...FRENCH_MONTHS.map((name, i): [string, number] => [withoutAccents(name), i + 1]),
]);

const TIME = String.raw`(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?`;
const OFFSET = String.raw`(?:z|[+-]\d{2}(?::?\d{2})?)?`;
const TWO_OR_FOUR_DIGITS = String.raw`(?<year>\d{4}|\d{2})`;
const NAME = String.raw`(?<name>\p{L}+)\.?`;

/** The documented formats, on lower-case text; each names its year, month (or month name) and day. */
const FORMATS: { pattern: RegExp; precision: Precision }[] = [
  { pattern: new RegExp(String.raw`^(?<year>\d{4})[-/](?<month>\d{1,2})[-/](?<day>\d{1,2})${TIME}${OFFSET}$`, 'u'), precision: 'day' },
  { pattern: new RegExp(String.raw`^(?<year>\d{4})[-/](?<month>\d{1,2})$`, 'u'), precision: 'month' },
  { pattern: /^(?<year>\d{4})$/u, precision: 'year' },
  { pattern: new RegExp(String.raw`^(?<day>\d{1,2})[-/.](?<month>\d{1,2})[-/.]${TWO_OR_FOUR_DIGITS}$`, 'u'), precision: 'day' },
  {
    pattern: new RegExp(String.raw`^(?<day>\d{1,2})(?:st|nd|rd|th|er)?[-/ ]+${NAME}[-/ ,]+${TWO_OR_FOUR_DIGITS}$`, 'u'),
    precision: 'day',
  },
  { pattern: new RegExp(String.raw`^${NAME} +(?<day>\d{1,2})(?:st|nd|rd|th)?,? +(?<year>\d{4})$`, 'u'), precision: 'day' },
  { pattern: new RegExp(String.raw`^${NAME}[-/ ]+${TWO_OR_FOUR_DIGITS}$`, 'u'), precision: 'month' },
];

/** The first day of the period a date cell names, and its precision; or why there is none. */
export function readDate(cell: unknown): DateReading {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) && cell >= 1000 && cell <= 9999 ? { day: dayOf(cell, 1, 1)!, precision: 'year' } : 'unrecognised';
  }
  const text = textOf(cell);
  if (text === '') return 'missing';
  const cleaned = withoutQuotes(text).normalize('NFC').toLowerCase();
  for (const { pattern, precision } of FORMATS) {
    const groups = pattern.exec(cleaned)?.groups;
    if (!groups) continue;
    const year = groups.year.length === 2 ? centuryOf(Number(groups.year)) : Number(groups.year);
    const month = groups.name === undefined ? Number(groups.month ?? 1) : MONTH_NUMBERS.get(groups.name);
    const day = month === undefined ? null : dayOf(year, month, Number(groups.day ?? 1));
    return day === null ? 'unrecognised' : { day, precision };
  }
  return 'unrecognised';
}

/** Two-digit years from 90 are 19xx, the others 20xx. */
function centuryOf(twoDigits: number): number {
  return twoDigits >= 90 ? 1900 + twoDigits : 2000 + twoDigits;
}

/** The text inside one pair of matching quotes (an R export quotes every string), trimmed. */
function withoutQuotes(text: string): string {
  const quote = text[0];
  const quoted = text.length >= 2 && (quote === '"' || quote === "'") && text.endsWith(quote) && !/[\n\r\u2028\u2029]/.test(text);
  return quoted ? text.slice(1, -1).trim() : text;
}

export type NumberReading = number | 'missing' | 'not a number';

/** Signed digits with an optional fraction and exponent: `12`, `-3`, `1.0`, `.5`, `1e3`. */
const PLAIN_NUMBER = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:e[+-]?\d+)?$/i;
/** Groups of three digits after commas, spaces or no-break spaces: `1,234`, `12 345 678.5`. */
const GROUPED_THOUSANDS = /^[+-]?\d{1,3}(?:[, \u00a0\u202f]\d{3})+(?:\.\d+)?$/;
/** One decimal comma, as European spreadsheets write: `2,5`. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** A number cell: its finite value, `missing` when empty, `not a number` for anything else. */
export function readNumber(cell: unknown): NumberReading {
  if (cell === null || cell === undefined) return 'missing';
  if (typeof cell === 'number') return finiteOrNot(cell);
  if (typeof cell === 'bigint') return finiteOrNot(Number(cell));
  if (typeof cell !== 'string') return 'not a number';
  const text = cell.trim();
  if (text === '') return 'missing';
  if (PLAIN_NUMBER.test(text)) return finiteOrNot(Number(text));
  if (GROUPED_THOUSANDS.test(text)) return finiteOrNot(Number(text.replace(/[, \u00a0\u202f]/g, '')));
  if (DECIMAL_COMMA.test(text)) return finiteOrNot(Number(text.replace(',', '.')));
  return 'not a number';
}

function finiteOrNot(value: number): NumberReading {
  return Number.isFinite(value) ? value : 'not a number';
}
