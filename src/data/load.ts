import { DataError } from './errors.js';
import { parseTable } from './parse-table.js';
import type { RawRow } from './types.js';

export interface Table {
  rows: RawRow[];
  columns: string[];
}

export interface LoadOptions {
  signal?: AbortSignal;
  /** Give up after this many milliseconds. */
  timeoutMs?: number;
  /** Called with 0–100 as the body arrives, when the server sends its length. */
  onProgress?: (percent: number) => void;
}

type TableKind = 'csv' | 'tsv' | 'json' | 'auto';

/** The file name a reader recognises in messages. */
function fileName(url: string): string {
  try {
    const { pathname } = new URL(url, document.baseURI);
    return decodeURIComponent(pathname.split('/').pop() || url);
  } catch {
    return url;
  }
}

function kindOf(url: string, contentType: string | null): TableKind {
  const type = (contentType ?? '').toLowerCase();
  if (type.includes('json')) return 'json';
  if (type.includes('tab-separated')) return 'tsv';
  if (type.includes('csv')) return 'csv';
  const path = url.split(/[?#]/)[0].toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.tsv') || path.endsWith('.tab')) return 'tsv';
  if (path.endsWith('.csv')) return 'csv';
  return 'auto';
}

async function readBody(response: Response, onProgress?: (percent: number) => void): Promise<string> {
  const total = Number(response.headers.get('content-length')) || 0;
  if (!response.body || !onProgress || !total) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    text += decoder.decode(value, { stream: true });
    onProgress(Math.min(100, Math.round((received / total) * 100)));
  }
  return text + decoder.decode();
}

/**
 * Fetches `url` (relative to the page) and reads it as CSV, TSV or JSON, chosen by the
 * response's content type, then the extension, then the content. Every failure is a
 * DataError whose message says what went wrong in words a reader understands.
 */
export async function loadTable(url: string, options: LoadOptions = {}): Promise<Table> {
  const name = fileName(url);
  const signals = [options.signal, options.timeoutMs ? AbortSignal.timeout(options.timeoutMs) : undefined];
  const signal = AbortSignal.any(signals.filter((s): s is AbortSignal => Boolean(s)));
  let response: Response;
  try {
    response = await fetch(url, { signal });
  } catch (error) {
    if (signal.aborted && !options.signal?.aborted) {
      const seconds = Math.round((options.timeoutMs ?? 0) / 1000);
      throw new DataError(`Loading ${name} took longer than ${seconds} ${seconds === 1 ? 'second' : 'seconds'}.`);
    }
    if (options.signal?.aborted) throw error;
    const crossOrigin = new URL(url, document.baseURI).origin !== location.origin;
    throw new DataError(
      crossOrigin
        ? `Could not load ${name}: the request failed. The server may be unreachable, or it does not allow this page to read the file (no CORS headers).`
        : `Could not load ${name}: the request failed (network error).`,
    );
  }
  if (!response.ok) {
    throw new DataError(`Could not load ${name}: the server answered ${response.status} ${response.statusText}`.trim() + '.');
  }
  let text: string;
  try {
    text = await readBody(response, options.onProgress);
  } catch (error) {
    if (options.signal?.aborted) throw error;
    throw new DataError(`Loading ${name} was interrupted before the whole file arrived.`);
  }
  try {
    return parseTable(text, kindOf(url, response.headers.get('content-type')));
  } catch (error) {
    if (error instanceof DataError) throw new DataError(`${name}: ${error.message}`);
    throw error;
  }
}

/** Rows handed over as objects (the `.data` property): columns are the union of their keys. */
export function tableFromObjects(rows: unknown): Table {
  if (!Array.isArray(rows)) {
    throw new DataError('The data must be an array of row objects.');
  }
  const columns = new Set<string>();
  for (const row of rows.slice(0, 50)) {
    if (row && typeof row === 'object') for (const key of Object.keys(row)) columns.add(key);
  }
  return { rows: rows as RawRow[], columns: [...columns] };
}
