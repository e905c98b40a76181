/**
 * What `aggregateFile` refuses, as SQL: rows of messages that the aggregate query turns into
 * errors, and the month and day texts they (and the counts) are written with.
 */
import type { EventFilters } from '../data/types.js';
import { and, binary, call, column, concat, constant, eq, table, when, type Expr, type Select } from './tree.js';

/** The most months one table may span (`aggregateTimeline`'s guard). */
const MAX_PERIODS = 20000;
const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/** A month's index: year × 12 + month − 1. */
export const monthIndex = (y: Expr, m: Expr) => binary('-', binary('+', binary('*', y, num(12)), m), num(1));

/**
 * The errors aggregateFile throws, as rows of messages: a year-precision date among the counted
 * events, or a part spanning more than 20,000 months. Each message holds a value from the data,
 * so no engine can fold it into a constant and fail a query that has no such row.
 */
export function problems(filters: EventFilters): Select {
  const { from, to } = filters;
  const byYear: Select = {
    columns: [
      {
        expr: concat(
          str('The data is counted by year, so it cannot be drawn by month. Use interval="year". ('),
          column('date_text'),
          str(')'),
        ),
        as: 'message',
      },
    ],
    from: table('kept'),
    where: eq(column('p'), num(2)),
  };
  const fromIndex = from && from.year * 12 + (from.precision === 'year' ? 1 : from.month) - 1;
  const toIndex = to && to.year * 12 + (to.precision === 'year' ? 12 : to.month) - 1;
  const first = fromIndex === undefined ? column('lo') : num(fromIndex);
  const last = toIndex === undefined ? column('hi') : num(toIndex);
  const tooMany = (rows: Select['from'], where: Expr): Select => ({
    columns: [
      {
        expr: concat(
          str(`The timeline would have more than ${MAX_PERIODS.toLocaleString('en')} periods (`),
          dayText(first),
          str(' to '),
          dayText(last),
          str('). Set from and to, or a coarser interval.'),
        ),
        as: 'message',
      },
    ],
    from: rows,
    where,
  });
  const spanTooLong = (lo: Expr, hi: Expr) => binary('>', binary('+', binary('-', hi, lo), num(1)), num(MAX_PERIODS));
  const wide =
    fromIndex !== undefined && toIndex !== undefined
      ? tooMany(table('event_count'), and(binary('>', column('n'), num(0)), spanTooLong(first, last)))
      : tooMany(table('spans'), spanTooLong(first, last));
  return { ...byYear, unionAll: wide };
}

function pad(n: Expr, width: number): Expr {
  const text = call('toText', n);
  const zeros: [Expr, Expr][] = [];
  for (let w = 1; w < width; w++) zeros.push([binary('<', n, num(10 ** w)), concat(str('0'.repeat(width - w)), text)]);
  return when(zeros, text);
}

/** `YYYY-MM`, as formatDay writes the year and month. */
export function monthText(y: Expr, m: Expr): Expr {
  return concat(pad(y, 4), str('-'), pad(m, 2));
}

/** The first day of month index `i` (year × 12 + month − 1) as `YYYY-MM-DD`. */
function dayText(i: Expr): Expr {
  return concat(monthText(call('div', i, num(12)), binary('+', call('mod', i, num(12)), num(1))), str('-01'));
}
