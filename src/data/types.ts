import type { EventFilters, FieldMapping } from '../options/chart-options.js';
import type { ActorRole, DataFormat, FormatOption, Measure } from '../options/values.js';
import type { Precision } from '../util/dates.js';

export type { CalendarDate, Precision } from '../util/dates.js';
export type { EventFilters, FieldMapping } from '../options/chart-options.js';
export type {
  ActorRole,
  BreakdownGroupBy,
  ComparisonGroupBy,
  DataFormat,
  FormatOption,
  Interval,
  MapGroupBy,
  TimelineMark,
  MapMark,
  Measure,
  TimelineGroupBy,
} from '../options/values.js';

/** A row as it arrives from CSV, JSON or an inline table: column name to raw value. */
export type RawRow = Record<string, unknown>;


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
  /** Skip events whose date is approximate (UCDP `date_prec` or ACLED `time_precision` above 1). */
  exactDates?: boolean;
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
  /**
   * Where the events happened, read again from each event's first record when a map asks (so
   * charts without one store no coordinates); `null` when the data has no latitude and longitude
   * columns, or the events came as objects.
   */
  readonly places: PlaceColumns | null;
  /**
   * The low and high fatality estimates, read again from each event's first record when a chart
   * draws them (`uncertainty="band"`); `null` when the data has no such columns.
   */
  readonly estimates: EstimateColumns | null;
  /**
   * Each event's first-level region (UCDP `adm_1`, ACLED `admin1`), read again from its first
   * record when a map with `boundaries` asks; absent or `null` without such a column.
   */
  readonly regions?: RegionColumn | null;
}

/** The column of the events' regions, and the record each event came from. */
export interface RegionColumn {
  readonly column: string;
  /** The first record of event `i`, as read. */
  row(event: number): RawRow | undefined;
}

/** The columns of the low and high fatality estimates (UCDP `low`, `high`), and the record each event came from. */
export interface EstimateColumns {
  readonly low: string;
  readonly high: string;
  /** The first record of event `i`, as read. */
  row(event: number): RawRow | undefined;
}

/** The columns a map reads locations from, and the record each event came from. */
export interface PlaceColumns {
  readonly format: DataFormat;
  readonly latitude: string;
  readonly longitude: string;
  /** UCDP `where_prec` or ACLED `geo_precision`: how exactly the point is known. */
  readonly precision?: string;
  /** An ISO 3166-1 numeric country code (ACLED `iso`). */
  readonly iso?: string;
  readonly place?: string;
  /** The first record of event `i`, as read. */
  row(event: number): RawRow | undefined;
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
  /**
   * Events counted whose date is approximate (UCDP `date_prec` or ACLED `time_precision` above 1):
   * they count on the date given; `date-precision="exact"` skips them instead.
   */
  approximateDates: number;
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


export interface TimelineRow {
  /** Bin start, `YYYY-MM-DD`. */
  period: string;
  group?: string;
  value: number;
  /** True for the last period when the data ends before it does ("July to date"). */
  partial?: boolean;
  /** With `uncertainty="band"`: the low and high fatality estimates summed (UCDP `low`, `high`). */
  low?: number;
  high?: number;
}

export interface ComparisonRow {
  country: string;
  group?: string;
  value: number;
  /** With `compare="previous"`: the count in the period of the same length just before the range. */
  previous?: number;
  /** With `uncertainty="band"`: the low and high fatality estimates summed (UCDP `low`, `high`). */
  low?: number;
  high?: number;
}

/**
 * One dot of `<conflict-map mark="points">` (a location, and a group when coloured by one), or
 * one country of `mark="countries"`.
 */
export interface MapRow {
  /** The country, as written in the data ('' for a dot whose event has none). */
  country: string;
  /** A dot's place: ACLED `location`, UCDP `where_coordinates`, else its coordinates. */
  place?: string;
  latitude?: number;
  longitude?: number;
  /** True for a dot whose location is approximate (UCDP `where_prec` 4–5, ACLED `geo_precision` 3). */
  approximate?: boolean;
  /** A country's ISO 3166-1 numeric code (`'854'`); absent when its name was not recognised. */
  iso?: string;
  group?: string;
  value: number;
  /** With `small-multiples`: the first day of the panel's period, `YYYY-MM-DD`. */
  period?: string;
  /** `mark="regions"`: the region as the data writes it ('' for events without one). */
  region?: string;
  /** `mark="regions"`: the `boundaries` feature it was matched to (its normalised name); absent when none matched. */
  regionKey?: string;
}

export interface BreakdownRow {
  actor: string;
  group?: string;
  value: number;
  /** Fraction (0–1) of the distinct events (or fatalities) left after filters. */
  share: number;
}
