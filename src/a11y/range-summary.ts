import type { NoBand, RangeTotals } from '../data/estimates.js';
import { formatNumber } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import { uncertaintyWords } from '../locale/uncertainty-words.js';
import type { TableColumn } from './table-columns.js';

interface Ranged {
  value: number;
  low?: number;
  high?: number;
}

/** "between 210 and 340, best estimate 262" */
function range(row: Required<Ranged>, locale: ChartLocale): string {
  const n = (value: number) => formatNumber(value, locale);
  return uncertaintyWords(locale).range(n(row.low), n(row.high), n(row.value));
}

/**
 * The band in words: the range over everything drawn (`band`'s totals) and at the peak, or why
 * no band is drawn although `uncertainty="band"` asked for one; '' otherwise.
 */
export function rangeSummary<Row extends Ranged>(
  rows: readonly Row[],
  band: NoBand | RangeTotals | undefined,
  locale: ChartLocale,
  label: (row: Row) => string,
): string {
  const words = uncertaintyWords(locale);
  if (typeof band === 'string') return words.noBand[band];
  const totals = band;
  const ranged = rows.filter((row): row is Row & Required<Ranged> => row.low !== undefined && row.high !== undefined);
  if (!ranged.length) return '';
  const peak = ranged.reduce((top, row) => (row.value > top.value ? row : top));
  const sentences = [words.peak(label(peak), range(peak, locale))];
  if (totals) sentences.unshift(words.total(range({ value: totals.best, low: totals.low, high: totals.high }, locale)));
  return sentences.join(' ');
}

/** The data table's low and high columns (empty cells for a row without a range). */
export function rangeColumns<Row extends Ranged>(locale: ChartLocale): TableColumn<Row>[] {
  const words = uncertaintyWords(locale);
  const cell = (value: number | undefined) => (value === undefined ? '' : formatNumber(value, locale));
  return [
    { label: words.low, cell: (row) => cell(row.low), numeric: true },
    { label: words.high, cell: (row) => cell(row.high), numeric: true },
  ];
}

/** "1,234 events have an approximate date … and are counted on the date given." ('' for none). */
export function approximateDatesSentence(count: number, locale: ChartLocale): string {
  return count > 0 ? uncertaintyWords(locale).approximateDates(formatNumber(count, locale), count === 1) : '';
}

/** A row's value for the keyboard reader: its number, or its range with the best estimate. */
export function valueInWords(row: Ranged, locale: ChartLocale): string {
  return row.low === undefined || row.high === undefined
    ? formatNumber(row.value, locale)
    : range({ value: row.value, low: row.low, high: row.high }, locale);
}
