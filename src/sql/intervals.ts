/**
 * Time bins as integer arithmetic every engine does alike: a bin's index from an event's year,
 * month and day, and its first day written back as the aggregate table writes it. No engine's
 * DATE type is used, so the bins are UTC calendar bins whatever the session's time zone, and
 * ClickHouse 18 (whose Date ends in 2105) bins any year the readers accept.
 *
 * Days are counted as a serial from a fixed epoch 400 years before 0000-03-01 (Howard Hinnant's
 * `days_from_civil` shifted by one 400-year era), so every value divided is non-negative and
 * integer division means the same in every engine. Serial 865,565 is 1970-01-01.
 */
import type { Interval } from '../options/values.js';
import { calendarFromDay } from '../util/dates.js';
import { binary, call, column, concat, constant, table, when, type Expr, type Select } from './tree.js';

const num = (n: number) => constant(n);
const div = (a: Expr, b: number) => call('div', a, num(b));
const mod = (a: Expr, b: number) => call('mod', a, num(b));
const plus = (a: Expr, b: Expr) => binary('+', a, b);
const minus = (a: Expr, b: Expr) => binary('-', a, b);
const times = (a: Expr, b: number) => binary('*', a, num(b));

/** Serial of 1970-01-01, day number 0 of `util/dates`. */
export const SERIAL_OF_EPOCH = 865565;
/** A Monday's serial is 2 short of a multiple of 7 (1970-01-05 was a Monday). */
const MONDAY_SHIFT = 2;

/** The serial day of a real year, month and day. */
export function serialDay(y: Expr, m: Expr, d: Expr): Expr {
  const yy = minus(plus(y, num(400)), when([[binary('<=', m, num(2)), num(1)]], num(0)));
  const yoe = mod(yy, 400);
  const doy = plus(div(plus(times(mod(plus(m, num(9)), 12), 153), num(2)), 5), minus(d, num(1)));
  const doe = plus(minus(plus(times(yoe, 365), div(yoe, 4)), div(yoe, 100)), doy);
  return plus(times(div(yy, 400), 146097), doe);
}

/** The index of the bin holding the day `y-m-d`: consecutive bins have consecutive indices. */
export function binIndex(interval: Interval, y: Expr, m: Expr, d: Expr): Expr {
  switch (interval) {
    case 'day':
      return serialDay(y, m, d);
    case 'week':
      return div(plus(serialDay(y, m, d), num(MONDAY_SHIFT)), 7);
    case 'month':
      return minus(plus(times(y, 12), m), num(1));
    case 'quarter':
      return plus(times(y, 4), div(minus(m, num(1)), 3));
    case 'year':
      return y;
  }
}

/** {@link binIndex} of a day number (`util/dates`), worked out here for the filters' bounds. */
export function binIndexOfDay(interval: Interval, day: number): number {
  const serial = day + SERIAL_OF_EPOCH;
  const { year, month } = calendarFromDay(day);
  switch (interval) {
    case 'day':
      return serial;
    case 'week':
      return Math.floor((serial + MONDAY_SHIFT) / 7);
    case 'month':
      return year * 12 + month - 1;
    case 'quarter':
      return year * 4 + Math.floor((month - 1) / 3);
    case 'year':
      return year;
  }
}

/**
 * Whether the table writes a bin by its last day: a week by its Sunday, a quarter by its last
 * month. A chart reading the table back then sees data up to the period's end, and does not
 * mark the last week or quarter as partial ("to date") when the raw rows would not.
 */
export const LABELLED_BY_END: Record<Interval, boolean> = { day: false, week: true, month: false, quarter: true, year: false };

export interface LabelOptions {
  /** The column holding the bin index (default `bin`). */
  bin?: string;
  /** The column written (default: the interval's name). */
  as?: string;
  /** `label`: as the table writes the bin; `first`: its first day as `YYYY-MM-DD`. */
  form?: 'label' | 'first';
  /** The last step's name (default `<from>_<as>`). */
  name?: string;
}

