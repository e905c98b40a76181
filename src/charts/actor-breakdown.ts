import { changeSummary } from '../a11y/change-summary.js';
import { breakdownSummary } from '../a11y/summary.js';
import type { TableColumn } from '../a11y/table-columns.js';
import { aggregateActors } from '../data/aggregate.js';
import { renameGroups } from '../data/rename-groups.js';
import type { BreakdownGroupBy, BreakdownRow } from '../data/types.js';
import { formatNumber, formatShare } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import { actorBreakdownSpec, actorBreakdownVegaSpec, type BreakdownSpecOptions } from '../specs/actor-breakdown-spec.js';
import type { SpecContext } from '../specs/common.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { ChartDefinition } from './definition.js';

const groupTitle = (groupBy: string, locale: ChartLocale) =>
  groupBy === 'country' ? locale.strings.country : locale.strings.eventType;

const specOptions = (context: SpecContext, o: ResolvedOptions): BreakdownSpecOptions => ({
  ...context,
  groupTitle: groupTitle(o.groupBy, context.locale),
});

/** How `<actor-breakdown>` counts, specifies and describes its chart (one module per chart, so an
 * app importing one element bundles no code of the others). */
export const actorBreakdownDefinition: ChartDefinition<BreakdownRow> = {
  tag: 'actor-breakdown',
  needsCountry: (o) => o.groupBy === 'country' || Boolean(o.filters.countries),
  aggregate(events, counting, o) {
    const groupBy = o.groupBy as BreakdownGroupBy;
    const rows = aggregateActors(events, { ...counting, groupBy });
    return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
  },
  buildSpec: (rows, context, o) => actorBreakdownSpec(rows, specOptions(context, o)),
  buildVegaSpec: (rows, context, o) => actorBreakdownVegaSpec(rows, specOptions(context, o)),
  /** It has no interval: the change compares months, and names the first month of each actor. */
  changeBy: () => ({ interval: 'month', groupBy: 'actor' }),
  summarize: (rows, measureLabel, locale, _o, change) =>
    [breakdownSummary(rows, { measureLabel, locale }), changeSummary(change, locale)].filter(Boolean).join(' '),
  describeRow(row, locale) {
    const group = row.group ? `, ${row.group}` : '';
    return `${row.actor}${group}: ${formatNumber(row.value, locale)} (${formatShare(row.share, locale)})`;
  },
  tableColumns(measureLabel, locale, o) {
    const columns: TableColumn<BreakdownRow>[] = [{ label: locale.strings.actor, cell: (row) => row.actor }];
    if (o.groupBy !== 'none') columns.push({ label: groupTitle(o.groupBy, locale), cell: (row) => row.group ?? '' });
    columns.push({ label: measureLabel, cell: (row) => formatNumber(row.value, locale), numeric: true });
    columns.push({ label: locale.strings.share, cell: (row) => formatShare(row.share, locale), numeric: true });
    return columns;
  },
};
