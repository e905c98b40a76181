import type { TopLevelSpec } from 'vega-lite';
import type { Table } from '../data/load.js';
import { jsonOf, listOf, oneOf, periodOf } from '../base/attribute-values.js';
import { formatCalendarDay } from '../a11y/format.js';
import { timelineSummary } from '../a11y/summary.js';
import type { Events } from '../data/aggregate.js';
import { mergeAliases } from '../data/aliases.js';
import { formatDay, parseCalendarDate, periodEnd, periodStart } from '../data/dates.js';
import { DataError } from '../data/errors.js';
import { normalizeRows, normalizeRowsInSlices } from '../data/normalize.js';
import type {
  ActorRole,
  AggregateOptions,
  DataFormat,
  FieldMapping,
  FormatOption,
  Interval,
  Measure,
  NormalizeResult,
  TimelineGroupBy,
  TimelineRow,
} from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import type { TimelineAnnotation, TimelineMark } from '../specs/attack-timeline-spec.js';
import type { SpecContext } from '../specs/common.js';
import type { ChartTokens } from '../themes/tokens.js';

/*
 * What each chart does between its table and its spec, without lit, the DOM or Node: the
 * attribute defaults and checks (`oneOf`, `listOf`, `periodOf`, `jsonOf`), the counting
 * context, the aggregate function and spec builder with their options, and the summary. The
 * elements (src/components) and the CLI (src/cli) both call these, so they cannot drift apart;
 * test/cli/browser-parity.test.mjs still draws the same charts both ways and compares.
 */

export const CHART_KINDS = ['attack-timeline', 'country-comparison', 'actor-breakdown'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];

export const FORMATS = ['auto', 'acled', 'ucdp', 'generic'] as const;
export const MEASURES = ['events', 'fatalities'] as const;
export const ACTOR_ROLES = ['any', 'primary'] as const;
export const THEMES = ['light', 'dark', 'auto'] as const;
export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export const MARKS = ['bar', 'line', 'area'] as const;
export const TIMELINE_GROUPINGS = ['none', 'actor', 'country', 'event-type'] as const;
export const COMPARISON_GROUPINGS = ['none', 'event-type', 'actor'] as const;
export const BREAKDOWN_GROUPINGS = ['none', 'event-type', 'country'] as const;

/** A name list as the attribute takes it (`"Mali, Niger"`) or as an array. */
export type NameList = string | readonly string[];

/** How rows are read into events: the elements' `format` and `*-field` attributes. */
export interface ReadingOptions {
  /** `auto` (default), `acled`, `ucdp` or `generic`. */
  format?: FormatOption;
  dateField?: string;
  countryField?: string;
  /** One or two comma-separated columns: first actor, second actor. */
  actorField?: string;
  typeField?: string;
  fatalitiesField?: string;
  /** A count column to sum instead of counting rows (pre-aggregated tables). */
  valueField?: string;
}

/** What is counted: the elements' filter and counting attributes. */
export interface CountingOptions {
  /** `events` (default) or `fatalities`. */
  measure?: Measure;
  /** Inclusive start period: `2025`, `2025-07` or `2025-07-15`. */
  from?: string | number;
  /** Inclusive end period. */
  to?: string | number;
  countries?: NameList;
  actors?: NameList;
  eventTypes?: NameList;
  /** `any` (default) or `primary`. */
  actorRole?: ActorRole;
  includeCivilians?: boolean;
  /** Raw actor name → display name, over the built-in aliases (an object or its JSON). */
  aliases?: Record<string, string> | string;
}

