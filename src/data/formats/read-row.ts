import { cellText } from '../cells.js';
import { parseCalendarDate, periodStart } from '../../util/dates.js';
import { parseNumber } from '../numbers.js';
import {
  COUNTRY_MISSING,
  DATE_MISSING,
  DATE_NOT_RECOGNISED,
  FATALITIES_MISSING,
  FATALITIES_NOT_A_NUMBER,
  VALUE_MISSING,
  VALUE_NOT_A_NUMBER,
  type SkipReason,
} from '../skip-reasons.js';
import type { ConflictEvent, RawRow } from '../types.js';
import type { ColumnPlan } from './columns.js';

/** An event before it is given its record number. */
export type EventDraft = Omit<ConflictEvent, 'record'>;

/** What reading one row gives: an event, or the reason it cannot be used. */
export type RowOutcome = EventDraft | SkipReason;

/** Reads one data row. */
export type RowReader = (row: RawRow) => RowOutcome;

/** The columns a format reads each field from, and how it labels raw event types. */
export interface ReaderPlan {
  plan: ColumnPlan;
  /** Turns a non-empty raw event-type cell into the label shown (UCDP codes). */
  typeLabel?: (raw: string) => string;
}

/** Which missing or invalid cells make a row unusable rather than empty. */
export interface ReadOptions {
  requireCountry?: boolean;
  requireFatalities?: boolean;
}

/** A cell as trimmed text (from cells.ts, kept here for existing imports). */
export { cellText };

/**
 * Builds the reader for rows whose fields sit in the plan's columns. `typeLabel` turns a raw
 * event-type cell into the label shown (UCDP codes); ids written as floats (`237272.0`) lose
 * the `.0`.
 */
export function rowReader(plan: ColumnPlan, options: ReadOptions, typeLabel?: (raw: string) => string): RowReader {
  const { date, country, actors, type, fatalities, value, id } = plan;
  return (row) => {
    const dateCell = date === undefined ? undefined : row[date];
    if (cellText(dateCell) === '') return DATE_MISSING;
    const parsed = parseCalendarDate(typeof dateCell === 'number' ? dateCell : cellText(dateCell));
    if (parsed === null) return DATE_NOT_RECOGNISED;

    const countryText = country === undefined ? '' : cellText(row[country]);
    if (countryText === '' && options.requireCountry) return COUNTRY_MISSING;

    let count = 1;
    if (value !== undefined) {
      const n = parseNumber(row[value]);
      if (n === null) return VALUE_MISSING;
      if (Number.isNaN(n)) return VALUE_NOT_A_NUMBER;
      count = n;
    }

    let deaths = 0;
    if (fatalities !== undefined) {
      const n = parseNumber(row[fatalities]);
      if (n === null && options.requireFatalities) return FATALITIES_MISSING;
      if (n !== null && Number.isNaN(n) && options.requireFatalities) return FATALITIES_NOT_A_NUMBER;
      if (n !== null && !Number.isNaN(n)) deaths = n;
    }

    const names: string[] = [];
    for (const column of actors) {
      const name = cellText(row[column]);
      if (name !== '') names.push(name);
    }
    const rawType = type === undefined ? '' : cellText(row[type]);
    const event: EventDraft = {
      day: periodStart(parsed),
      precision: parsed.precision,
      country: countryText,
      actors: names,
      eventType: typeLabel && rawType !== '' ? typeLabel(rawType) : rawType,
      fatalities: deaths,
      value: count,
    };
    if (value !== undefined) event.preAggregated = true;
    const idText = id === undefined ? '' : cellText(row[id]).replace(/^(\d+)\.0+$/, '$1');
    if (idText !== '') event.id = idText;
    return event;
  };
}
