import { detectDelimiter, rowMaker, type ParsedTable } from './parse-table.js';
import type { RawRow } from './types.js';

const QUOTE = 34;
const NEWLINE = 10;
const RETURN = 13;

/**
 * Reads CSV or TSV text that arrives in pieces, a slice of records at a time, into the rows
 * and columns {@link parseTable} gives for the whole text: the same tokens as d3-dsv's
 * `parseRows` (RFC 4180 quotes, CRLF, its handling of the last line), the same delimiter
 * (`sep=` line, else the most frequent of comma, semicolon and tab in the header line), the
 * same header, blank-row and HXL rules. Nothing waits for the whole file, so a 30 MB file is
 * read without one long task; test/data/csv-stream.test.ts checks it against `parseTable` on
 * random text cut at random places.
 */
export class DelimitedStream {
  readonly rows: RawRow[] = [];
  columns: string[] = [];
  private text = '';
  private pos = 0;
  private started = false;
  private delimiter = 0;
  private header: string[] | null = null;
  private kept: number[] = [];
  private newRow: () => RawRow = () => ({});
  /** The cells of the record being read (one array reused, so records make no garbage of their own). */
  private readonly cells: string[] = [];

  /** @param delimiter the delimiter, or `undefined` to read it from the text. */
  constructor(private readonly fixedDelimiter?: string) {}

  /** Adds text (in file order). */
  push(text: string): void {
    if (this.pos > 0 && this.pos >= this.text.length >> 1) {
      this.text = this.text.slice(this.pos);
      this.pos = 0;
    }
    this.text += text;
  }

  /**
   * Reads the complete records received so far, until `deadline` (a `performance.now()`
   * time). Returns `true` when it stopped for want of text, `false` when for the deadline.
   */
  parse(deadline = Infinity): boolean {
    return this.run(false, deadline);
  }

  /** Reads what is left, as the end of the file. */
  finish(): ParsedTable {
    this.run(true, Infinity);
    return { rows: this.rows, columns: this.columns };
  }

  private run(final: boolean, deadline: number): boolean {
    if (!this.started && !this.start(final)) return true;
    let count = 0;
    for (;;) {
      const cells = final ? this.finalRecord() : this.record();
      if (cells === null) return true;
      this.take(cells);
      if ((++count & 255) === 0 && performance.now() > deadline) return false;
    }
  }