/** Every option of the three elements' attributes, in camelCase. */
export interface ChartOptions extends ReadingOptions, CountingOptions {
  measureLabel?: string;
  /** Keep the N largest series or bars (default 8); the rest go into "Other". */
  top?: number;
  heading?: string;
  description?: string;
  /** Credit line; defaults from the detected dataset. */
  source?: string;
  /** When the data was downloaded (`2025-07-15`), added to the default credit line as ACLED asks. */
  accessed?: string;
  note?: string;
  /** Colours pinned by series name (an object or its JSON). */
  colors?: Record<string, string> | string;
  /** Replaces the generated summary (the SVG's description). */
  summary?: string;
  /** `en` (default) or `fr`, or any registered locale. */
  locale?: string;
  /** `light` (default) or `dark`; `auto` is light without a browser. */
  theme?: 'light' | 'dark' | 'auto';
  /** Chart height in pixels (as the `height` attribute). */
  height?: number;
  /** The `--cc-*` custom properties, as tokens (`{palette: [...], accent: '#c00'}`). */
  tokens?: Partial<ChartTokens>;
  /** attack-timeline: `day`, `week`, `month` (default), `quarter` or `year`. */
  interval?: Interval;
  /** attack-timeline: none, actor, country, event-type; country-comparison: none, event-type, actor; actor-breakdown: none, event-type, country. */
  groupBy?: string;
  /** attack-timeline: `bar` (default), `line` or `area`. */
  mark?: TimelineMark;
  /** attack-timeline: dated notes `[{date, label}]` or spans `[{from, to, label}]` (or their JSON). */
  annotations?: TimelineAnnotation[] | string;
  /** country-comparison: a country drawn in the accent colour. */
  highlight?: string;
}

/** Everything an element needs to count its events (its `CountingContext`). */
export interface CountingContext extends AggregateOptions {
  format: DataFormat;
  eventTypeNames: Record<string, string>;
}

/** What differs between the three charts; the rest of the pipeline is shared. */
export interface ChartDefinition {
  needsCountry(options: ChartOptions): boolean;
  aggregate(events: Events, counting: CountingContext, options: ChartOptions): object[];
  buildSpec(rows: object[], context: SpecContext, options: ChartOptions): TopLevelSpec;
  summarize(rows: object[], measureLabel: string, locale: ChartLocale, options: ChartOptions): string;
}

/** Whether the `countries` filter is set (rows without a country must then be skipped). */
export const hasCountryFilter = (options: ChartOptions) => Boolean(listOf(nameList(options.countries)));


export function timelineGroupBy(options: ChartOptions): TimelineGroupBy {
  return oneOf('group-by', options.groupBy, TIMELINE_GROUPINGS, 'none');
}

export function timelineInterval(options: ChartOptions): Interval {
  return oneOf('interval', options.interval, INTERVALS, 'month');
}

function annotationDay(value: unknown, end: boolean): string {
  const parsed = parseCalendarDate(value);
  if (!parsed) throw new DataError(`The annotation date "${String(value)}" is not a date; write it as 2020-08-18.`);
  return formatDay(end ? periodEnd(parsed) : periodStart(parsed));
}

/**
 * The element's `readAnnotations`, from the option only (there are no `<cc-annotation>`
 * children here): a dated rule, or a span `from`–`to` (inclusive periods).
 */
export function readAnnotations(list: TimelineAnnotation[] | undefined): TimelineAnnotation[] {
  if (list !== undefined && !Array.isArray(list)) throw new DataError('annotations must be a list of {date, label}.');
  return (list ?? []).map(({ date, from, to, label }) => {
    if (!date && !from) throw new DataError(`The annotation "${String(label ?? '')}" needs a date, or from and to.`);
    return from
      ? { from: annotationDay(from, false), to: annotationDay(to ?? from, true), label: String(label ?? '') }
      : { date: annotationDay(date, false), label: String(label ?? '') };
  });
}

/** The element's timeline summary: the chart in words, then the dated notes. */
export function timelineSummaryWithNotes(rows: TimelineRow[], measureLabel: string, locale: ChartLocale, options: ChartOptions): string {
  const summary = timelineSummary(rows, timelineInterval(options), { measureLabel, locale });
  const notes = readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', options.annotations)).map(
    (note) => `${note.label} (${formatCalendarDay((note.date ?? note.from)!, '%-d %B %Y', locale)})`,
  );
  return notes.length ? `${summary} ${locale.strings.marked(notes.join('; '))}` : summary;
}

