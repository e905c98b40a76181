import { byPeriod, periodColumns, type PeriodRow } from '../a11y/period-table.js';
import { changeSummary } from '../a11y/change-summary.js';
import { timelineSummary } from '../a11y/summary.js';
import type { TableColumn } from '../a11y/table-columns.js';
import { aggregateTimeline } from '../data/aggregate.js';
import { markPartialPeriod } from '../data/partial-period.js';
import { renameGroups } from '../data/rename-groups.js';
import type { EventTable, TimelineGroupBy, TimelineMark, TimelineRow } from '../data/types.js';
import { formatCalendarDay, formatNumber, formatPeriod } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import type { TimelineAnnotation } from '../options/chart-options.js';
import { attackTimelineSpec, type TimelineSpecOptions } from '../specs/attack-timeline-spec.js';
import type { SpecContext } from '../specs/common.js';
import { attackTimelineVegaSpec } from '../specs/vega/attack-timeline.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { ChartDefinition, ExtraTable, TableContent } from './definition.js';
import { bandOf, EVERY_GROUP, withBand } from './uncertainty.js';
import { rangeColumns, rangeSummary, valueInWords } from '../a11y/range-summary.js';

const groupTitle = (groupBy: string, locale: ChartLocale) => {
  const s = locale.strings;
  return groupBy === 'country' ? s.country : groupBy === 'event-type' ? s.eventType : s.actor;
};

const bandKey = (row: TimelineRow) => `${row.period}\u0000${row.group ?? ''}`;

const noteDay = (day: string, locale: ChartLocale) => formatCalendarDay(day, '%-d %B %Y', locale);

const specOptions = (context: SpecContext, o: ResolvedOptions): TimelineSpecOptions => ({
  ...context,
  height: context.height ?? 300,
  interval: o.interval,
  mark: o.mark as TimelineMark,
  groupTitle: groupTitle(o.groupBy, context.locale),
  annotations: o.annotations,
});

/** How `<attack-timeline>` counts, specifies and describes its chart (one module per chart, so an
 * app importing one element bundles no code of the others). */
export const attackTimelineDefinition: ChartDefinition<TimelineRow> = {
  tag: 'attack-timeline',
  needsCountry: (o) => o.groupBy === 'country' || Boolean(o.filters.countries),
  aggregate(events, counting, o) {
    const groupBy = o.groupBy as TimelineGroupBy;
    const count = (table: EventTable, top = counting.top) => {
      const rows = markPartialPeriod(
        aggregateTimeline(table, { ...counting, top, interval: o.interval, groupBy }),
        events,
        o.interval,
        o.filters.to,
      );
      return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
    };
    const stacked = groupBy !== 'none' && o.mark !== 'line';
    return withBand(count(events), events, o, stacked, (table) => count(table, EVERY_GROUP), bandKey);
  },
  buildSpec: (rows, context, o) => attackTimelineSpec(rows, specOptions(context, o)),
  buildVegaSpec: (rows, context, o) => attackTimelineVegaSpec(rows, specOptions(context, o)),
  /** Compares periods of its `interval`; names the first period of each series when grouped. */
  changeBy: (o) => ({ interval: o.interval, groupBy: o.groupBy as TimelineGroupBy }),
  /** The chart in words, the change since the last period, then the dated notes. */
  summarize(rows, measureLabel, locale, o, change) {
    const period = (row: TimelineRow) => formatPeriod(row.period, o.interval, locale);
    const summary = [
      timelineSummary(rows, o.interval, { measureLabel, locale }),
      rangeSummary(rows, bandOf(rows), locale, period),
      changeSummary(change, locale),
    ]
      .filter(Boolean)
      .join(' ');
    const notes = o.annotations.map((note) => `${note.label} (${noteDay((note.date ?? note.from)!, locale)})`);
    return notes.length ? `${summary} ${locale.strings.marked(notes.join('; '))}` : summary;
  },
  describeRow(row, locale, o) {
    const group = row.group ? `${row.group}, ` : '';
    return `${formatPeriod(row.period, o.interval, locale)}: ${group}${valueInWords(row, locale)}`;
  },
  /** One series: a row per period (a grouped timeline's table is `dataTable`'s). */
  tableColumns(measureLabel, locale, o): TableColumn<TimelineRow>[] {
    return [
      { label: locale.strings.period, cell: (row) => formatPeriod(row.period, o.interval, locale) },
      { label: measureLabel, cell: (row) => formatNumber(row.value, locale), numeric: true },
      ...(o.uncertainty === 'band' ? rangeColumns<TimelineRow>(locale) : []),
    ];
  },
  /** Grouped: one row per period and a column per group ({@link byPeriod}). */
  dataTable(rows, locale, o): TableContent<PeriodRow> | undefined {
    if (o.groupBy === 'none') return undefined;
    const { groups, rows: periods } = byPeriod(rows);
    return { columns: periodColumns(groups, locale.strings.period, o.interval, locale), rows: periods };
  },
  /** The dated notes, as a second table. */
  extraTables(locale, o): ExtraTable<TimelineAnnotation>[] {
    if (!o.annotations.length) return [];
    const columns: TableColumn<TimelineAnnotation>[] = [
      {
        label: locale.strings.period,
        cell: (note) =>
          note.from ? `${noteDay(note.from, locale)} – ${noteDay(note.to!, locale)}` : noteDay(note.date!, locale),
      },
      { label: locale.strings.notePrefix, cell: (note) => note.label },
    ];
    return [{ caption: locale.strings.marked('').replace(/[.:\s]+$/, ''), columns, rows: o.annotations }];
  },
};
