/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataError } from '../data/errors.js';
import { parseTable, type TableKind } from '../data/parse-table.js';
import type { RawRow } from '../data/types.js';

/** Rows and their column names, as the readers take them. */
export interface Table {
  rows: RawRow[];
  columns: string[];
}

/** Where the data comes from: exactly one of a path or URL, the text of a file, or rows. */
export interface DataSource {
  /** A file path, an http(s) URL, or `-` for standard input. */
  src?: string;
  /** The text of a CSV, TSV or JSON file. */
  text?: string;
  /** Rows as objects (what `.data` takes in the browser). */
  rows?: RawRow[];
  /** Seconds to wait for a URL (default 30). */
  timeout?: number;
  /** Refuse more rows than this (default 2,000,000), as the elements do. */
  maxRows?: number;
}

const DEFAULT_MAX_ROWS = 2_000_000;

/** What a reader calls the source in messages: the file name, or "the data". */
export function sourceName(source: DataSource): string {
  if (source.src === '-') return 'standard input';
  if (source.src) return /^https?:\/\//i.test(source.src) ? urlName(source.src) : basename(source.src);
  return 'the data';
}

function urlName(url: string): string {
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

/** The layout a path or URL names by its extension (the content decides otherwise). */
function kindOfPath(path: string, contentType?: string | null): TableKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('tab-separated')) return 'tsv';
  if (type.includes('csv')) return 'csv';
  const name = path.split(/[?#]/)[0].toLowerCase();
  if (name.endsWith('.json')) return 'json';
  if (name.endsWith('.tsv') || name.endsWith('.tab')) return 'tsv';
  if (name.endsWith('.csv')) return 'csv';
  return 'auto';
}

/**
 * Reads a table with the library's own parser (`parseTable`): a file with node:fs, a URL with
 * fetch, standard input, text or rows. Every failure is a DataError naming the source.
 */
export async function readTable(source: DataSource): Promise<Table> {
  const given = [source.src, source.text, source.rows].filter((value) => value !== undefined && value !== null);
  if (given.length === 0) throw new DataError('No data: give a file (src), its text, or rows.');
  if (given.length > 1) throw new DataError('Give only one of src, text and rows.');
  let table: Table;
  if (source.rows !== undefined) {
    table = tableFromObjects(source.rows);
  } else if (source.text !== undefined) {
    table = parseTable(String(source.text), 'auto');
  } else {
    const src = String(source.src);
    const name = sourceName(source);
    let text: string;
    let kind: TableKind;
    if (/^https?:\/\//i.test(src)) {
      ({ text, kind } = await fetchText(src, name, source.timeout));
    } else if (src === '-') {
      text = await readStdin();
      kind = 'auto';
    } else {
      text = await readLocalFile(src, name);
      kind = kindOfPath(src);
    }
    try {
      table = parseTable(text, kind);
    } catch (error) {
      if (error instanceof DataError) throw new DataError('inFile', { name }, { cause: error });
      throw error;
    }
  }
  checkSize(table, source.maxRows);
  return table;
}

async function readLocalFile(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new DataError(`Could not read ${name}: there is no file at ${path}.`);
    if (code === 'EISDIR') throw new DataError(`Could not read ${name}: ${path} is a folder, not a file.`);
    if (code === 'EACCES') throw new DataError(`Could not read ${name}: permission denied.`);
    throw new DataError(`Could not read ${name}: ${(error as Error).message}`);
  }
}

async function fetchText(url: string, name: string, timeout = 30): Promise<{ text: string; kind: TableKind }> {
  const seconds = Math.max(1, timeout || 30);
  let response: Response;
  try {
    response = await fetch(url, { signal: AbortSignal.timeout(seconds * 1000) });
  } catch (error) {
    if ((error as Error).name === 'TimeoutError') {
      throw new DataError('loadTimeout', { name, seconds });
    }
    throw new DataError(`Could not load ${name}: the request failed (${(error as Error).message}).`);
  }
  if (!response.ok) {
    throw new DataError('httpStatus', { name, status: response.status, statusText: response.statusText });
  }
  return { text: await response.text(), kind: kindOfPath(url, response.headers.get('content-type')) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Rows handed over as objects: columns are the union of the keys of the first 50 (as `.data`). */
function tableFromObjects(rows: unknown): Table {
  if (!Array.isArray(rows)) throw new DataError('notRowArray');
  const columns = new Set<string>();
  for (const row of rows.slice(0, 50)) {
    if (row && typeof row === 'object') for (const key of Object.keys(row)) columns.add(key);
  }
  return { rows: rows as RawRow[], columns: [...columns] };
}

function checkSize(table: Table, maxRows: number | undefined): void {
  const limit = maxRows && maxRows > 0 ? maxRows : DEFAULT_MAX_ROWS;
  if (table.rows.length <= limit) return;
  const n = (value: number) => value.toLocaleString('en');
  throw new DataError(
    `The data has ${n(table.rows.length)} rows, more than max-rows (${n(limit)}). ` +
      `Set --max-rows ${table.rows.length} to read it anyway.`,
  );
}
