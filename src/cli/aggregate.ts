/// <reference types="node" />
import { stat } from 'node:fs/promises';
import { aggregateTimeline } from '../data/aggregate.js';
import { aliasActor } from '../data/aliases.js';
import { compareCodePoints } from '../data/compare-names.js';
import { DataError } from '../errors/data-error.js';
import type { ConflictEvent, DataFormat, EventFilters, SkippedRecord, TimelineGroupBy } from '../data/types.js';
import { toCSV } from '../export/to-csv.js';
import { en } from '../locale/en.js';
import { defaultSourceFor } from '../specs/labels.js';
import { VERSION } from '../version.js';
import { countingContext } from '../charts/definition.js';
import { readEvents } from '../charts/read-events.js';
import type { CountingOptions, ReadingOptions } from '../options/chart-options.js';
import { resolveCounting, resolveReading } from '../options/resolve.js';
import { readTable, sourceName, type DataSource } from './read.js';

/*
 * The pre-aggregated table the elements read through `value-field`: counts by month and
 * country (and pair of actors, or event type), made with the elements' own readers, filters,
 * aliases and counting rules. ACLED's terms forbid publishing its raw rows; these counts are
 * what a page can carry instead.
 *
 * By actor, a row counts the events of one month and country with the same first and second
 * actor (`actor1`, `actor2`, read back with `actor-field="actor1,actor2"`): an event with two
 * actors stays one event, so totals, "Other", shares and stacks come out as from the raw rows,
 * and actor role and civilians are still chosen when drawing. (Actors after the second, which
 * only merged monadic ACLED records have, are not kept.)
 *
 * Its second line is a provenance row whose first cell starts with `#`: the readers drop such
 * rows (they take them for HXL hashtag rows) without counting them as records, so the file
 * reads back with `date-field="month" value-field="events"` and no skipped rows.
 */

/** The third column of the table, if any. */
export type AggregateSplit = 'actor' | 'event-type';

/** Actor role and civilians are not options here: a table by actor keeps both, for the chart to choose. */
export interface AggregateFileOptions
  extends DataSource, ReadingOptions, Omit<CountingOptions, 'actorRole' | 'includeCivilians'> {
  /** `month,country` (default), `month,country,actor` or `month,country,event-type`. */
  by?: string | readonly string[];
  /** The credit line for the provenance row; defaults from the detected dataset. */
  source?: string;
  /** When the data was accessed (`YYYY-MM-DD`); defaults to a file's modification date, else today. */
  accessed?: string;
  /** Leave out the provenance row (default false). */
  bare?: boolean;
}

/** One row of the table. */
export interface AggregatedRow {
  /** `YYYY-MM` */
  month: string;
  country: string;
  /** The event's first and second actor (display names; '' for none), with `--by month,country,actor`. */
  actor1?: string;
  actor2?: string;
  event_type?: string;
  events?: number;
  fatalities?: number;
}

export interface AggregateResult {
  /** The table as CSV text (through `toCSV`: quoted and safe to open in a spreadsheet). */
  csv: string;
  rows: AggregatedRow[];
  /** Column names, in order: `month`, `country`, then `actor1` and `actor2` or `event_type`, then the measure. */
  columns: string[];
  /** The provenance row's text (without its leading `# `). */
  provenance: string;
  skipped: SkippedRecord[];
  format: DataFormat;
  /** Data records read (header excluded). */
  recordsRead: number;
  /** Records skipped per reason, in the order first met (what the CLI reports). */
  skippedCounts?: { reason: string; records: number }[];
  /** Which engine counted: `js`, or `duckdb` (which lists no record numbers in `skipped`). */
  engine?: 'js' | 'duckdb';
}

/** The `--by` list checked: month, country, and actor or event type. */
export function parseBy(by: string | readonly string[] | undefined): AggregateSplit | null {
  const items = (typeof by === 'string' ? by.split(',') : (by ?? ['month', 'country']))
    .map((item) => item.trim().toLowerCase().replace(/_/g, '-'))
    .filter(Boolean);
  const [month, country, split, ...rest] = items;
  const valid =
    month === 'month' &&
    country === 'country' &&
    rest.length === 0 &&
    (split === undefined || split === 'actor' || split === 'event-type');
  if (!valid) {
    throw new DataError(`--by "${items.join(',')}" is not one of: month,country; month,country,actor; month,country,event-type.`);
  }
  return (split as AggregateSplit | undefined) ?? null;
}

/**
 * Counts a file (or text, or rows) by month and country, and optionally actor or event type,
 * as the elements count it; returns the table as CSV with its provenance row.
 * @throws {DataError} for data or options the elements would refuse.
 */
