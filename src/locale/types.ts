import type { Interval } from '../data/types.js';
import type { DataErrorMessages } from '../errors/codes.js';

/** d3-format number locale definition, as Vega's `locale.number` expects. */
export interface NumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  percent?: string;
  minus?: string;
  nan?: string;
}

/** d3-time-format locale definition, as Vega's `locale.time` expects. */
export interface TimeLocale {
  dateTime: string;
  date: string;
  time: string;
  periods: [string, string];
  days: [string, string, string, string, string, string, string];
  shortDays: [string, string, string, string, string, string, string];
  months: [string, string, string, string, string, string, string, string, string, string, string, string];
  shortMonths: [string, string, string, string, string, string, string, string, string, string, string, string];
}

/** Every word an element shows, in one language. */
export interface UiStrings {
  loading: string;
  loadingProgress: (percent: number) => string;
  empty: string;
  errorTitle: string;
  other: string;
  events: string;
  fatalities: string;
  acledEvents: string;
  ucdpEvents: string;
  acledFatalities: string;
  ucdpFatalities: string;
  share: string;
  period: string;
  country: string;
  actor: string;
  eventType: string;
  /** "12 rows skipped: 10 date missing, 2 country missing" */
  skippedNote: (count: number, reasons: string) => string;
  sourceUcdp: string;
  sourceAcled: string;
  /** ", accessed 15 July 2025" after a default credit line. */
  accessedOn: (date: string) => string;
  sourcePrefix: string;
  notePrefix: string;
  /** Tooltip/axis formats for a bin start, per interval (d3-time-format, read in UTC). */
  periodFormat: { day: string; week: string; month: string; quarter: string; year: string };
  quarterLabel: string;
  keyboardHint: string;
  showData: string;
  hideData: string;
  /** "per month", "per week"… */
  perInterval: { day: string; week: string; month: string; quarter: string; year: string };
  /** Accessible summaries; every number arrives already formatted. */
  summaryTimeline: (s: {
    measure: string;
    per: string;
    start: string;
    end: string;
    peak: string;
    peakPeriod: string;
    trend: string;
    leader?: string;
  }) => string;
  trendUp: (percent: string, year: string) => string;
  trendDown: (percent: string, year: string) => string;
  trendLevel: (year: string) => string;
  summaryRanking: (s: { measure: string; by: string; items: string; more: number }) => string;
  /**
   * "Last full month: 40 in December 2019, up 67% on November 2019." — the last full period
   * against the one before: a percentage (`direction` and `percent` set) or, when the earlier
   * value is small, both figures. Periods and numbers arrive formatted. English and French come
   * with the drawing code (change-words.ts); another language may give its own.
   */
  changeSinceLast?: (s: ChangeWords) => string;
  /** "First in this range: Nigeria (April 2018), Niger (April 2021), and 2 more." */
  firstInRange?: (items: string[], more: number) => string;
  /** "by country", "by actor" */
  /** `<conflict-map>`'s words: English and French come with the map (map-words.ts); another language may give its own. */
  map?: MapStrings;
  /** The words of `uncertainty` and `date-precision`: English and French come with the drawing code (uncertainty-words.ts). */
  uncertainty?: UncertaintyStrings;
  byCountry: string;
  byActor: string;
  /** "Marked on the chart: Coup in Mali (18 August 2020)." */
  marked: (list: string) => string;
  /** After the last period's name when the data ends before it does: "July 2025 to date". */
  toDate: string;
  /** The reasons in `skipped` (English, as the data layer writes them) in this language. */
  skipReasons: Record<string, string>;
  exportMenu: string;
  downloadPng: string;
  downloadSvg: string;
  downloadCsv: string;
  copyEmbed: string;
  embedCopied: string;
  exportFailed: string;
  /** Display names of ACLED event types and UCDP violence types (English name → this language). */
  eventTypes: Record<string, string>;
  /**
   * The message of each DataError code, made from its params (numbers arrive unformatted) and,
   * for codes that wrap another error (`inFile`), that error's message already translated.
   * A code missing at run time (a locale written for an older version) is said in English.
   */
  errors: DataErrorMessages;
  /** Any other error (a network failure, a Vega error), from its own message, usually English. */
  unexpectedError: (message: string) => string;
}

/** The words of {@link UiStrings.changeSinceLast}, formatted. */
export interface ChangeWords {
  interval: Interval;
  last: string;
  lastPeriod: string;
  /** Absent when the range has one full period. */
  previous?: string;
  previousPeriod?: string;
  /** Set when the change is said as a percentage. */
  direction?: 'up' | 'down' | 'level';
  percent?: string;
  /** The last period, left out because the data ends before it does. */
  partial?: string;
}

export interface ChartLocale {
  code: string;
  number: NumberLocale;
  time: TimeLocale;
  strings: UiStrings;
}

/** The words of `<conflict-map>`. */
export interface MapStrings {
  place: string;
  /** Legend and tooltip: a hollow dot. */
  approximate: string;
  exact: string;
  /** The outlines' credit, drawn on every map. */
  credit: string;
  /** Under a choropleth. */
  countsNotRates: string;
  noData: string;
  /** "Not on the map (name not recognised): Atlantis 2." */
  notOnMap: (items: string) => string;
  byPlace: string;
  /** Tooltip title of a dot's precision. */
  location: string;
  /** Under a map with approximate locations: what a hollow dot means. */
  hollowKey: string;
  /** "12 of 340 places are approximate (hollow dots)." */
  approximateCount: (count: string, total: string) => string;
  /** Small multiples: "Showing the last 12 of 36 periods; the data table lists every one drawn." */
  panelsCut?: (shown: string, total: string) => string;
  /** Small multiples: "One map per period: 2017 497, 2018 525, 2019 509." */
  panelsSummary?: (items: string) => string;
  /** Own boundaries: tooltip, data table and summary. */
  region?: string;
  byRegion?: string;
  /** "Regions: admin1.topojson" (credits the desk's own boundaries under the map). */
  regionsCredit?: (name: string) => string;
  /** "Not in the boundaries (no region of that name): Sahel 2, (no region) 1." */
  notInBoundaries?: (items: string) => string;
  /** The name of the events without a region, in that list. */
  noRegion?: string;
}

/** The words of the low–high range (`uncertainty="band"`) and of approximate dates. */
export interface UncertaintyStrings {
  low: string;
  high: string;
  /** "between 210 and 340, best estimate 262" (numbers arrive formatted). */
  range: (low: string, high: string, best: string) => string;
  /** "In all: between 2,900 and 3,400, best estimate 3,100 (the band runs from the low to the high estimate)." */
  total: (range: string) => string;
  /** "Peak: July 2019, between 210 and 340, best estimate 262." */
  peak: (label: string, range: string) => string;
  /** Why no band is drawn although `uncertainty="band"` asks for one. */
  noBand: Record<'measure' | 'columns' | 'stacked', string>;
  /** "In the data, 12 events have an approximate date (…) and are counted on the date given." */
  approximateDates: (count: string, one: boolean) => string;
}
