/** A row as it arrives from CSV, JSON or an inline table: column name to raw value. */
export type RawRow = Record<string, unknown>;

/** The dataset families the readers recognise. */
export type DataFormat = 'acled' | 'ucdp' | 'generic';

/** What the `format` attribute accepts. */
export type FormatOption = 'auto' | DataFormat;

/** How much of the calendar a date names: one day, a whole month or a whole year. */
export type Precision = 'day' | 'month' | 'year';

/** A calendar date read from its fields, never through `new Date(string)`. */
export interface CalendarDate {
  year: number;
  /** 1–12 */
  month: number;
  /** 1–31 */
  day: number;
  precision: Precision;
}

/** One event (or one pre-aggregated row) in the shape every reader produces. */
export interface ConflictEvent {
  /** 1-based data record this came from (the first record, for merged monadic rows). */
  record: number;
  /** The dataset's event id (`event_id_cnty`, `id`), used to merge monadic duplicates. */
  id?: string;
  /** First day of the period the row covers, as days since 1970-01-01 (UTC calendar). */
  day: number;
  /** Whether the row is one day, or a month or year already counted. */
  precision: Precision;
  /** Country name as written in the data; '' when the data has none. */
  country: string;
  /** Actor names as written in the data, first actor first; empty names left out. */
  actors: string[];
  /** ACLED `event_type`, UCDP violence type, or the mapped `type-field`; '' when none. */
  eventType: string;
  /** ACLED `fatalities`, UCDP `best`, or the mapped `fatalities-field`; 0 when missing. */
  fatalities: number;
  /** The `value-field` of a pre-aggregated table, or 1 for an event row. */
  value: number;
  /** True when `value` came from a `value-field`: it is then the measure, whatever `measure` says. */
  preAggregated?: boolean;
}

/** A data record that could not be used, and why (1-based record number, not line number). */
export interface SkippedRecord {
  record: number;
  reason: string;
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
}

export interface NormalizeOptions {
  format?: FormatOption;
  fields?: FieldMapping;
  /** Skip rows without a country (the chart groups or filters by country). */
  requireCountry?: boolean;
  /**
   * Skip rows whose fatalities cell is empty or not a number (the chart measures fatalities).
   * Without it, such cells count as 0.
   */
  requireFatalities?: boolean;
}

/**
 * Events stored by column: what the readers produce and the aggregations read. Row `i` of
 * every column is event `i`; strings are dictionary-encoded (a code per event, each distinct
 * name stored once), so a million events take a few tens of megabytes and a filter change
 * only re-counts them. Treat it as read-only.
 */
export interface EventTable {
  readonly length: number;
  /** 1-based data record each event came from (the first record, for merged monadic rows). */
  readonly record: Int32Array;
  /** First day of the period the event covers, as days since 1970-01-01 (UTC calendar). */
  readonly day: Int32Array;
  /** 0 day, 1 month, 2 year (`PRECISION_CODES` in event-table.ts). */
  readonly precision: Uint8Array;
  /** Code into `countryNames` ('' is a name like any other). */
  readonly country: Int32Array;
  readonly countryNames: readonly string[];
  /** Code into `eventTypeNames` ('' is a name like any other). */
  readonly eventType: Int32Array;
  readonly eventTypeNames: readonly string[];
  /** First and second actor as codes into `actorNames`; -1 when the event has fewer actors. */
  readonly actor1: Int32Array;
  readonly actor2: Int32Array;
  /** Actors after the second (events merged from monadic records): event index → codes. */
  readonly moreActors: ReadonlyMap<number, readonly number[]>;
  readonly actorNames: readonly string[];
  readonly fatalities: Float64Array;
  /** The `value-field` count, or 1 for an event row. */
  readonly value: Float64Array;
  /** 1 where `value` came from a `value-field`; `null` when no event is pre-aggregated. */
  readonly preAggregated: Uint8Array | null;
  /**
   * The dataset's event id of an event (read again from its first record when asked, so a
   * million ids cost nothing until then), `undefined` where it has none; `null` without ids.
   */
  readonly id: ((event: number) => string | undefined) | null;
}

/** The outcome of reading rows: usable events, the records left out, and what was detected. */
export interface NormalizeResult {
  /** The events, by column: what the aggregations read. */
  table: EventTable;
  /**
   * The same events as objects, made on first access (and kept): convenient for a few events,
   * costly for a million, so code that counts should pass `table` instead.
   */
  readonly events: ConflictEvent[];
  skipped: SkippedRecord[];
  format: DataFormat;
  /** Data records read (header and HXL tag rows excluded). */
  recordsRead: number;
  /**
   * Records folded into an earlier one with the same ACLED `event_id_cnty` (monadic exports
   * repeat an event once per actor). `events.length + mergedRecords + skipped.length === recordsRead`.
   */
  mergedRecords: number;
  /** Column names found in the data. */
  columns: string[];
  /** True when rows carry a `value-field` count rather than one event each. */
  preAggregated: boolean;
  /** The coarsest period a row covers (a table counted by month is 'month'). */
  coarsestPrecision: Precision;
}

export type Interval = 'day' | 'week' | 'month' | 'quarter' | 'year';
export type Measure = 'events' | 'fatalities';
export type ActorRole = 'any' | 'primary';

/** Filters shared by all three elements. Periods are inclusive calendar periods. */
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

/** What every aggregation needs besides its grouping. */
export interface AggregateOptions {
  measure: Measure;
  filters: EventFilters;
  /** Raw actor name → display name (defaults already merged in). */
  aliases: Record<string, string>;
  actorRole: ActorRole;
  includeCivilians: boolean;
  /** Keep the largest N series or bars; the rest are summed into `otherLabel`. */
  top: number;
  otherLabel: string;
}

export type TimelineGroupBy = 'none' | 'actor' | 'country' | 'event-type';
export type ComparisonGroupBy = 'none' | 'event-type' | 'actor';
export type BreakdownGroupBy = 'none' | 'event-type' | 'country';

export interface TimelineRow {
  /** Bin start, `YYYY-MM-DD`. */
  period: string;
  group?: string;
  value: number;
  /** True for the last period when the data ends before it does ("July to date"). */
  partial?: boolean;
}

export interface ComparisonRow {
  country: string;
  group?: string;
  value: number;
}

export interface BreakdownRow {
  actor: string;
  group?: string;
  value: number;
  /** Fraction (0–1) of the distinct events (or fatalities) left after filters. */
  share: number;
}
