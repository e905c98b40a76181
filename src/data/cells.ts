/**
 * Fast readers for the cells the normaliser reads on every row. Each gives exactly what the
 * general functions give (`parseCalendarDate`, `parseNumber`, `cellText`), and takes a
 * shortcut for the common case: a `YYYY-MM-DD` date read from its character codes, a count
 * written as plain digits, a name already seen.
 */
import { daysInMonth, dayNumber, parseCalendarDate, periodStart } from '../util/dates.js';
import { Dictionary, PRECISION_CODES } from './event-table.js';
import { parseNumber } from './numbers.js';
import { isHxlRecord } from './hxl.js';
import type { RawRow } from './types.js';

/** A cell as trimmed text; `null` and `undefined` are ''. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  return (typeof value === 'string' ? value : String(value)).trim();
}

export const DATE_OK = 0;
export const DATE_IS_MISSING = 1;
export const DATE_IS_UNRECOGNIZED = 2;

/** Cached results of the general date parser kept at most (a file has few distinct dates). */
const DATE_CACHE_LIMIT = 20000;

/** Reads date cells into day numbers; `day` and `precision` hold the last date read. */
export class DateCellReader {
  day = 0;
  precision = 0;
  /** Text → day * 4 + precision, or NaN when no date. */
  private readonly cache = new Map<string, number>();

  /** Reads a cell: {@link DATE_OK} (then see `day`, `precision`), or why there is no date. */
  read(cell: unknown): number {
    if (typeof cell === 'string' && cell.length === 10) {
      const result = this.readIso(cell);
      if (result >= 0) return result;
    }
    if (typeof cell === 'number') return this.readGeneral(cell);
    const text = cellText(cell);
    if (text === '') return DATE_IS_MISSING;
    let encoded = this.cache.get(text);
    if (encoded === undefined) {
      const parsed = parseCalendarDate(text);
      encoded = parsed === null ? NaN : periodStart(parsed) * 4 + PRECISION_CODES[parsed.precision];
      if (this.cache.size >= DATE_CACHE_LIMIT) this.cache.clear();
      this.cache.set(text, encoded);
    }
    if (Number.isNaN(encoded)) return DATE_IS_UNRECOGNIZED;
    this.precision = encoded & 3;
    this.day = (encoded - this.precision) / 4;
    return DATE_OK;
  }

  private readGeneral(value: number): number {
    const parsed = parseCalendarDate(value);
    if (parsed === null) return DATE_IS_UNRECOGNIZED;
    this.day = periodStart(parsed);
    this.precision = PRECISION_CODES[parsed.precision];
    return DATE_OK;
  }

  /** `YYYY-MM-DD` or `YYYY/MM/DD` from character codes; -1 when the text has another shape. */
  private readIso(s: string): number {
    const y0 = s.charCodeAt(0) - 48;
    const y1 = s.charCodeAt(1) - 48;
    const y2 = s.charCodeAt(2) - 48;
    const y3 = s.charCodeAt(3) - 48;
    const s1 = s.charCodeAt(4);
    const m0 = s.charCodeAt(5) - 48;
    const m1 = s.charCodeAt(6) - 48;
    const s2 = s.charCodeAt(7);
    const d0 = s.charCodeAt(8) - 48;
    const d1 = s.charCodeAt(9) - 48;
    if (
      y0 >>> 0 > 9 || y1 >>> 0 > 9 || y2 >>> 0 > 9 || y3 >>> 0 > 9 ||
      m0 >>> 0 > 9 || m1 >>> 0 > 9 || d0 >>> 0 > 9 || d1 >>> 0 > 9 ||
      (s1 !== 45 && s1 !== 47) ||
      (s2 !== 45 && s2 !== 47)
    ) {
      return -1;
    }
    const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
    const month = m0 * 10 + m1;
    const day = d0 * 10 + d1;
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return DATE_IS_UNRECOGNIZED;
    const m = (year - MONTH_TABLE_FIRST_YEAR) * 12 + month - 1;
    if (m >= 0 && m < MONTH_STARTS.length) {
      let start = MONTH_STARTS[m];
      if (start === NO_START) start = MONTH_STARTS[m] = dayNumber(year, month, 1);
      this.day = start + day - 1;
    } else {
      this.day = dayNumber(year, month, day);
    }
    this.precision = 0;
    return DATE_OK;
  }
}

/** Day numbers of the first of each month from 1900 to 2099, filled as they are needed. */
const MONTH_TABLE_FIRST_YEAR = 1900;
const NO_START = -0x7fffffff;
const MONTH_STARTS = new Int32Array(200 * 12).fill(NO_START);

/**
 * {@link parseNumber} with a shortcut for plain digits (`'0'`, `'12'`): a finite number,
 * `null` for a missing cell, `NaN` for text that is not a number.
 */
export function numberOfCell(cell: unknown): number | null {
  if (typeof cell === 'string') {
    const n = cell.length;
    if (n > 0 && n < 10) {
      let value = 0;
      let i = 0;
      for (; i < n; i++) {
        const digit = cell.charCodeAt(i) - 48;
        if (digit >>> 0 > 9) break;
        value = value * 10 + digit;
      }
      if (i === n) return value;
    }
  } else if (typeof cell === 'number' && Number.isFinite(cell)) {
    return cell;
  }
  return parseNumber(cell);
}

