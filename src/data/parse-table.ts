import { dsvFormat } from 'd3-dsv';
import { DataError } from '../errors/data-error.js';
import { isHxlRow } from './hxl.js';
import type { RawRow } from './types.js';

/** What {@link parseTable} returns: data records and the column names, in file order. */
export interface ParsedTable {
  rows: RawRow[];
  columns: string[];
}

/** The layouts {@link parseTable} reads; `auto` looks at the text. */
export type TableKind = 'csv' | 'tsv' | 'json' | 'auto';

/**
 * Reads the text of a CSV, TSV or JSON file into rows.
 *
 * - CSV follows RFC 4180 (quoted fields may hold commas, quotes and line breaks); a UTF-8 BOM
 *   and CRLF line ends are fine. `auto` picks the delimiter (comma, semicolon or tab) that is
 *   most frequent in the header line; Excel's `sep=;` first line is honoured.
 * - JSON is an array of row objects, an ACLED API response (`{data: [...]}`) or a UCDP API
 *   response (`{Result: [...]}`).
 * - HXL hashtag rows and wholly empty rows are dropped and not counted as records; a column
 *   whose header is empty (a pandas index) is dropped.
 *
 * @throws {DataError} for empty text, an HTML page, malformed JSON or JSON of another shape.
 */
export function parseTable(text: string, kind: TableKind = 'auto'): ParsedTable {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const start = body.trimStart();
  if (start === '') throw new DataError('fileEmpty');
  if (/^<(!doctype|html)/i.test(start)) {
    throw new DataError('htmlPage');
  }
  if (kind === 'json' || (kind === 'auto' && (start[0] === '[' || start[0] === '{'))) return parseJson(start);
  // A .csv or text/csv file may still be semicolon-separated (European Excel): only TSV is fixed.
  return parseDelimited(body, delimiterFor(kind));
}

/**
 * How {@link parseTable} would read text that starts with `head`: `delimited` (CSV or TSV,
 * which can be read as it arrives), `whole` (JSON, an HTML page or an empty file: read the
 * whole text), or `undefined` while `head` is too short to tell. Keep in step with parseTable.
 */
export function layoutOf(head: string, kind: TableKind): 'delimited' | 'whole' | undefined {
  const start = (head.charCodeAt(0) === 0xfeff ? head.slice(1) : head).trimStart();
  if (start === '') return undefined;
  if (start[0] === '<' && start.length < '<!doctype'.length) return undefined;
  if (/^<(!doctype|html)/i.test(start)) return 'whole';
  if (kind === 'json' || (kind === 'auto' && (start[0] === '[' || start[0] === '{'))) return 'whole';
  return 'delimited';
}

/**
 * The delimiter a table kind fixes: a tab for TSV; otherwise `undefined`, read from the text
 * (a .csv or text/csv file may still be semicolon-separated, as European Excel writes it).
 */
export function delimiterFor(kind: TableKind): string | undefined {
  return kind === 'tsv' ? '\t' : undefined;
}

function parseJson(text: string): ParsedTable {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new DataError('jsonUnreadable', { detail: (error as Error).message });
  }
  const items = jsonRows(data);
  const columns: string[] = [];
  const seen = new Set<string>();
  const rows: RawRow[] = [];
  for (const item of items) {
    if (item === null || typeof item !== 'object' || Array.isArray(item)) {
      throw new DataError('jsonRowsNotObjects');
    }
    const row = item as RawRow;
    if (isHxlRow(Object.values(row))) continue;
    for (const key in row) {
      if (!seen.has(key)) {
        seen.add(key);
        if (key.trim() !== '') columns.push(key);
      }
    }
    rows.push(row);
  }
  return { rows, columns };
}

function jsonRows(data: unknown): unknown[] {
  if (Array.isArray(data)) return data;
  if (data !== null && typeof data === 'object') {
    const envelope = data as Record<string, unknown>;
    if (Array.isArray(envelope.data)) return envelope.data;
    if (Array.isArray(envelope.Result)) return envelope.Result;
    throw new DataError('jsonNoRowsKeys', { keys: Object.keys(envelope).slice(0, 8).join(', ') });
  }
  throw new DataError('jsonNoRows');
}

function parseDelimited(text: string, delimiter: string | undefined): ParsedTable {
  let body = text;
  const sep = /^sep=(.)\r?\n/i.exec(body);
  if (sep) body = body.slice(sep[0].length);
  const cells = dsvFormat(delimiter ?? sep?.[1] ?? detectDelimiter(body)).parseRows(body);
  const header = (cells[0] ?? []).map((name) => name.trim());
  const kept: number[] = [];
  header.forEach((name, i) => {
    if (name !== '' && !kept.some((k) => header[k] === name)) kept.push(i);
  });
  const columns = kept.map((i) => header[i]);
  const rows: RawRow[] = [];
  const newRow = rowMaker(columns);
  for (let r = 1; r < cells.length; r++) {
    const line = cells[r];
    if (line.every((cell) => cell.trim() === '') || isHxlRow(line)) continue;
    const row = newRow();
    for (const i of kept) row[header[i]] = line[i] ?? '';
    rows.push(row);
  }
  return { rows, columns };
}

/**
 * Makes empty row objects that already have every column as a property. Filling them keeps
 * them in V8's fast layout; objects given 30-odd properties one by one under computed names
 * turn into hash tables, several times larger and slower to read. (No `new Function`, which a
 * strict Content-Security-Policy forbids.)
 */
export function rowMaker(columns: readonly string[]): () => RawRow {
  if (columns.includes('__proto__')) return () => ({});
  const template = JSON.parse(JSON.stringify(Object.fromEntries(columns.map((c) => [c, ''])))) as RawRow;
  return () => ({ ...template });
}

/** The most frequent of comma, semicolon and tab outside quotes in the first line (comma on ties). */
export function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch in counts) counts[ch]++;
  }
  if (counts['\t'] > counts[','] && counts['\t'] >= counts[';']) return '\t';
  return counts[';'] > counts[','] ? ';' : ',';
}