export async function aggregateFile(options: AggregateFileOptions): Promise<AggregateResult> {
  const split = parseBy(options.by);
  const measure = options.measure === 'fatalities' ? 'fatalities' : 'events';
  const reading = resolveReading({ ...options, measure });
  const countingOptions = resolveCounting({ ...options, measure });
  for (const key of ['from', 'to'] as const) {
    if (countingOptions.filters[key]?.precision === 'day') {
      throw new DataError(
        `--${key} ${options[key]} names a day, but the table counts whole months: write it as ${String(options[key]).slice(0, 7)} or a year.`,
      );
    }
  }
  const accessed = await accessDate(options);
  const table = await readTable(options);
  const normalized = readEvents(table, reading, Boolean(countingOptions.filters.countries));
  // Every group kept: top 0 means no "Other".
  const counting = { ...countingContext(countingOptions, normalized.format, en), top: 0 };
  const groupBy: TimelineGroupBy = split === 'event-type' ? 'event-type' : 'none';
  const splitColumns = split === 'actor' ? ['actor1', 'actor2'] : split === 'event-type' ? ['event_type'] : [];

  // Events are counted in parts of the same country (and, by actor, the same pair of actors),
  // each by the library's own aggregateTimeline: the table keeps events without a country (as
  // ''), never merges two spellings of a country the way the case-insensitive filter would,
  // and keeps an event's actors together, so an event with two actors still counts once in a
  // chart's total, in "Other" and in actor shares.
  const parts = new Map<string, { columns: string[]; events: ConflictEvent[] }>();
  for (const event of normalized.events) {
    const columns = [event.country];
    if (split === 'actor') columns.push(...[0, 1].map((i) => aliasActor(event.actors[i] ?? '', counting.aliases)));
    const key = columns.join('\u0000');
    let part = parts.get(key);
    if (!part) parts.set(key, (part = { columns, events: [] }));
    part.events.push(event);
  }
  const rows: AggregatedRow[] = [];
  const timeline = { ...counting, interval: 'month' as const, groupBy };
  for (const { columns, events } of parts.values()) {
    // Which months (and event types) have any event: a row with 0 fatalities still has a bar.
    const counted = aggregateTimeline(
      events.map((event) => ({ ...event, value: 1, preAggregated: false })),
      { ...timeline, measure: 'events' },
    );
    const values = new Map<string, number>();
    for (const row of aggregateTimeline(events, timeline)) values.set(`${row.period}\u0000${row.group ?? ''}`, row.value);
    for (const row of counted) {
      if (!(row.value > 0)) continue;
      const out: AggregatedRow = { month: row.period.slice(0, 7), country: columns[0] };
      if (split === 'actor') [out.actor1, out.actor2] = columns.slice(1);
      if (split === 'event-type') out.event_type = row.group ?? '';
      out[measure] = values.get(`${row.period}\u0000${row.group ?? ''}`) ?? 0;
      rows.push(out);
    }
  }
  const key = (row: AggregatedRow) => [
    row.month,
    row.country,
    ...splitColumns.map((c) => String(row[c as keyof AggregatedRow] ?? '')),
  ];
  // By code point, as SQL engines order text: `conflict-charts sql` gives the same order.
  rows.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return compareCodePoints(ka[i], kb[i]);
    return 0;
  });

  const columns = ['month', 'country', ...splitColumns, measure];
  const provenance = provenanceText(options, countingOptions.filters, {
    format: normalized.format,
    split,
    measure,
    accessed,
    name: sourceName(options),
    records: normalized.recordsRead,
    skipped: normalized.skipped.length,
  });
  const comment = options.bare ? [] : [{ month: `# ${provenance}` }];
  return {
    csv: toCSV([...comment, ...rows], columns),
    rows,
    columns,
    provenance,
    skipped: normalized.skipped,
    format: normalized.format,
    recordsRead: normalized.recordsRead,
    engine: 'js',
  };
}

/** `YYYY-MM-DD`: as given, else a local file's modification date, else today (UTC). */
export async function accessDate(options: AggregateFileOptions): Promise<string> {
  if (options.accessed) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(options.accessed))
      throw new DataError(`--accessed "${options.accessed}" is not a date: write it as 2025-07-31.`);
    return options.accessed;
  }
  const src = options.src;
  if (src && src !== '-' && !/^https?:\/\//i.test(src)) {
    try {
      return (await stat(src)).mtime.toISOString().slice(0, 10);
    } catch {
      // readTable reports a missing file.
    }
  }
  return new Date().toISOString().slice(0, 10);
}

export function provenanceText(
  options: AggregateFileOptions,
  filters: EventFilters,
  facts: {
    format: DataFormat;
    split: AggregateSplit | null;
    measure: string;
    accessed: string;
    name: string;
    records: number;
    skipped: number;
  },
): string {
  const dataset = facts.format === 'generic' ? '' : ` (${facts.format.toUpperCase()} format)`;
  const source = options.source || defaultSourceFor(facts.format, en) || `Data: ${facts.name}`;
  const kept = [
    options.from !== undefined && `from ${options.from}`,
    options.to !== undefined && `to ${options.to}`,
    filters.countries && `countries ${filters.countries.join(', ')}`,
    filters.actors && `actors ${filters.actors.join(', ')}`,
    filters.eventTypes && `event types ${filters.eventTypes.join(', ')}`,
  ].filter(Boolean);
  const by = [
    'month',
    'country',
    ...(facts.split ? [facts.split === 'actor' ? 'first and second actor' : 'event type'] : []),
  ].join(', ');
  const aliases = options.aliases ? 'built-in and custom aliases' : 'built-in aliases';
  const read = `date-field="month" value-field="${facts.measure}"${facts.split === 'actor' ? ' actor-field="actor1,actor2"' : ''}`;
  return [
    `Source: ${source}`,
    `Accessed: ${facts.accessed}`,
    `Counted: ${facts.measure} by ${by}${facts.split === 'actor' ? ` (${aliases} applied)` : ''}`,
    `Filters: ${kept.length ? kept.join('; ') : 'none'}`,
    `From ${facts.name}${dataset}: ${facts.records.toLocaleString('en')} records read, ${facts.skipped.toLocaleString('en')} skipped`,
    `Made by conflict-charts ${VERSION}; read with ${read}`,
  ].join(' | ');
}