/** Cells remembered per column at most before the cell → code cache stops growing. */
const CELL_CACHE_LIMIT = 50000;

/**
 * Dictionary-encodes a text column: the code of a cell's trimmed text (after `label`, when
 * given, for non-empty text). Cells already seen cost one map lookup.
 */
export class TextCodes {
  readonly dictionary = new Dictionary();
  private readonly byCell = new Map<unknown, number>();
  private lastCell: unknown = undefined;
  private lastCode: number;

  /**
   * @param emptyCode the code of empty text, or `undefined` to store '' as a name like any other.
   * @param label turns non-empty text into the name stored.
   */
  constructor(
    private readonly emptyCode?: number,
    private readonly label?: (text: string) => string,
  ) {
    this.lastCode = this.codeOfText('');
  }

  code(cell: unknown): number {
    if (cell === this.lastCell) return this.lastCode;
    let code = this.byCell.get(cell);
    if (code === undefined) {
      code = this.codeOfText(cellText(cell));
      if (this.byCell.size < CELL_CACHE_LIMIT) this.byCell.set(cell, code);
    }
    this.lastCell = cell;
    this.lastCode = code;
    return code;
  }

  private codeOfText(text: string): number {
    if (text === '' && this.emptyCode !== undefined) return this.emptyCode;
    return this.dictionary.code(text !== '' && this.label ? this.label(text) : text);
  }
}

/** Entries a per-prefix id table may have before ids of that prefix go to a plain map. */
const ID_TABLE_LIMIT = 1 << 22;

/**
 * Finds repeated event ids (`event_id_cnty`) among a million rows without a map entry per id:
 * ids shaped like ACLED's (`BFO12345`: three letters, then a number without leading zeros)
 * index a typed array per prefix; any other id goes to a map.
 */
export class IdIndex {
  /** Per three-letter prefix (6 bits a letter), its slot table + 1; 0 when none yet. */
  private readonly prefixSlot = new Int32Array(1 << 18);
  /** Per prefix, event index + 1 by number; 0 when the id has not been seen. */
  private readonly tables: Int32Array[] = [];
  private readonly others = new Map<string, number>();

  /** The event first recorded with `id`; when none, records `event` for it and returns -1. */
  firstOrAdd(id: string, event: number): number {
    const n = id.length;
    if (n > 3 && n < 13) {
      const c0 = id.charCodeAt(0);
      const c1 = id.charCodeAt(1);
      const c2 = id.charCodeAt(2);
      const c3 = id.charCodeAt(3);
      if (isLetter(c0) && isLetter(c1) && isLetter(c2) && c3 > 48 && c3 <= 57) {
        let number = c3 - 48;
        let i = 4;
        for (; i < n; i++) {
          const digit = id.charCodeAt(i) - 48;
          if (digit >>> 0 > 9) break;
          number = number * 10 + digit;
        }
        if (i === n && number < ID_TABLE_LIMIT) {
          const prefix = ((c0 & 63) << 12) | ((c1 & 63) << 6) | (c2 & 63);
          let slot = this.prefixSlot[prefix] - 1;
          if (slot < 0) {
            slot = this.tables.push(new Int32Array(1024)) - 1;
            this.prefixSlot[prefix] = slot + 1;
          }
          let table = this.tables[slot];
          if (number >= table.length) {
            let size = table.length;
            while (size <= number) size *= 2;
            const grown = new Int32Array(size);
            grown.set(table);
            this.tables[slot] = table = grown;
          }
          const first = table[number] - 1;
          if (first < 0) table[number] = event + 1;
          return first;
        }
      }
    }
    const first = this.others.get(id);
    if (first !== undefined) return first;
    this.others.set(id, event);
    return -1;
  }
}

function isLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

export function isHxlFast(row: RawRow, firstColumn: string | undefined, columns: string[]): boolean {
  if (firstColumn !== undefined) {
    const cell = row[firstColumn];
    if (typeof cell === 'string' && cell.length > 0) {
      const c = cell.charCodeAt(0);
      // A printable ASCII character is not trimmed away: it starts the cell's text.
      if (c > 32 && c < 127) return c === 35;
    } else if (typeof cell === 'number') {
      return false;
    }
  }
  return isHxlRecord(row, columns);
}

/** An id cell as text, floats written for integers (`237272.0`) without the `.0`; empty → undefined. */
export function idOfCell(cell: unknown): string | undefined {
  if (typeof cell === 'string' && cell.length > 0) {
    const first = cell.charCodeAt(0);
    const last = cell.charCodeAt(cell.length - 1);
    if (first > 32 && first < 127 && last > 32 && last < 127 && (last !== 48 || cell.indexOf('.') < 0)) return cell;
  }
  const text = cellText(cell).replace(/^(\d+)\.0+$/, '$1');
  return text === '' ? undefined : text;
}

