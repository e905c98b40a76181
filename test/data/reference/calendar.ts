/*
 * Calendar arithmetic for the reference, done with the built-in Date in UTC (the fast path
 * uses integer formulas of its own). Days are counted from 1970-01-01.
 */
import type { CalendarDate, Interval, Precision } from '../../../src/data/types.js';

const DAY_MS = 86_400_000;

/** The UTC Date at midnight of a day number. */
function dateOf(day: number): Date {
  return new Date(day * DAY_MS);
}

/**
 * The day number of a calendar day, or `null` when the calendar has no such day (Date rolls
 * 31 April over into May; a changed month or day gives it away). `setUTCFullYear` is used
 * because `Date.UTC` reads the years 0–99 as 1900–1999.
 */
export function dayOf(year: number, month: number, day: number): number | null {
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.getTime() / DAY_MS;
}

/** Year, month (1–12) and day of a day number. */
export function calendarOf(day: number): { year: number; month: number; day: number } {
  const date = dateOf(day);
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
}

/** `YYYY-MM-DD`, the year written with at least four digits (a year before 0 with a minus sign). */
export function dayText(day: number): string {
  const { year, month, day: dayOfMonth } = calendarOf(day);
  const yearText = (year < 0 ? '-' : '') + String(Math.abs(year)).padStart(4, '0');
  return `${yearText}-${String(month).padStart(2, '0')}-${String(dayOfMonth).padStart(2, '0')}`;
}

/** The day number of a `YYYY-MM-DD` text (as {@link dayText} writes it). */
export function dayOfText(text: string): number {
  const [, year, month, day] = /^(-?\d+)-(\d+)-(\d+)$/.exec(text)!;
  return dayOf(Number(year), Number(month), Number(day))!;
}

/** Adds months to the first day of a month, letting Date carry into the years. */
function addMonths(firstOfMonth: number, months: number): number {
  const date = dateOf(firstOfMonth);
  date.setUTCMonth(date.getUTCMonth() + months);
  return date.getTime() / DAY_MS;
}

/** First day of the month, or of the year, holding a day. */
function firstOfMonth(day: number): number {
  const { year, month } = calendarOf(day);
  return dayOf(year, month, 1)!;
}

function firstOfYear(day: number): number {
  return dayOf(calendarOf(day).year, 1, 1)!;
}

/** The first day of a date's period: the day, the first of its month or the first of its year. */
export function firstDayOf(date: CalendarDate): number {
  return periodStartOf(dayOf(date.year, date.month, date.day)!, date.precision);
}

/** The last day of a date's period (`2025-07` ends on 31 July). */
export function lastDayOf(date: CalendarDate): number {
  return periodEndOf(dayOf(date.year, date.month, date.day)!, date.precision);
}

function periodStartOf(day: number, precision: Precision): number {
  return precision === 'day' ? day : precision === 'month' ? firstOfMonth(day) : firstOfYear(day);
}

/** The last day of the day, month or year a row starting on `day` covers. */
export function periodEndOf(day: number, precision: Precision): number {
  if (precision === 'day') return day;
  if (precision === 'month') return addMonths(firstOfMonth(day), 1) - 1;
  return addMonths(firstOfYear(day), 12) - 1;
}

/**
 * The first day of the bin of `interval` holding `day`: itself, the Monday of its ISO week, or
 * the first day of its month, quarter or year.
 */
export function binOf(day: number, interval: Interval): number {
  switch (interval) {
    case 'day':
      return day;
    case 'week': {
      const daysSinceMonday = (dateOf(day).getUTCDay() + 6) % 7;
      return day - daysSinceMonday;
    }
    case 'month':
      return firstOfMonth(day);
    case 'quarter': {
      const { year, month } = calendarOf(day);
      const firstMonthOfQuarter = [1, 4, 7, 10][Math.floor((month - 1) / 3)];
      return dayOf(year, firstMonthOfQuarter, 1)!;
    }
    case 'year':
      return firstOfYear(day);
  }
}

/** The first day of the bin after the one starting on `binStart`. */
export function binAfter(binStart: number, interval: Interval): number {
  switch (interval) {
    case 'day':
      return binStart + 1;
    case 'week':
      return binStart + 7;
    case 'month':
      return addMonths(binStart, 1);
    case 'quarter':
      return addMonths(binStart, 3);
    case 'year':
      return addMonths(binStart, 12);
  }
}
