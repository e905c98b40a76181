import type { Interval } from '../options/values.js';

/** How much of the calendar a date names: one day, a whole month or a whole year. */
export type Precision = 'day' | 'month' | 'year';

/** A calendar date read from its fields, never through `new Date(string)`. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  precision: Precision;
}

/** Year, month (1–12) and day (1–31) of a calendar day. */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  janvier: 1,
  feb: 2,
  february: 2,
  février: 2,
  fevrier: 2,
  mar: 3,
  march: 3,
  mars: 3,
  apr: 4,
  april: 4,
  avril: 4,
  may: 5,
  mai: 5,
  jun: 6,
  june: 6,
  juin: 6,
  jul: 7,
  july: 7,
  juillet: 7,
  aug: 8,
  august: 8,
  août: 8,
  aout: 8,
  sep: 9,
  sept: 9,
  september: 9,
  septembre: 9,
  oct: 10,
  october: 10,
  octobre: 10,
  nov: 11,
  november: 11,
  novembre: 11,
  dec: 12,
  december: 12,
  décembre: 12,
  decembre: 12,
};

const NAME = '([a-zéû]+)\\.?';
/** `2025-07-15`, `2025/07/15`, `2019-06-30 00:00:00.000`, `2026-07-10T00:00:00Z`, `…+01:00`. */
const YEAR_FIRST = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[t ]\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?(?:z|[+-]\d{2}(?::?\d{2})?)?$/;
const YEAR_MONTH = /^(\d{4})[-/](\d{1,2})$/;
const YEAR_ONLY = /^\d{4}$/;
/** `15-07-2025`, `15/07/2025`, `15.07.25`: always day first. */
const DAY_FIRST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2})$/;
/** `15 July 2025`, `15-July-25`, `16-Feb-21`, `1er juillet 2025`. */
const DAY_NAME_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th|er)?[-/ ]+${NAME}[-/ ,]+(\\d{4}|\\d{2})$`);
/** `July 15, 2025`. */
const NAME_DAY_YEAR = new RegExp(`^${NAME} +(\\d{1,2})(?:st|nd|rd|th)?,? +(\\d{4})$`);
/** `July 2025`, `Jul-25`. */
const NAME_YEAR = new RegExp(`^${NAME}[-/ ]+(\\d{4}|\\d{2})$`);

/**
 * Reads a calendar date from a cell without `new Date(string)`, whose result depends on the
 * browser and the reader's time zone. Times and offsets are ignored: the calendar date is taken
 * as written.
 *
 * Accepted: `2025-07-15`, `2019-06-30 00:00:00.000`, `2026-07-10T00:00:00` (with `Z` or an
 * offset too), `15 July 2025`, `15-July-25`, `16-Feb-21`, `15-07-2025` and `15/07/2025` (day
 * first), `July 15, 2025`, `2025-07` and `July 2025` (month precision), `2025` or the number 2025
 * (year precision). Month names are English (full or 3-letter) or French, in any case.
 * Two-digit years from 90 are 19xx, the others 20xx.
 *
 * @returns the date, or `null` when the text matches no format or names no real day.
 */
export function parseCalendarDate(text: unknown): CalendarDate | null {
  if (typeof text === 'number') {
    return Number.isInteger(text) && text >= 1000 && text <= 9999 ? make(text, 1, 1, 'year') : null;
  }
  if (typeof text !== 'string') return null;
  const s = text
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim()
    .normalize('NFC')
    .toLowerCase();
  let m: RegExpExecArray | null;
  if ((m = YEAR_FIRST.exec(s))) return make(+m[1], +m[2], +m[3], 'day');
  if ((m = YEAR_MONTH.exec(s))) return make(+m[1], +m[2], 1, 'month');
  if (YEAR_ONLY.test(s)) return make(+s, 1, 1, 'year');
  if ((m = DAY_FIRST.exec(s))) return make(fullYear(m[3]), +m[2], +m[1], 'day');
  if ((m = DAY_NAME_YEAR.exec(s))) return make(fullYear(m[3]), MONTHS[m[2]], +m[1], 'day');
  if ((m = NAME_DAY_YEAR.exec(s))) return make(+m[3], MONTHS[m[1]], +m[2], 'day');
  if ((m = NAME_YEAR.exec(s))) return make(fullYear(m[2]), MONTHS[m[1]], 1, 'month');
  return null;
}

function fullYear(digits: string): number {
  if (digits.length === 4) return +digits;
  const yy = +digits;
  return yy >= 90 ? 1900 + yy : 2000 + yy;
}

function make(year: number, month: number | undefined, day: number, precision: Precision): CalendarDate | null {
  if (month === undefined || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day, precision };
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Number of days in a month (1–12) of a year, leap years included. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/**
 * Days since 1970-01-01 of a calendar date, by integer arithmetic (Howard Hinnant's
 * `days_from_civil`), so no time zone or daylight-saving rule can shift it.
 */
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/** The calendar date of a day number (the inverse of {@link dayNumber}). */
export function calendarFromDay(dayNum: number): CivilDate {
  const z = dayNum + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** A day number as `YYYY-MM-DD`. */
export function formatDay(dayNum: number): string {
  const { year, month, day } = calendarFromDay(dayNum);
  const yyyy = year < 0 ? `-${String(-year).padStart(4, '0')}` : String(year).padStart(4, '0');
  return `${yyyy}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** First day (day number) of the day, month or year a date names. */
export function periodStart(date: CalendarDate): number {
  if (date.precision === 'year') return dayNumber(date.year, 1, 1);
  if (date.precision === 'month') return dayNumber(date.year, date.month, 1);
  return dayNumber(date.year, date.month, date.day);
}

/** Last day (day number, inclusive) of the day, month or year a date names. */
export function periodEnd(date: CalendarDate): number {
  if (date.precision === 'year') return dayNumber(date.year, 12, 31);
  if (date.precision === 'month') return dayNumber(date.year, date.month, daysInMonth(date.year, date.month));
  return dayNumber(date.year, date.month, date.day);
}

/** Last day (inclusive) of the period that starts on `day` with the given precision. */
export function precisionEnd(day: number, precision: Precision): number {
  if (precision === 'day') return day;
  const { year, month } = calendarFromDay(day);
  return periodEnd({ year, month, day: 1, precision });
}

/**
 * First day of the bin holding `day`: the day itself, the Monday of its ISO week, or the first
 * day of its month, quarter (January, April, July, October) or year.
 */
export function binStart(day: number, interval: Interval): number {
  switch (interval) {
    case 'day':
      return day;
    case 'week':
      // 1970-01-01 was a Thursday, three days after a Monday.
      return day - ((((day + 3) % 7) + 7) % 7);
    case 'month': {
      const c = calendarFromDay(day);
      return dayNumber(c.year, c.month, 1);
    }
    case 'quarter': {
      const c = calendarFromDay(day);
      return dayNumber(c.year, c.month - ((c.month - 1) % 3), 1);
    }
    case 'year':
      return dayNumber(calendarFromDay(day).year, 1, 1);
  }
}

/** First day of the bin after the one starting on `binStartDay`. */
export function nextBin(binStartDay: number, interval: Interval): number {
  if (interval === 'day') return binStartDay + 1;
  if (interval === 'week') return binStartDay + 7;
  const { year, month } = calendarFromDay(binStartDay);
  if (interval === 'year') return dayNumber(year + 1, 1, 1);
  const next = month - 1 + (interval === 'quarter' ? 3 : 1);
  return dayNumber(year + Math.floor(next / 12), (next % 12) + 1, 1);
}
