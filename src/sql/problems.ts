/**
 * What `aggregateFile` refuses, as SQL: rows of messages that the aggregate query turns into
 * errors. The messages are the library's own (`englishErrors`), with a value from the data
 * added, so no engine can fold one into a constant and fail a query that has no such row.
 */
import type { EventFilters } from '../data/types.js';
import { englishErrors } from '../errors/messages-en.js';
import type { Interval } from '../options/values.js';
import { binStart, formatDay, periodEnd, periodStart } from '../util/dates.js';
import { binIndexOfDay } from './intervals.js';
import { and, binary, column, concat, constant, inQuery, not, table, when, type Expr, type Select } from './tree.js';

/** The most bins one table may span (`aggregateTimeline`'s guard). */
const MAX_PERIODS = 20000;
const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/** The coarsest date precision (0 day, 1 month, 2 year) an interval can count. */
const COARSEST_ALLOWED: Record<Interval, number> = { day: 0, week: 0, month: 1, quarter: 1, year: 2 };

/**
 * The steps `coarsest` (one row: the coarsest precision among the counted events, and a date
 * cell) and `problems` (at most one message per part). `aggregateFile` refuses a date coarser
 * than the interval before it counts, so that refusal comes first: the span of a part is
 * checked only when every date is fine.
 * @param spans per part of the table: `lo`, `hi` (bin indices) and `lo_text`, `hi_text` (first days).
 */
export function problems(filters: EventFilters, interval: Interval): { name: string; query: Select }[] {
  const allowed = COARSEST_ALLOWED[interval];
  const coarsest: Select = {
    columns: [
      { expr: { kind: 'aggregate', fn: 'max', arg: column('p') }, as: 'p_max' },
      { expr: { kind: 'aggregate', fn: 'max', arg: column('date_text') }, as: 'some_date' },
    ],
    from: table('kept'),
  };
  const tooCoarse = binary('>', column('p_max'), num(allowed));
  const byPrecision: Select = {
    columns: [
      {
        expr: concat(
          when(
            [[binary('=', column('p_max'), num(2)), str(englishErrors.countedByYear({ interval }, ''))]],
            str(englishErrors.countedByMonth({ interval }, '')),
          ),
          str(' ('),
          column('some_date'),
          str(')'),
        ),
        as: 'message',
      },
    ],
    from: table('coarsest'),
    where: tooCoarse,
  };
  const datesFine = not(inQuery(num(0), { columns: [{ expr: num(0) }], from: table('coarsest'), where: tooCoarse }));

  const { from, to } = filters;
  const firstDay = from && binStart(periodStart(from), interval);
  const lastDay = to && binStart(periodEnd(to), interval);
  const first = firstDay === undefined ? column('lo') : num(binIndexOfDay(interval, firstDay));
  const last = lastDay === undefined ? column('hi') : num(binIndexOfDay(interval, lastDay));
  const firstText = firstDay === undefined ? column('lo_text') : str(formatDay(firstDay));
  const lastText = lastDay === undefined ? column('hi_text') : str(formatDay(lastDay));
  const [before, between, after] = englishErrors
    .tooManyPeriods({ limit: MAX_PERIODS, from: '\u0000', to: '\u0000' }, '')
    .split('\u0000');
  const tooMany = (rows: Select['from'], where: Expr): Select => ({
    columns: [{ expr: concat(str(before), firstText, str(between), lastText, str(after)), as: 'message' }],
    from: rows,
    where: and(where, datesFine),
  });
  const spanTooLong = binary('>', binary('+', binary('-', last, first), num(1)), num(MAX_PERIODS));
  const wide =
    firstDay !== undefined && lastDay !== undefined
      ? tooMany(table('event_count'), and(binary('>', column('n'), num(0)), spanTooLong))
      : tooMany(table('spans'), spanTooLong);
  return [
    { name: 'coarsest', query: coarsest },
    { name: 'problems', query: { ...byPrecision, unionAll: wide } },
  ];
}
