import { listOf, oneOf } from '../base/attribute-values.js';
import { formatDay, parseCalendarDate, periodEnd, periodStart } from '../data/dates.js';
import { DataError } from '../data/errors.js';
import type { ActorRole, FormatOption, Interval, Measure, TimelineGroupBy } from '../data/types.js';
import type { TimelineAnnotation, TimelineMark } from '../specs/attack-timeline-spec.js';
import type { ChartTokens } from '../themes/tokens.js';

/*
 * The elements' options and their checks, small enough to load with the elements before any
 * chart is drawn; the counting and drawing code that uses them is in chart-definitions.ts.
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
  if (!parsed) throw new DataError('annotationDate', { value: String(value) });
  return formatDay(end ? periodEnd(parsed) : periodStart(parsed));
}

/**
 * The element's `readAnnotations`, from the option only (there are no `<cc-annotation>`
 * children here): a dated rule, or a span `from`–`to` (inclusive periods).
 */
export function readAnnotations(list: TimelineAnnotation[] | undefined): TimelineAnnotation[] {
  if (list !== undefined && !Array.isArray(list)) throw new DataError('annotationsNotList');
  return (list ?? []).map(({ date, from, to, label }) => {
    if (!date && !from) throw new DataError('annotationNeedsDate', { label: String(label ?? '') });
    return from
      ? { from: annotationDay(from, false), to: annotationDay(to ?? from, true), label: String(label ?? '') }
      : { date: annotationDay(date, false), label: String(label ?? '') };
  });
}

/** `"Mali, Niger"` or `['Mali', 'Niger']` as the comma-separated text the attributes take. */
export function nameList(value: NameList | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  return typeof value === 'string' ? value : value.join(',');
}

/** The chart kind named, or a DataError listing the three. */
export function chartKind(kind: string): ChartKind {
  if ((CHART_KINDS as readonly string[]).includes(kind)) return kind as ChartKind;
  throw new DataError('unknownChart', { kind, kinds: CHART_KINDS.join(', ') });
}
