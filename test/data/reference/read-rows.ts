/*
 * Rows → events, one object per record, as the README's "Counting rules" and "Data formats
 * read" describe them: HXL rows are not records, a record is skipped for the first reason that
 * applies, and ACLED's monadic records are merged by id.
 */
import type { ConflictEvent, DataFormat, NormalizeOptions, Precision, RawRow, SkippedRecord } from '../../../src/data/types.js';
import { readDate, readNumber, textOf } from './cells.js';
import { columnsToRead, detectFormat, type Columns } from './columns.js';

export interface ReferenceNormalizeResult {
  events: ConflictEvent[];
  skipped: SkippedRecord[];
  format: DataFormat;
  recordsRead: number;
  mergedRecords: number;
  columns: string[];
  preAggregated: boolean;
  coarsestPrecision: Precision;
}

/** UCDP `type_of_violence` codes. */
const VIOLENCE_TYPES = new Map([
  [1, 'State-based conflict'],
  [2, 'Non-state conflict'],
  [3, 'One-sided violence'],
]);

const PRECISIONS_FINEST_FIRST: Precision[] = ['day', 'month', 'year'];

/** Whether a row is HDX's HXL hashtag row: its first non-empty cell, in column order, starts with `#`. */
function isHxlTagRow(row: RawRow, columns: string[]): boolean {
  const cells = columns.length > 0 ? columns.map((column) => row[column]) : Object.values(row);
  const firstText = cells.map(textOf).find((text) => text !== '');
  return firstText !== undefined && firstText.startsWith('#');
}

/** An event id as text: trimmed, a float's `.0` dropped (`237272.0` → `237272`); `undefined` when empty. */
function idOf(cell: unknown): string | undefined {
  const text = textOf(cell);
  const integerWrittenAsFloat = /^(\d+)\.0+$/.exec(text);
  const id = integerWrittenAsFloat ? integerWrittenAsFloat[1] : text;
  return id === '' ? undefined : id;
}

/** An event read from one record (still without its record number), or why the record is skipped. */
function readRecord(row: RawRow, read: Columns, options: NormalizeOptions): Omit<ConflictEvent, 'record'> | string {
  const date = readDate(read.date === undefined ? undefined : row[read.date]);
  if (date === 'missing') return 'date missing';
  if (date === 'unrecognised') return 'date not recognised';

  const country = read.country === undefined ? '' : textOf(row[read.country]);
  if (country === '' && options.requireCountry) return 'country missing';

  let value = 1;
  if (read.value !== undefined) {
    const count = readNumber(row[read.value]);
    if (count === 'missing') return 'value missing';
    if (count === 'not a number') return 'value not a number';
    value = count;
  }

  const deaths = read.fatalities === undefined ? 'missing' : readNumber(row[read.fatalities]);
  if (read.fatalities !== undefined && typeof deaths === 'string' && options.requireFatalities) {
    return deaths === 'missing' ? 'fatalities missing' : 'fatalities not a number';
  }

  const rawType = read.type === undefined ? '' : textOf(row[read.type]);
  const code = readNumber(rawType);
  const eventType = read.typeIsViolenceCode && typeof code === 'number' ? (VIOLENCE_TYPES.get(code) ?? rawType) : rawType;

  const event: Omit<ConflictEvent, 'record'> = {
    day: date.day,
    precision: date.precision,
    country,
    actors: read.actors.map((column) => textOf(row[column])).filter((name) => name !== ''),
    eventType,
    fatalities: typeof deaths === 'number' ? deaths : 0,
    value,
  };
  if (read.value !== undefined) event.preAggregated = true;
  const id = read.id === undefined ? undefined : idOf(row[read.id]);
  if (id !== undefined) event.id = id;
  return event;
}

/**
 * Reads rows as the fast path's `normalizeRows` must: every record becomes an event, a merge
 * into an earlier event, or a skip with its 1-based record number and reason.
 * @throws {DataError} as {@link columnsToRead} does.
 */
export function referenceNormalizeRows(rows: RawRow[], columns: string[], options: NormalizeOptions = {}): ReferenceNormalizeResult {
  const format = !options.format || options.format === 'auto' ? detectFormat(columns) : options.format;
  const read = columnsToRead(format, columns, options.fields);
  const preAggregated = Boolean(options.fields?.value);
  const mergesMonadicRecords = format === 'acled' && !preAggregated;

  const events: ConflictEvent[] = [];
  const skipped: SkippedRecord[] = [];
  const eventById = new Map<string, ConflictEvent>();
  let record = 0;
  let mergedRecords = 0;
  for (const row of rows) {
    if (isHxlTagRow(row, columns)) continue;
    record++;
    const outcome = readRecord(row, read, options);
    if (typeof outcome === 'string') {
      skipped.push({ record, reason: outcome });
      continue;
    }
    const earlier = mergesMonadicRecords && outcome.id !== undefined ? eventById.get(outcome.id) : undefined;
    if (earlier) {
      for (const actor of outcome.actors) if (!earlier.actors.includes(actor)) earlier.actors.push(actor);
      mergedRecords++;
      continue;
    }
    const event: ConflictEvent = { record, ...outcome };
    if (mergesMonadicRecords && event.id !== undefined) eventById.set(event.id, event);
    events.push(event);
  }

  const coarsestIndex = events.reduce((coarsest, e) => Math.max(coarsest, PRECISIONS_FINEST_FIRST.indexOf(e.precision)), 0);
  return {
    events,
    skipped,
    format,
    recordsRead: record,
    mergedRecords,
    columns,
    preAggregated,
    coarsestPrecision: PRECISIONS_FINEST_FIRST[coarsestIndex],
  };
}
