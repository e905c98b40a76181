import { DATE_IS_MISSING, DATE_OK, DateCellReader, IdIndex, idOfCell, isHxlFast, numberOfCell, TextCodes } from './cells.js';
import { eventsFromTable, PRECISIONS } from './event-table.js';
import { acledPlan } from './formats/acled.js';
import type { ReaderPlan } from './formats/columns.js';
import { detectFormat } from './formats/detect.js';
import { genericPlan } from './formats/generic.js';
import { ucdpPlan } from './formats/ucdp.js';
import { rowReader, type RowSource } from './row-reader.js';
import {
  COUNTRY_MISSING,
  DATE_APPROXIMATE,
  DATE_MISSING,
  DATE_NOT_RECOGNIZED,
  FATALITIES_MISSING,
  FATALITIES_NOT_A_NUMBER,
  VALUE_MISSING,
  VALUE_NOT_A_NUMBER,
} from './skip-reasons.js';
import type { ConflictEvent, DataFormat, EventTable, NormalizeOptions, NormalizeResult, RawRow, SkippedRecord } from './types.js';

type Mutable<T, Keys extends keyof T> = Omit<T, Keys> & { -readonly [K in Keys]: T[K] };

/** Reads rows into an {@link EventTable} a slice at a time (for rows that arrive in chunks). */
export class EventTableBuilder {
  readonly format: DataFormat;
  private readonly columns: string[];
  private readonly plan: ReaderPlan['plan'];
  private readonly preAggregated: boolean;
  private readonly mergeById: boolean;
  private readonly requireCountry: boolean;
  private readonly requireFatalities: boolean;
  private readonly exactDates: boolean;

  private readonly dates = new DateCellReader();
  private readonly countries = new TextCodes();
  private readonly types: TextCodes;
  private readonly actors = new TextCodes(-1);
  private readonly ids = new IdIndex();
  private readonly emptyCountry: number;
  private readonly emptyType: number;

  private capacity: number;
  private count = 0;
  private record = 0;
  private mergedRecords = 0;
  private approximateDates = 0;
  private coarsest = 0;
  private readonly skipped: SkippedRecord[] = [];
  private recordCol: Int32Array;
  private dayCol: Int32Array;
  private precisionCol: Uint8Array;
  private countryCol: Int32Array;
  private typeCol: Int32Array;
  private actor1Col: Int32Array;
  private actor2Col: Int32Array;
  private fatalitiesCol: Float64Array;
  private valueCol: Float64Array;
  private readonly moreActors = new Map<number, number[]>();
  /** The row arrays added, to read ids, places and estimates from when asked. */
  private readonly sources: RowSource[] = [];
  /** Row numbers (0-based, over every row added) of HXL rows, which are not records. */
  private readonly hxlRows: number[] = [];
  private rowsAdded = 0;

  /** @throws {DataError} as {@link normalizeRows} does. */
  constructor(columns: string[], options: NormalizeOptions = {}, capacity = 1024) {
    this.format = !options.format || options.format === 'auto' ? detectFormat(columns) : options.format;
    const makePlan = this.format === 'acled' ? acledPlan : this.format === 'ucdp' ? ucdpPlan : genericPlan;
    const { plan, typeLabel } = makePlan(columns, options.fields);
    this.columns = columns;
    this.plan = plan;
    this.preAggregated = Boolean(options.fields?.value);
    this.mergeById = this.format === 'acled' && !this.preAggregated;
    this.requireCountry = Boolean(options.requireCountry);
    this.requireFatalities = Boolean(options.requireFatalities);
    this.exactDates = Boolean(options.exactDates);
    this.types = new TextCodes(undefined, typeLabel);
    this.emptyCountry = this.countries.code('');
    this.emptyType = this.types.code('');
    this.capacity = Math.max(16, capacity);
    this.recordCol = new Int32Array(this.capacity);
    this.dayCol = new Int32Array(this.capacity);
    this.precisionCol = new Uint8Array(this.capacity);
    this.countryCol = new Int32Array(this.capacity);
    this.typeCol = new Int32Array(this.capacity);
    this.actor1Col = new Int32Array(this.capacity);
    this.actor2Col = new Int32Array(this.capacity);
    this.fatalitiesCol = new Float64Array(this.capacity);
    this.valueCol = new Float64Array(this.capacity);
  }

