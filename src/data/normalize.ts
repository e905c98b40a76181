import { acledReader } from './formats/acled.js';
import { detectFormat } from './formats/detect.js';
import { genericReader } from './formats/generic.js';
import type { RowReader } from './formats/read-row.js';
import { ucdpReader } from './formats/ucdp.js';
import { isHxlRecord } from './hxl.js';
import type { ConflictEvent, NormalizeOptions, NormalizeResult, Precision, RawRow, SkippedRecord } from './types.js';

const COARSENESS: Record<Precision, number> = { day: 0, month: 1, year: 2 };

/**
 * Turns parsed rows into events. Every data record ends up either as an event or in `skipped`
 * with its 1-based record number and a reason from `skip-reasons.ts`, except ACLED records that
 * repeat an earlier `event_id_cnty` (monadic exports): those are merged into the first (actors
 * joined, fatalities counted once) and counted in `mergedRecords`.
 * HXL hashtag rows are not records and are not counted.
 *
 * @throws {DataError} when no date column can be found or a mapped column is missing; the
 * message names the columns found and the attributes to set.
 */
export function normalizeRows(rows: RawRow[], columns: string[], options: NormalizeOptions = {}): NormalizeResult {
  const format = !options.format || options.format === 'auto' ? detectFormat(columns) : options.format;
  const readOptions = { requireCountry: options.requireCountry, requireFatalities: options.requireFatalities };
  const makeReader = format === 'acled' ? acledReader : format === 'ucdp' ? ucdpReader : genericReader;
  const read: RowReader = makeReader(columns, options.fields, readOptions);
  const preAggregated = Boolean(options.fields?.value);
  const mergeById = format === 'acled' && !preAggregated;

  const events: ConflictEvent[] = [];
  const skipped: SkippedRecord[] = [];
  const byId = new Map<string, ConflictEvent>();
  let record = 0;
  let mergedRecords = 0;
  let coarsest: Precision = 'day';

  for (const row of rows) {
    if (isHxlRecord(row, columns)) continue;
    record++;
    const outcome = read(row);
    if (typeof outcome === 'string') {
      skipped.push({ record, reason: outcome });
      continue;
    }
    if (mergeById && outcome.id !== undefined) {
      const first = byId.get(outcome.id);
      if (first) {
        for (const actor of outcome.actors) if (!first.actors.includes(actor)) first.actors.push(actor);
        mergedRecords++;
        continue;
      }
    }
    const event = outcome as ConflictEvent;
    event.record = record;
    if (mergeById && event.id !== undefined) byId.set(event.id, event);
    if (COARSENESS[event.precision] > COARSENESS[coarsest]) coarsest = event.precision;
    events.push(event);
  }

  return {
    events,
    skipped,
    format,
    recordsRead: record,
    mergedRecords,
    columns,
    preAggregated,
    coarsestPrecision: coarsest,
  };
}
