/// <reference types="node" />
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { DataError } from '../errors/data-error.js';
import { fileNameOf } from '../util/file-name.js';
import { parseTable, type TableKind } from '../data/parse-table.js';
import { checkRowLimit, kindOf, tableFromObjects, type Table } from '../data/table.js';
import type { RawRow } from '../data/types.js';

export type { Table } from '../data/table.js';

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

/**
 * Reads a table with the library's own parser (`parseTable`): a file with node:fs, a URL with
 * fetch, standard input, text or rows. Every failure is a DataError naming the source.
 */
export async function readTable(source: DataSource): Promise<Table> {
  const given = [source.src, source.text, source.rows].filter((value) => value !== undefined && value !== null);
  if (given.length === 0) throw new DataError('noSource');
  if (given.length > 1) throw new DataError('manySources');
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
      kind = kindOf(src);
    }
    try {
      table = parseTable(text, kind);
    } catch (error) {
      if (error instanceof DataError) throw new DataError('inFile', { name }, { cause: error });
      throw error;
    }
  }
  checkRowLimit(table, source.maxRows, { flag: true });
  return table;
}

/**
 * Reads a file the chart needs besides its rows (a map's `boundaries`) as text: a path, or an
 * http(s) URL. Every failure is a DataError naming the file.
 */
export async function readText(src: string, timeout?: number): Promise<string> {
  const name = fileNameOf(src);
  return /^https?:\/\//i.test(src) ? (await fetchText(src, name, timeout)).text : readLocalFile(src, name);
}

async function readLocalFile(path: string, name: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (error) {
    throw fileError(error, name, path);
  }
}

/** A failure to open or read a local file, as the DataError that names it. */
export function fileError(error: unknown, name: string, path: string): DataError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new DataError('fileNotFound', { name, path });
  if (code === 'EISDIR') return new DataError('isFolder', { name, path });
  if (code === 'EACCES') return new DataError('permissionDenied', { name });
  return new DataError('readFailed', { name, detail: (error as Error).message });
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
    throw new DataError('requestError', { name, detail: (error as Error).message });
  }
  if (!response.ok) {
    throw new DataError('httpStatus', { name, status: response.status, statusText: response.statusText });
  }
  return { text: await response.text(), kind: kindOf(url, response.headers.get('content-type')) };
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}