  /** Reads `rows[from]` up to (not including) `rows[to]`, after the rows already added. */
  add(rows: readonly RawRow[], from = 0, to = rows.length): void {
    this.reserve(this.count + (to - from));
    if (to > from) this.sources.push({ rows, from, base: this.rowsAdded });
    const { date, country, type, fatalities, value, id, datePrecision } = this.plan;
    const [actor1, actor2] = this.plan.actors;
    const columns = this.columns;
    const firstColumn = columns[0];
    const { dates, countries, types, actors, ids, skipped, emptyCountry, emptyType, requireCountry, requireFatalities } = this;
    const mergeById = this.mergeById && id !== undefined;
    const recordCol = this.recordCol;
    const dayCol = this.dayCol;
    const precisionCol = this.precisionCol;
    const countryCol = this.countryCol;
    const typeCol = this.typeCol;
    const actor1Col = this.actor1Col;
    const actor2Col = this.actor2Col;
    const fatalitiesCol = this.fatalitiesCol;
    const valueCol = this.valueCol;
    let count = this.count;
    let record = this.record;
    let coarsest = this.coarsest;

    for (let r = from; r < to; r++) {
      const row = rows[r];
      if (isHxlFast(row, firstColumn, columns)) {
        this.hxlRows.push(this.rowsAdded + (r - from));
        continue;
      }
      record++;

      const dateStatus = dates.read(date === undefined ? undefined : row[date]);
      if (dateStatus !== DATE_OK) {
        skipped.push({ record, reason: dateStatus === DATE_IS_MISSING ? DATE_MISSING : DATE_NOT_RECOGNIZED });
        continue;
      }

      // UCDP `date_prec` and ACLED `time_precision` 1 is the day itself; above, a week, month or year.
      const approximate = datePrecision !== undefined && (numberOfCell(row[datePrecision]) ?? 1) > 1;
      if (approximate && this.exactDates) {
        skipped.push({ record, reason: DATE_APPROXIMATE });
        continue;
      }

      const countryCode = country === undefined ? emptyCountry : countries.code(row[country]);
      if (countryCode === emptyCountry && requireCountry) {
        skipped.push({ record, reason: COUNTRY_MISSING });
        continue;
      }

      let count1 = 1;
      if (value !== undefined) {
        const n = numberOfCell(row[value]);
        if (n === null) {
          skipped.push({ record, reason: VALUE_MISSING });
          continue;
        }
        if (Number.isNaN(n)) {
          skipped.push({ record, reason: VALUE_NOT_A_NUMBER });
          continue;
        }
        count1 = n;
      }

      let deaths = 0;
      if (fatalities !== undefined) {
        const n = numberOfCell(row[fatalities]);
        if (n === null) {
          if (requireFatalities) {
            skipped.push({ record, reason: FATALITIES_MISSING });
            continue;
          }
        } else if (Number.isNaN(n)) {
          if (requireFatalities) {
            skipped.push({ record, reason: FATALITIES_NOT_A_NUMBER });
            continue;
          }
        } else {
          deaths = n;
        }
      }

      let a1 = actor1 === undefined ? -1 : actors.code(row[actor1]);
      let a2 = actor2 === undefined ? -1 : actors.code(row[actor2]);
      if (a1 < 0) {
        a1 = a2;
        a2 = -1;
      }

      if (mergeById) {
        const idText = idOfCell(row[id]);
        if (idText !== undefined) {
          const first = ids.firstOrAdd(idText, count);
          if (first >= 0) {
            this.mergeActors(first, a1, a2);
            this.mergedRecords++;
            continue;
          }
        }
      }

      if (approximate) this.approximateDates++;
      recordCol[count] = record;
      dayCol[count] = dates.day;
      precisionCol[count] = dates.precision;
      if (dates.precision > coarsest) coarsest = dates.precision;
      countryCol[count] = countryCode;
      typeCol[count] = type === undefined ? emptyType : types.code(row[type]);
      actor1Col[count] = a1;
      actor2Col[count] = a2;
      fatalitiesCol[count] = deaths;
      valueCol[count] = count1;
      count++;
    }
    this.rowsAdded += to - from;
    this.count = count;
    this.record = record;
    this.coarsest = coarsest;
  }

