import { DataError } from '../errors/data-error.js';
import { DEFAULT_MAX_ROWS } from '../options/values.js';
import type { TableKind } from './parse-table.js';
import type { RawRow } from './types.js';

/** Rows and their column names, as the readers take them (the browser's and the CLI's). */
export interface Table {
  rows: RawRow[];
  columns: string[];
}

/**
 * The layout a file has, from the server's content type, then the extension of its path or
 * URL; `auto` lets the content decide.
 */
export function kindOf(path: string, contentType?: string | null): TableKind {
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

/** Rows handed over as objects (the `.data` property): columns are the union of the keys of the first 50. */
export function tableFromObjects(rows: unknown): Table {
  if (!Array.isArray(rows)) throw new DataError('notRowArray');
  const columns = new Set<string>();
  for (const row of rows.slice(0, 50)) {
    if (row && typeof row === 'object') for (const key of Object.keys(row)) columns.add(key);
  }
  return { rows: rows as RawRow[], columns: [...columns] };
}

/** A table with column names but no rows is an error a reader should see, not an empty chart. */
export function checkNotEmpty(table: Table): void {
  if (!table.rows.length) throw new DataError('noRows', { columns: table.columns.slice(0, 8).join(', ') });
}

/**
 * Refuses more rows than `maxRows` (a guard against freezing the page or the process); the
 * message says how to raise the limit: the attribute, or (`flag`) the CLI's `--max-rows`.
 */
export function checkRowLimit(table: Table, maxRows: number | undefined, { flag = false } = {}): void {
  const limit = maxRows && maxRows > 0 ? maxRows : DEFAULT_MAX_ROWS;
  if (table.rows.length <= limit) return;
  throw new DataError(flag ? 'tooManyRowsFlag' : 'tooManyRows', { rows: table.rows.length, limit });
}
