/*
 * The words the attributes accept, each list written once. Types are derived from the lists,
 * so a value added here is accepted by the parsers, offered by Storybook and the CLI help, and
 * typed in the framework typings without being written again.
 */

import type { ChartTag } from './charts.js';

export { CHART_TAGS, type ChartTag } from './charts.js';

export const FORMATS = ['auto', 'acled', 'ucdp', 'generic'] as const;
/** What the `format` attribute accepts. */
export type FormatOption = (typeof FORMATS)[number];
/** The dataset families the readers recognise. */
export type DataFormat = Exclude<FormatOption, 'auto'>;

export const MEASURES = ['events', 'fatalities'] as const;
export type Measure = (typeof MEASURES)[number];

export const ACTOR_ROLES = ['any', 'primary'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export const THEMES = ['light', 'dark', 'auto'] as const;
export type ThemeOption = (typeof THEMES)[number];

export const RENDERERS = ['svg', 'canvas'] as const;
export type Renderer = (typeof RENDERERS)[number];

export const LOADING_MODES = ['lazy', 'eager'] as const;
export type LoadingMode = (typeof LOADING_MODES)[number];

/** `uncertainty`: the best estimate only, or with a band (error bars) from the low to the high estimate. */
export const UNCERTAINTIES = ['none', 'band'] as const;
export type Uncertainty = (typeof UNCERTAINTIES)[number];

/** `compare` on `<country-comparison>`: the range alone, or beside the period of the same length before it. */
export const COMPARES = ['none', 'previous'] as const;
export type CompareOption = (typeof COMPARES)[number];

/** `small-multiples` on `<conflict-map>`: one map, or one small map per year, quarter or month. */
export const SMALL_MULTIPLES = ['none', 'year', 'quarter', 'month'] as const;
export type SmallMultiples = (typeof SMALL_MULTIPLES)[number];

/** `date-precision`: count events whose date is approximate on the date given (`any`), or leave them out (`exact`). */
export const DATE_PRECISIONS = ['any', 'exact'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

export const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type Interval = (typeof INTERVALS)[number];

export const MARKS = ['bar', 'line', 'area'] as const;
export type TimelineMark = (typeof MARKS)[number];
/** What `<conflict-map>` draws: a dot per location, countries shaded by their count, or the regions of `boundaries`. */
export const MAP_MARKS = ['points', 'countries', 'regions'] as const;
export type MapMark = (typeof MAP_MARKS)[number];

export const TIMELINE_GROUPINGS = ['none', 'actor', 'country', 'event-type'] as const;
export type TimelineGroupBy = (typeof TIMELINE_GROUPINGS)[number];
export const COMPARISON_GROUPINGS = ['none', 'event-type', 'actor'] as const;
export type ComparisonGroupBy = (typeof COMPARISON_GROUPINGS)[number];
export const BREAKDOWN_GROUPINGS = ['none', 'event-type', 'country'] as const;
export type BreakdownGroupBy = (typeof BREAKDOWN_GROUPINGS)[number];
export const MAP_GROUPINGS = ['none', 'event-type', 'actor'] as const;
export type MapGroupBy = (typeof MAP_GROUPINGS)[number];

/** `group-by` takes different values on each chart. */
export const GROUPINGS = {
  'attack-timeline': TIMELINE_GROUPINGS,
  'country-comparison': COMPARISON_GROUPINGS,
  'actor-breakdown': BREAKDOWN_GROUPINGS,
  'conflict-map': MAP_GROUPINGS,
} as const satisfies Record<ChartTag, readonly string[]>;
export type GroupBy = (typeof GROUPINGS)[ChartTag][number];

/** What a chart element is doing: reflected as its `status` attribute. */
export const STATUSES = ['loading', 'waiting', 'ready', 'empty', 'error'] as const;
export type ChartStatus = (typeof STATUSES)[number];

/** Refuse files with more rows than this unless `max-rows` says otherwise. */
export const DEFAULT_MAX_ROWS = 2_000_000;
