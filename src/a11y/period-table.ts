import type { Interval, TimelineRow } from '../data/types.js';
import { formatNumber, formatPeriod } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import type { TableColumn } from './table-columns.js';

/** One period of a grouped timeline: each group's value, in the order of the series. */
export interface PeriodRow {
  period: string;
  values: (number | undefined)[];
}

/** A grouped timeline's rows by period, with its groups in the order the rows list them. */
export interface PeriodTable {
  groups: string[];
  rows: PeriodRow[];
}

/** Made once per set of rows drawn, so the data table keeps its body while the rows stay the same. */
const tables = new WeakMap<readonly TimelineRow[], PeriodTable>();

/**
 * A grouped timeline's rows as one row per period and one column per group, the shape of
 * Highcharts' and Datawrapper's data tables: a reader moves along a period or down a series,
 * and the table has a third of the cells of one row per period and group.
 */
export function byPeriod(rows: readonly TimelineRow[]): PeriodTable {
  let table = tables.get(rows);
  if (table) return table;
  const groups: string[] = [];
  const groupIndex = new Map<string, number>();
  const periods = new Map<string, PeriodRow>();
  for (const row of rows) {
    const group = row.group ?? '';
    let g = groupIndex.get(group);
    if (g === undefined) groupIndex.set(group, (g = groups.push(group) - 1));
    let period = periods.get(row.period);
    if (!period) periods.set(row.period, (period = { period: row.period, values: [] }));
    period.values[g] = row.value;
  }
  table = { groups, rows: [...periods.values()] };
  tables.set(rows, table);
  return table;
}

/** The columns of {@link byPeriod}'s table: the period in words, then a number per group (empty where a group has no row). */
export function periodColumns(
  groups: readonly string[],
  periodLabel: string,
  interval: Interval,
  locale: ChartLocale,
): TableColumn<PeriodRow>[] {
  return [
    { label: periodLabel, cell: (row) => formatPeriod(row.period, interval, locale) },
    ...groups.map((group, g) => ({
      label: group,
      cell: (row: PeriodRow) => (row.values[g] === undefined ? '' : formatNumber(row.values[g], locale)),
      numeric: true,
    })),
  ];
}