/** `"Mali, Niger"` or `['Mali', 'Niger']` as the comma-separated text the attributes take. */
export function nameList(value: NameList | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : value.join(',');
}

function text(value: string | number | undefined): string | undefined {
  return value === undefined || value === null ? undefined : String(value);
}

/** The chart kind named, or a DataError listing the three. */
export function chartKind(kind: string): ChartKind {
  if ((CHART_KINDS as readonly string[]).includes(kind)) return kind as ChartKind;
  throw new DataError(`Unknown chart "${kind}": use ${CHART_KINDS.join(', ')}.`);
}

/** The `*-field` attributes as a field mapping (the element's `fieldMapping`). */
export function fieldMapping(options: ReadingOptions): FieldMapping {
  const actor = listOf(options.actorField);
  return {
    date: options.dateField || undefined,
    country: options.countryField || undefined,
    actor: actor?.slice(0, 2),
    type: options.typeField || undefined,
    fatalities: options.fatalitiesField || undefined,
    value: options.valueField || undefined,
  };
}

/** Reads a table into events exactly as an element does (its `readEvents`). */
export function readEvents(table: Table, options: ReadingOptions & { measure?: Measure }, requireCountry: boolean): NormalizeResult {
  const measure = oneOf('measure', options.measure, MEASURES, 'events');
  return normalizeRows(table.rows, table.columns, {
    format: oneOf('format', options.format, FORMATS, 'auto'),
    fields: fieldMapping(options),
    requireCountry,
    requireFatalities: measure === 'fatalities' && !options.valueField,
  });
}

/**
 * {@link readEvents} in slices between which the page keeps responding (a million rows never
 * make one long task); charts of the same loaded file share one reading per set of options.
 */
export function readEventsInSlices(
  table: Table,
  options: ReadingOptions & { measure?: Measure },
  requireCountry: boolean,
  signal?: AbortSignal,
): Promise<NormalizeResult> {
  const measure = oneOf('measure', options.measure, MEASURES, 'events');
  return normalizeRowsInSlices(
    table.rows,
    table.columns,
    {
      format: oneOf('format', options.format, FORMATS, 'auto'),
      fields: fieldMapping(options),
      requireCountry,
      requireFatalities: measure === 'fatalities' && !options.valueField,
    },
    { signal },
  );
}

/** The element's `countingContext`, from options instead of attributes. */
export function countingContext(options: CountingOptions & { top?: number }, format: DataFormat, locale: ChartLocale): CountingContext {
  const top = options.top;
  return {
    format,
    measure: oneOf('measure', options.measure, MEASURES, 'events'),
    filters: {
      from: periodOf('from', text(options.from)),
      to: periodOf('to', text(options.to)),
      countries: listOf(nameList(options.countries)),
      actors: listOf(nameList(options.actors)),
      eventTypes: listOf(nameList(options.eventTypes)),
    },
    aliases: mergeAliases(jsonOf<Record<string, string>>('aliases', options.aliases)),
    actorRole: oneOf('actor-role', options.actorRole, ACTOR_ROLES, 'any'),
    includeCivilians: Boolean(options.includeCivilians),
    top: top !== undefined && Number.isFinite(top) && top > 0 ? Math.floor(top) : 8,
    otherLabel: locale.strings.other,
    eventTypeNames: locale.strings.eventTypes,
  };
}

/** Series names in first-seen order, without the "Other" bucket (the element's `groupNames`). */
export function groupNames(rows: readonly object[], otherLabel: string): string[] {
  const names = new Set<string>();
  for (const row of rows) {
    const group = (row as { group?: string }).group;
    if (group !== undefined && group !== otherLabel) names.add(group);
  }
  return [...names];
}