/**
 * The steps that add to each row of `from` the text of the bin in its `bin` column: `YYYY-MM-DD`
 * for a day or week, `YYYY-MM` for a month or quarter, `YYYY` for a year (or, as `first`, its
 * first day). Days and weeks need the calendar back from a serial (Hinnant's `civil_from_days`):
 * one value per step, so no engine expands one formula into a thousand nodes.
 */
export function labelSteps(interval: Interval, from: string, options: LabelOptions = {}): { name: string; query: Select }[] {
  const as = options.as ?? interval;
  const first = options.form === 'first';
  const atEnd = !first && LABELLED_BY_END[interval];
  const bin = column(options.bin ?? 'bin');
  const prefix = `${from}_${as}`;
  const step = (name: string, source: string, columns: Select['columns']) => ({
    name,
    query: { columns: [{ expr: column('*') }, ...columns], from: table(source) },
  });
  const last = options.name ?? prefix;
  if (interval === 'month' || interval === 'quarter' || interval === 'year') {
    const firstMonth =
      interval === 'year' ? num(1) : interval === 'month' ? plus(mod(bin, 12), num(1)) : plus(times(mod(bin, 4), 3), num(1));
    const year = interval === 'year' ? bin : div(bin, interval === 'month' ? 12 : 4);
    const label = first
      ? concat(monthText(year, firstMonth), constant('-01'))
      : interval === 'year'
        ? pad(bin, 4)
        : monthText(year, atEnd ? plus(firstMonth, num(2)) : firstMonth);
    return [step(last, from, [{ expr: label, as }])];
  }
  const serial = interval === 'day' ? bin : plus(times(bin, 7), num(atEnd ? 6 - MONDAY_SHIFT : -MONDAY_SHIFT));
  const [era, doe, yoe, doy, mp] = ['era', 'doe', 'yoe', 'doy', 'mp'].map((name) => column(`${as}_${name}`));
  const month = when([[binary('<', mp, num(10)), plus(mp, num(3))]], minus(mp, num(9)));
  const year = plus(minus(plus(yoe, times(era, 400)), num(400)), when([[binary('>=', mp, num(10)), num(1)]], num(0)));
  const day = plus(minus(doy, div(plus(times(mp, 153), num(2)), 5)), num(1));
  return [
    step(`${prefix}_era`, from, [
      { expr: div(serial, 146097), as: `${as}_era` },
      { expr: mod(serial, 146097), as: `${as}_doe` },
    ]),
    step(`${prefix}_yoe`, `${prefix}_era`, [
      { expr: div(plus(minus(doe, div(doe, 1460)), minus(div(doe, 36524), div(doe, 146096))), 365), as: `${as}_yoe` },
    ]),
    step(`${prefix}_doy`, `${prefix}_yoe`, [
      { expr: minus(doe, minus(plus(times(yoe, 365), div(yoe, 4)), div(yoe, 100))), as: `${as}_doy` },
    ]),
    step(`${prefix}_mp`, `${prefix}_doy`, [{ expr: div(plus(times(doy, 5), num(2)), 153), as: `${as}_mp` }]),
    step(last, `${prefix}_mp`, [{ expr: concat(monthText(year, month), constant('-'), pad(day, 2)), as }]),
  ];
}

function pad(n: Expr, width: number): Expr {
  const text = call('toText', n);
  const zeros: [Expr, Expr][] = [];
  for (let w = 1; w < width; w++) zeros.push([binary('<', n, num(10 ** w)), concat(constant('0'.repeat(width - w)), text)]);
  return when(zeros, text);
}

/** `YYYY-MM`, as formatDay writes the year and month. */
export function monthText(y: Expr, m: Expr): Expr {
  return concat(pad(y, 4), constant('-'), pad(m, 2));
}
