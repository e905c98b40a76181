import { aggregateCountries } from '../data/aggregate.js';
import { comparedRanges, rangeFilters, type ComparedRanges, type DayRange } from '../data/previous-period.js';
import { compareWords } from '../locale/compare-words.js';
import { formatCalendarDay, formatNumber, formatPeriod } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import type { ComparedPeriods } from '../specs/compared-bars.js';
import type { ComparisonRow, EventTable } from '../data/types.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { CountingContext } from './definition.js';
import { EVERY_GROUP } from './uncertainty.js';

/** Why the previous period is not drawn although `compare="previous"` asks: stacked bars. */
export type NoComparison = 'grouped';

/** The ranges each set of compared rows holds, or why it holds none. */
const compared = new WeakMap<readonly object[], ComparedRanges | NoComparison>();

/** The ranges compared (for the legend and the summary), or why there is no comparison; undefined when none was asked. */
export function comparisonOf(rows: readonly object[]): ComparedRanges | NoComparison | undefined {
  return compared.get(rows);
}

/**
 * With `compare="previous"`, each country's count in the period of the same length just before
 * the range (`previous`), counted as the range is (every filter but the dates): a country with
 * events only then gets a bar of 0 beside its previous one, or adds to "Other"'s. Ungrouped only.
 * The rows are completed in place.
 */
export function withPrevious(
  rows: ComparisonRow[],
  table: EventTable,
  counting: CountingContext,
  o: ResolvedOptions,
): ComparisonRow[] {
  if (o.compare !== 'previous') return rows;
  if (o.groupBy !== 'none') {
    compared.set(rows, 'grouped');
    return rows;
  }
  const ranges = comparedRanges(table, counting.filters, counting.aliases);
  if (!ranges) return rows;
  const filters = rangeFilters(counting.filters, ranges.previous);
  const before = aggregateCountries(table, { ...counting, filters, groupBy: 'none', top: EVERY_GROUP });
  const other = counting.otherLabel;
  const named = new Set(rows.filter((row) => row.country !== other).map((row) => row.country));
  const previousOf = new Map(before.map((row) => [row.country, row.value]));
  const rest = before.filter((row) => !named.has(row.country) && row.value > 0);
  const hasOther = rows.some((row) => row.country === other);
  rows.forEach((row, i) => {
    const previous = row.country === other ? rest.reduce((sum, r) => sum + r.value, 0) : (previousOf.get(row.country) ?? 0);
    rows[i] = { ...row, previous };
  });
  if (!hasOther) for (const row of rest) rows.push({ country: row.country, value: 0, previous: row.value });
  compared.set(rows, ranges);
  return rows;
}

/** A range as the legend names it: "July 2025", "Q3 2025", "2019", "Apr 2025 – Jun 2025", "1 Jul 2025 – 15 Jul 2025". */
export function rangeLabel(range: DayRange, locale: ChartLocale): string {
  const month = Number(range.from.slice(5, 7));
  if (range.months === 1) return formatPeriod(range.from, 'month', locale);
  if (range.months === 3 && month % 3 === 1) return formatPeriod(range.from, 'quarter', locale);
  if (range.months === 12 && month === 1) return formatPeriod(range.from, 'year', locale);
  const pattern = range.months ? '%b %Y' : '%-d %b %Y';
  if (range.from === range.to) return formatCalendarDay(range.from, pattern, locale);
  return `${formatCalendarDay(range.from, pattern, locale)} – ${formatCalendarDay(range.to, pattern, locale)}`;
}

/** The periods the legend names, when the rows are compared. */
export function comparedPeriods(rows: readonly object[], locale: ChartLocale): ComparedPeriods | undefined {
  const ranges = comparisonOf(rows);
  if (!ranges || typeof ranges === 'string') return undefined;
  return {
    current: rangeLabel(ranges.current, locale),
    previous: rangeLabel(ranges.previous, locale),
    title: locale.strings.period,
  };
}

/** How many countries the comparison sentence names before "and N more". */
const LISTED = 5;

/** "Against June 2025: Burkina Faso 54 against 40, …", or why there is no comparison; '' when none was asked. */
export function comparedSummary(rows: readonly ComparisonRow[], locale: ChartLocale): string {
  const compared = comparisonOf(rows);
  const words = compareWords(locale);
  if (compared === 'grouped') return words.grouped;
  if (!compared) return '';
  const n = (value: number) => formatNumber(value, locale);
  const items = rows.slice(0, LISTED).map((row) => `${row.country} ${words.against(n(row.value), n(row.previous ?? 0))}`);
  return words.summary(rangeLabel(compared.previous, locale), items, Math.max(0, rows.length - LISTED));
}
