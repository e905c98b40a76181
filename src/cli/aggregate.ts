/// <reference types="node" />
import { stat } from 'node:fs/promises';
import { aggregateTimeline } from '../data/aggregate.js';
import { aliasActor } from '../data/aliases.js';
import { everyEvent, keptEvents } from '../data/kept-events.js';
import { checkInterval, extentOf, tableExtent } from '../data/time-bins.js';
import { compareCodePoints } from '../data/compare-names.js';
import { DataError } from '../errors/data-error.js';
import type { ConflictEvent, DataFormat, EventFilters, SkippedRecord, TimelineGroupBy } from '../data/types.js';
import { toCSV } from '../export/to-csv.js';
import { en } from '../locale/en.js';
import { defaultSourceFor } from '../specs/labels.js';
import { dayNumber, formatDay, nextBin } from '../util/dates.js';
import { VERSION } from '../version.js';
import { countingContext } from '../charts/definition.js';
import { readEvents } from '../charts/read-events.js';
import type { CountingOptions, ReadingOptions } from '../options/chart-options.js';
import type { Interval } from '../options/values.js';
import { aggregatePlan, filtersText } from './aggregate-plan.js';
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

import type { AggregateSplit } from './aggregate-plan.js';
export type { AggregateSplit } from './aggregate-plan.js';
export { parseBy } from './aggregate-plan.js';

/** Actor role and civilians are not options here: a table by actor keeps both, for the chart to choose. */
export interface AggregateFileOptions
  extends DataSource, ReadingOptions, Omit<CountingOptions, 'actorRole' | 'includeCivilians'> {
  /**
   * `month,country` (default), `month,country,actor` or `month,country,event-type`; `day`,
   * `week` (ISO weeks, from Monday), `quarter` or `year` may take the place of `month`.
   */
  by?: string | readonly string[];
  /** The first column's interval, as `--by` names it (`month` by default): `day`, `week`, `month`, `quarter` or `year`. */
  interval?: Interval;
  /** The credit line for the provenance row; defaults from the detected dataset. */
  source?: string;
  /** When the data was accessed (`YYYY-MM-DD`); defaults to a file's modification date, else today. */
  accessed?: string;
  /** Leave out the provenance row (default false). */
  bare?: boolean;
}

/** One row of the table: its first column is named after the interval. */
export interface AggregatedRow {
  /** `YYYY-MM` (by month, the default). */
  month?: string;
  /** `YYYY-MM-DD` (by day). */
  day?: string;
  /** `YYYY-MM-DD`, the week's Monday (by week). */
  week?: string;
  /** `YYYY-MM`, the quarter's first month (by quarter). */
  quarter?: string;
  /** `YYYY` (by year). */
  year?: string;
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
  /** Column names, in order: the interval (`month`), `country`, then `actor1` and `actor2` or `event_type`, then the measure. */
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

/**
 * Counts a file (or text, or rows) by month and country, and optionally actor or event type,
 * as the elements count it; returns the table as CSV with its provenance row.
 * @throws {DataError} for data or options the elements would refuse.
 */
export async function aggregateFile(options: AggregateFileOptions): Promise<AggregateResult> {
  const { interval, split, measure, reading, counting: countingOptions } = aggregatePlan(options);
  const accessed = await accessDate(options);
  const table = await readTable(options);
  const normalized = readEvents(table, reading, Boolean(countingOptions.filters.countries));
  // Every group kept: top 0 means no "Other".
  const counting = { ...countingContext(countingOptions, normalized.format, en), top: 0 };
  // A date coarser than the interval is refused before any part is counted, whichever part
  // holds it, so the message does not depend on the order of the rows (nor does the SQL's).
  const kept = keptEvents(normalized.table, counting.filters, counting.aliases);
  const extent = kept === everyEvent(normalized.table) ? tableExtent(normalized.table) : extentOf(normalized.table, kept);
  checkInterval(extent.coarsest, interval);
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
  const timeline = { ...counting, interval, groupBy };
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
      const out: AggregatedRow = { [interval]: periodText(row.period, interval), country: columns[0] };
      if (split === 'actor') [out.actor1, out.actor2] = columns.slice(1);
      if (split === 'event-type') out.event_type = row.group ?? '';
      out[measure] = values.get(`${row.period}\u0000${row.group ?? ''}`) ?? 0;
      rows.push(out);
    }
  }
  const key = (row: AggregatedRow) => [
    row[interval] ?? '',
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

  const columns = [interval, 'country', ...splitColumns, measure];
  const provenance = provenanceText(options, countingOptions.filters, {
    interval,
    format: normalized.format,
    split,
    measure,
    accessed,
    name: sourceName(options),
    records: normalized.recordsRead,
    skipped: normalized.skipped.length,
  });
  const comment = options.bare ? [] : [{ [interval]: `# ${provenance}` }];
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

/**
 * A period, from its first day (`YYYY-MM-DD`), as the table writes it: a day as it is, a week
 * by its Sunday, a month as `YYYY-MM`, a quarter by its last month, a year as `YYYY`. A row
 * then reads back (through `date-field`) as data up to its period's end, so a chart drawn from
 * the table does not mark its last week or quarter "to date".
 */
export function periodText(firstDay: string, interval: Interval): string {
  const [year, month, day] = firstDay.split('-').map(Number);
  const start = dayNumber(year, month, day);
  if (interval === 'week') return formatDay(start + 6);
  if (interval === 'quarter') return formatDay(nextBin(start, 'quarter') - 1).slice(0, 7);
  return interval === 'day' ? firstDay : firstDay.slice(0, interval === 'year' ? 4 : 7);
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
    interval?: Interval;
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
  const kept = filtersText(options, filters);
  const interval = facts.interval ?? 'month';
  const by = [
    interval,
    'country',
    ...(facts.split ? [facts.split === 'actor' ? 'first and second actor' : 'event type'] : []),
  ].join(', ');
  const aliases = options.aliases ? 'built-in and custom aliases' : 'built-in aliases';
  const read = [
    `date-field="${interval}" value-field="${facts.measure}"`,
    facts.split === 'actor' && 'actor-field="actor1,actor2"',
    interval !== 'month' && `interval="${interval}"`,
  ]
    .filter(Boolean)
    .join(' ');
  return [
    `Source: ${source}`,
    `Accessed: ${facts.accessed}`,
    `Counted: ${facts.measure} by ${by}${facts.split === 'actor' ? ` (${aliases} applied)` : ''}`,
    `Filters: ${kept.length ? kept.join('; ') : 'none'}`,
    `From ${facts.name}${dataset}: ${facts.records.toLocaleString('en')} records read, ${facts.skipped.toLocaleString('en')} skipped`,
    `Made by conflict-charts ${VERSION}; read with ${read}`,
  ].join(' | ');
}
