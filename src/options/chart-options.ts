import type { TopLevelSpec } from 'vega-lite';
import type { CalendarDate } from '../util/dates.js';
import type { NameList } from './parse.js';
import type {
  ActorRole,
  CompareOption,
  DatePrecision,
  FormatOption,
  Interval,
  Measure,
  SmallMultiples,
  TimelineMark,
  Uncertainty,
} from './values.js';

/** An app's hook over the Vega-Lite spec a chart draws: given a copy, it returns the spec to draw. */
export type CustomizeSpec = (spec: TopLevelSpec) => TopLevelSpec;

/** A dated note drawn on the timeline: a coup (`date`), or a withdrawal spanning `from`–`to`. */
export interface TimelineAnnotation {
  /** `YYYY-MM-DD`: a rule on this day. */
  date?: string;
  /** `YYYY-MM-DD`: a shaded span from this day… */
  from?: string;
  /** …through this day (inclusive). */
  to?: string;
  label: string;
}

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
  /** The low fatality estimate's column (UCDP `low` by default), for `uncertainty="band"`. */
  lowField?: string;
  /** The high fatality estimate's column (UCDP `high` by default). */
  highField?: string;
  /** `any` (default): events dated only to a week, month or year count on the date given; `exact`: they are left out. */
  datePrecision?: DatePrecision;
  /** conflict-map: the column that names each event's region (UCDP `adm_1`, ACLED `admin1`). */
  regionField?: string;
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

/** Every option of the chart elements' attributes, in camelCase, as the element and the CLI take them. */
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
  /** `svg` (default) or `canvas`: the element's renderer. */
  renderer?: string;
  /** `lazy` (default) or `eager`: when the element draws. */
  loading?: string;
  /** A JSON merge patch over the Vega-Lite spec (an object or its JSON); no `url` or `href` keys. */
  specPatch?: Record<string, unknown> | string;
  /** Takes the Vega-Lite spec (after `specPatch`) and returns the spec to draw. */
  customizeSpec?: CustomizeSpec;
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
  /** attack-timeline, country-comparison: `none` (default) or `band`, the low–high range of fatalities. */
  uncertainty?: Uncertainty;
  /** country-comparison: `none` (default) or `previous`, the period of the same length before the range beside it. */
  compare?: CompareOption;
  /** conflict-map: `none` (default), `year`, `quarter` or `month`: one small map per period. */
  smallMultiples?: SmallMultiples;
  /** conflict-map: a TopoJSON or GeoJSON file of the desk's own regions (its URL, or its content). */
  boundaries?: string | object;
  /** conflict-map: the property of the `boundaries` features that names each region. */
  boundaryKey?: string;
}

/** Column names for generic (non-ACLED, non-UCDP) tables; the `*-field` attributes. */
export interface FieldMapping {
  date?: string;
  country?: string;
  /** One or two columns: first actor, second actor. */
  actor?: string[];
  type?: string;
  fatalities?: string;
  /** A count column to sum instead of counting rows (pre-aggregated tables). */
  value?: string;
  /** The low and high fatality estimates (UCDP `low`, `high`). */
  low?: string;
  high?: string;
  /** The event's first-level region, matched to `boundaries` (UCDP `adm_1`, ACLED `admin1`). */
  region?: string;
}

/** Filters shared by all the elements. Periods are inclusive calendar periods. */
export interface EventFilters {
  /** Inclusive start: first day of this period. */
  from?: CalendarDate;
  /** Inclusive end: last day of this period (`2025-07` means through 31 July). */
  to?: CalendarDate;
  countries?: string[];
  /** Match raw or aliased actor names. */
  actors?: string[];
  eventTypes?: string[];
}
