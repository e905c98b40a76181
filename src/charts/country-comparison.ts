import { changeSummary } from '../a11y/change-summary.js';
import { comparisonSummary } from '../a11y/summary.js';
import type { TableColumn } from '../a11y/table-columns.js';
import { aggregateCountries } from '../data/aggregate.js';
import { renameGroups } from '../data/rename-groups.js';
import type { ComparisonGroupBy, ComparisonRow, EventTable } from '../data/types.js';
import { formatNumber } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import {
  countryComparisonSpec,
  countryComparisonVegaSpec,
  type ComparisonSpecOptions,
} from '../specs/country-comparison-spec.js';
import type { SpecContext } from '../specs/common.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { ChartDefinition } from './definition.js';
import { bandOf, EVERY_GROUP, withBand } from './uncertainty.js';
import { comparedPeriods, comparedSummary, withPrevious } from './compare-previous.js';
import { compareWords } from '../locale/compare-words.js';
import { rangeColumns, rangeSummary, valueInWords } from '../a11y/range-summary.js';

const groupTitle = (groupBy: string, locale: ChartLocale) =>
  groupBy === 'actor' ? locale.strings.actor : locale.strings.eventType;

const specOptions = (rows: ComparisonRow[], context: SpecContext, o: ResolvedOptions): ComparisonSpecOptions => ({
  ...context,
  highlight: o.highlight,
  groupTitle: groupTitle(o.groupBy, context.locale),
  periods: comparedPeriods(rows, context.locale),
});

/** How `<country-comparison>` counts, specifies and describes its chart (one module per chart, so
 * an app importing one element bundles no code of the others). */
export const countryComparisonDefinition: ChartDefinition<ComparisonRow> = {
  tag: 'country-comparison',
  needsCountry: () => true,
  aggregate(events, counting, o) {
    const groupBy = o.groupBy as ComparisonGroupBy;
    const count = (table: EventTable, top = counting.top) => {
      const rows = aggregateCountries(table, { ...counting, top, groupBy });
      return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
    };
    const stacked = groupBy !== 'none';
    return withBand(
      withPrevious(count(events), events, counting, o),
      events,
      o,
      stacked,
      (table) => count(table, EVERY_GROUP),
      (row) => row.country,
    );
  },
  buildSpec: (rows, context, o) => countryComparisonSpec(rows, specOptions(rows, context, o)),
  buildVegaSpec: (rows, context, o) => countryComparisonVegaSpec(rows, specOptions(rows, context, o)),
  /** It has no interval: the change compares months, and names the first month of each country. */
  changeBy: () => ({ interval: 'month', groupBy: 'country' }),
  summarize: (rows, measureLabel, locale, _o, change) =>
    [
      comparisonSummary(rows, { measureLabel, locale }),
      comparedSummary(rows, locale),
      rangeSummary(rows, bandOf(rows), locale, (row) => row.country),
      changeSummary(change, locale),
    ]
      .filter(Boolean)
      .join(' '),
  describeRow(row, locale) {
    const group = row.group ? `, ${row.group}` : '';
    const previous =
      row.previous === undefined ? '' : ` (${compareWords(locale).previous}: ${formatNumber(row.previous, locale)})`;
    return `${row.country}${group}: ${valueInWords(row, locale)}${previous}`;
  },
  tableColumns(measureLabel, locale, o) {
    const columns: TableColumn<ComparisonRow>[] = [{ label: locale.strings.country, cell: (row) => row.country }];
    if (o.groupBy !== 'none') columns.push({ label: groupTitle(o.groupBy, locale), cell: (row) => row.group ?? '' });
    columns.push({ label: measureLabel, cell: (row) => formatNumber(row.value, locale), numeric: true });
    if (o.compare === 'previous' && o.groupBy === 'none') {
      const cell = (row: ComparisonRow) => (row.previous === undefined ? '' : formatNumber(row.previous, locale));
      columns.push({ label: compareWords(locale).previous, cell, numeric: true });
    }
    if (o.uncertainty === 'band') columns.push(...rangeColumns<ComparisonRow>(locale));
    return columns;
  },
};