  /** Strips a BOM and a `sep=` line and picks the delimiter, once the first line is here. */
  private start(final: boolean): boolean {
    let text = this.text;
    if (text.charCodeAt(0) === 0xfeff) text = this.text = text.slice(1);
    // The first line as detectDelimiter sees it: up to a line break outside quotes.
    let quoted = false;
    let end = -1;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === QUOTE) quoted = !quoted;
      else if (!quoted && (c === NEWLINE || c === RETURN)) {
        end = i;
        break;
      }
    }
    if (end < 0 && !final) return false;
    // `sep=;` needs its line break (and the LF of a CRLF) to be here.
    if (!final && end + 1 >= text.length && text.charCodeAt(end) === RETURN) return false;
    const sep = /^sep=(.)\r?\n/i.exec(text);
    if (sep) this.pos = sep[0].length;
    const body = text.slice(this.pos, end < 0 ? text.length : Math.max(end, this.pos) + 1);
    this.delimiter = (this.fixedDelimiter ?? sep?.[1] ?? detectDelimiter(body)).charCodeAt(0);
    this.started = true;
    return true;
  }

  /**
   * The next record's cells, when the text holds all of it (a record is complete once a line
   * break ends it and nothing after could change how it reads); else `null`.
   */
  private record(): string[] | null {
    const text = this.text;
    const n = text.length;
    const delimiter = this.delimiter;
    const cells = this.cells;
    cells.length = 0;
    let i = this.pos;
    for (;;) {
      if (i >= n) return null;
      if (text.charCodeAt(i) === QUOTE) {
        let j = i + 1;
        for (;;) {
          const q = text.indexOf('"', j);
          if (q < 0 || q + 1 >= n) return null; // unclosed, or a quote whose next character is unknown
          if (text.charCodeAt(q + 1) === QUOTE) {
            j = q + 2;
            continue;
          }
          cells.push(text.slice(i + 1, q).replace(/""/g, '"'));
          const c = text.charCodeAt(q + 1);
          i = q + 2;
          if (c === NEWLINE) return this.end(cells, i);
          if (c === RETURN) {
            if (i >= n) return null;
            return this.end(cells, text.charCodeAt(i) === NEWLINE ? i + 1 : i);
          }
          break; // any other character after the closing quote separates, as in d3-dsv
        }
        continue;
      }
      let j = i;
      for (;;) {
        if (j >= n) return null;
        const c = text.charCodeAt(j);
        if (c === delimiter) {
          cells.push(text.slice(i, j));
          i = j + 1;
          break;
        }
        if (c === NEWLINE) {
          cells.push(text.slice(i, j));
          return this.end(cells, j + 1);
        }
        if (c === RETURN) {
          if (j + 1 >= n) return null;
          cells.push(text.slice(i, j));
          return this.end(cells, text.charCodeAt(j + 1) === NEWLINE ? j + 2 : j + 1);
        }
        j++;
      }
    }
  }

  private end(cells: string[], next: number): string[] {
    this.pos = next;
    return cells;
  }

  /** The next record of the text left at the end of the file, read exactly as d3-dsv reads a whole text. */
  private finalRecord(): string[] | null {
    const text = this.text;
    let n = text.length;
    if (this.pos >= n) return null;
    if (text.charCodeAt(n - 1) === NEWLINE) --n;
    if (text.charCodeAt(n - 1) === RETURN) --n;
    const delimiter = this.delimiter;
    const cells = this.cells;
    cells.length = 0;
    let i = this.pos;
    for (;;) {
      if (text.charCodeAt(i) === QUOTE && i < text.length) {
        let j = i;
        // d3-dsv's loop: find the closing quote, skipping doubled quotes.
        while ((j++ < n && text.charCodeAt(j) !== QUOTE) || text.charCodeAt(++j) === QUOTE);
        cells.push(text.slice(i + 1, j - 1).replace(/""/g, '"'));
        if (j >= n) return this.end(cells, text.length);
        const c = text.charCodeAt(j++);
        if (c === NEWLINE) return this.end(cells, j);
        if (c === RETURN) return this.end(cells, text.charCodeAt(j) === NEWLINE ? j + 1 : j);
        i = j;
        continue;
      }
      let j = i;
      for (;;) {
        if (j >= n) {
          cells.push(text.slice(i, n));
          return this.end(cells, text.length);
        }
        const c = text.charCodeAt(j);
        if (c === delimiter) {
          cells.push(text.slice(i, j));
          i = j + 1;
          break;
        }
        if (c === NEWLINE) {
          cells.push(text.slice(i, j));
          return this.end(cells, j + 1);
        }
        if (c === RETURN) {
          cells.push(text.slice(i, j));
          return this.end(cells, text.charCodeAt(j + 1) === NEWLINE ? j + 2 : j + 1);
        }
        j++;
      }
    }
  }

  /** The header, or a data row (blank and HXL rows left out). */
  private take(cells: string[]): void {
    if (this.header === null) {
      const header = cells.map((name) => name.trim());
      this.header = header;
      header.forEach((name, i) => {
        if (name !== '' && !this.kept.some((k) => header[k] === name)) this.kept.push(i);
      });
      this.columns = this.kept.map((i) => header[i]);
      this.newRow = rowMaker(this.columns);
      return;
    }
    if (isBlankOrHxl(cells)) return;
    const row = this.newRow();
    for (const i of this.kept) row[this.header[i]] = cells[i] ?? '';
    this.rows.push(row);
  }
}

/** Whether a record is wholly blank, or an HXL hashtag row (its first non-blank cell starts with `#`). */
function isBlankOrHxl(cells: readonly string[]): boolean {
  for (let i = 0; i < cells.length; i++) {
    const text = cells[i].trim();
    if (text !== '') return text.charCodeAt(0) === 35;
  }
  return true;
}
