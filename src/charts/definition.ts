import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import type { TableColumn } from '../a11y/table-columns.js';
import { mergeAliases } from '../data/aliases.js';
import type { ChangeSinceLast } from '../data/change-since-last.js';
import type { AggregateOptions, DataFormat, EventTable, Interval, SkippedRecord, TimelineGroupBy } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import type { ResolvedCounting, ResolvedOptions } from '../options/resolve.js';
import type { ChartTag } from '../options/values.js';
import type { SpecContext } from '../specs/common.js';

/** Everything a chart needs to count its events: the options, the dataset and the reader's words. */
export interface CountingContext extends AggregateOptions {
  format: DataFormat;
  eventTypeNames: Record<string, string>;
}

/**
 * What differs between the charts; prepare.ts runs the rest of the way from a table to a spec
 * for the element and the CLI alike. Every method takes the options already resolved (checked
 * once, in resolveOptions), never the attributes.
 */
export interface ChartDefinition<Row extends object = object> {
  /** The element that draws it. */
  readonly tag: ChartTag;
  /** Whether rows without a country must be skipped (the chart groups or filters by country). */
  needsCountry(options: ResolvedOptions): boolean;
  /**
   * Reads the files the chart needs besides its rows (a map's `boundaries`) with `read`, which
   * fetches (the element) or opens (the CLI) a URL as text, and gives the options with their
   * content in place of their URLs; absent when the chart needs none.
   */
  readFiles?(options: ResolvedOptions, read: (url: string) => Promise<string>): Promise<ResolvedOptions>;
  aggregate(events: EventTable, counting: CountingContext, options: ResolvedOptions): Row[];
  /** Events read but not drawn by these rows, with their reason (a map's events without a place). */
  leftOut?(rows: readonly Row[]): SkippedRecord[];
  /** The Vega-Lite spec: the public `spec`, and what a customized chart is compiled from. */
  buildSpec(rows: Row[], context: SpecContext, options: ResolvedOptions): TopLevelSpec;
  /**
   * The Vega spec of the same chart, drawn without Vega-Lite's compiler; undefined where the
   * chart has none yet (a map's small multiples), which is then compiled from `buildSpec`'s.
   */
  buildVegaSpec(rows: Row[], context: SpecContext, options: ResolvedOptions): Spec | undefined;
  /**
   * What the change since the last period compares (`change`): periods of `interval`, and the
   * series of `groupBy` whose first period in the range is named.
   */
  changeBy(options: ResolvedOptions): { interval: Interval; groupBy: TimelineGroupBy };
  /** The chart in words, for screen readers and the SVG's description, with the change since the last period. */
  summarize(
    rows: Row[],
    measureLabel: string,
    locale: ChartLocale,
    options: ResolvedOptions,
    change?: ChangeSinceLast | null,
  ): string;
  /** One row in words, for the keyboard reader ("July 2025: 54"). */
  describeRow(row: Row, locale: ChartLocale, options: ResolvedOptions): string;
  /** The columns of the data table: one table row per chart row, unless `dataTable` says otherwise. */
  tableColumns(measureLabel: string, locale: ChartLocale, options: ResolvedOptions): TableColumn<Row>[];
  /** The data table's rows and columns when they are not one per chart row (a grouped timeline's periods); undefined otherwise. */
  dataTable?(rows: readonly Row[], locale: ChartLocale, options: ResolvedOptions): TableContent | undefined;
  /** The most rows the keyboard reader steps through (a map's largest places), the rest left to the data table. */
  readonly keyboardLimit?: number;
  /** More tables shown with the data (a timeline's annotations). */
  extraTables?(locale: ChartLocale, options: ResolvedOptions): ExtraTable[];
}

/** A table's columns and rows. */
export interface TableContent<Row = unknown> {
  columns: TableColumn<Row>[];
  rows: readonly Row[];
}

/** A table shown beside the data table: its caption, columns and rows. */
export interface ExtraTable<Row = unknown> extends TableContent<Row> {
  caption: string;
}

/** How the options count, once the dataset is known and in the reader's language. */
export function countingContext(options: ResolvedCounting, format: DataFormat, locale: ChartLocale): CountingContext {
  return {
    format,
    measure: options.measure,
    filters: options.filters,
    aliases: mergeAliases(options.aliases),
    actorRole: options.actorRole,
    includeCivilians: options.includeCivilians,
    top: options.top,
    otherLabel: locale.strings.other,
    eventTypeNames: locale.strings.eventTypes,
  };
}

/** Series names in first-seen order, without the "Other" bucket. */
export function groupNames(rows: readonly object[], otherLabel: string): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const group = (row as { group?: string }).group;
    if (group !== undefined && group !== otherLabel) names.add(group);
  }
  return [...names];
}