  /** The events read so far, with what was skipped and detected. */
  finish(): NormalizeResult {
    const n = this.count;
    // A view when little is wasted, else a copy so the spare capacity can be freed.
    const fit = n >= this.capacity * 0.75;
    const cut = <T extends Int32Array | Uint8Array | Float64Array>(column: T): T =>
      (fit ? column.subarray(0, n) : column.slice(0, n)) as T;
    const table: Mutable<EventTable, 'id' | 'places' | 'estimates' | 'regions'> = {
      length: n,
      record: cut(this.recordCol),
      day: cut(this.dayCol),
      precision: cut(this.precisionCol),
      country: cut(this.countryCol),
      countryNames: this.countries.dictionary.names,
      eventType: cut(this.typeCol),
      eventTypeNames: this.types.dictionary.names,
      actor1: cut(this.actor1Col),
      actor2: cut(this.actor2Col),
      moreActors: this.moreActors,
      actorNames: this.actors.dictionary.names,
      fatalities: cut(this.fatalitiesCol),
      value: cut(this.valueCol),
      preAggregated: this.preAggregated ? new Uint8Array(n).fill(1) : null,
      id: null,
      places: null,
      estimates: null,
    };
    const row = rowReader(this.sources, this.hxlRows, table.record);
    const { id, latitude, longitude, locationPrecision: precision, iso, place, low, high, region } = this.plan;
    if (id !== undefined) table.id = (event) => idOfCell(row(event)?.[id]);
    if (latitude !== undefined && longitude !== undefined) table.places = { format: this.format, latitude, longitude, precision, iso, place, row };
    if (low !== undefined && high !== undefined) table.estimates = { low, high, row };
    if (region !== undefined) table.regions = { column: region, row };
    let events: ConflictEvent[] | undefined;
    return {
      table,
      get events() {
        return (events ??= eventsFromTable(table));
      },
      skipped: this.skipped,
      format: this.format,
      recordsRead: this.record,
      mergedRecords: this.mergedRecords,
      columns: this.columns,
      preAggregated: this.preAggregated,
      coarsestPrecision: PRECISIONS[this.coarsest],
      approximateDates: this.approximateDates,
    };
  }

  /** Adds the actors of a repeated record to the first event with its id, each once. */
  private mergeActors(event: number, a1: number, a2: number): void {
    for (const code of [a1, a2]) {
      if (code < 0) continue;
      const first = this.actor1Col[event];
      const second = this.actor2Col[event];
      const more = this.moreActors.get(event);
      if (code === first || code === second || more?.includes(code)) continue;
      if (first < 0) this.actor1Col[event] = code;
      else if (second < 0) this.actor2Col[event] = code;
      else if (more) more.push(code);
      else this.moreActors.set(event, [code]);
    }
  }

  private reserve(needed: number): void {
    if (needed <= this.capacity) return;
    let capacity = this.capacity;
    while (capacity < needed) capacity *= 2;
    const grow = <T extends Int32Array | Uint8Array | Float64Array>(column: T, make: new (n: number) => T): T => {
      const grown = new make(capacity);
      grown.set(column);
      return grown;
    };
    this.recordCol = grow(this.recordCol, Int32Array);
    this.dayCol = grow(this.dayCol, Int32Array);
    this.precisionCol = grow(this.precisionCol, Uint8Array);
    this.countryCol = grow(this.countryCol, Int32Array);
    this.typeCol = grow(this.typeCol, Int32Array);
    this.actor1Col = grow(this.actor1Col, Int32Array);
    this.actor2Col = grow(this.actor2Col, Int32Array);
    this.fatalitiesCol = grow(this.fatalitiesCol, Float64Array);
    this.valueCol = grow(this.valueCol, Float64Array);
    this.capacity = capacity;
  }
}

