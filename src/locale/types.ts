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
  sourcePrefix: string;
  notePrefix: string;
  /** Tooltip/axis formats for a bin start, per interval (d3-time-format, read in UTC). */
  periodFormat: { day: string; week: string; month: string; quarter: string; year: string };
  quarterLabel: string;
  keyboardHint: string;
}

export interface ChartLocale {
  code: string;
  number: NumberLocale;
  time: TimeLocale;
  strings: UiStrings;
}
