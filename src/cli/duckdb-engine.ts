/// <reference types="node" />
import { open } from 'node:fs/promises';
import { dsvFormat } from 'd3-dsv';
import { detectDelimiter } from '../data/parse-table.js';
import { DataError } from '../errors/data-error.js';
import { csvRecords, toCSV } from '../export/to-csv.js';
import { aggregateQuery } from '../sql/aggregate-query.js';
import { printQuery } from '../sql/print.js';
import { accessDate, provenanceText, type AggregateFileOptions, type AggregatedRow, type AggregateResult } from './aggregate.js';
import { aggregatePlan } from './aggregate-plan.js';
import { fileError, sourceName } from './read.js';

/** The one line the CLI prints when DuckDB is asked for but not installed. */
export const INSTALL_DUCKDB = 'DuckDB is not installed: npm install @duckdb/node-api (or count with --engine js).';

/**
 * The part of a `@duckdb/node-api` connection used here, written out so that the typings of
 * conflict-charts/cli do not need DuckDB installed.
 */
export interface DuckDBConnectionLike {
  run(sql: string, values?: never): Promise<unknown>;
  runAndReadAll(sql: string, values?: never): Promise<{ getRows(): unknown[][] }>;
  stream(sql: string, values?: never): Promise<{ yieldRows(): AsyncIterableIterator<unknown[][]> }>;
  closeSync(): void;
}

/** The part of `@duckdb/node-api` used here. */
export interface DuckDBLike {
  DuckDBInstance: { create(path: string): Promise<{ connect(): Promise<DuckDBConnectionLike> }> };
}

type DuckDB = DuckDBLike;
type Connection = DuckDBConnectionLike;

/** DuckDB's Node API, or `null` when it is not installed (an optional peer dependency). */
export async function loadDuckDB(): Promise<DuckDB | null> {
  try {
    return (await import('@duckdb/node-api')) as unknown as DuckDB;
  } catch {
    return null;
  }
}

/** Whether DuckDB reads this source: a local CSV, TSV or Parquet file (or a glob of Parquet files). */
export function duckdbReads(src: string | undefined): boolean {
  if (!src || src === '-' || /^https?:\/\//i.test(src)) return false;
  return /\.(csv|tsv|txt|parquet)$/i.test(src);
}

/**
 * `aggregateFile` counted by embedded DuckDB: the file is read by DuckDB and counted by the SQL
 * of `conflict-charts sql`, run with bound parameters. Same CSV, same provenance row.
 * @throws {DataError} for options aggregate refuses, a file DuckDB cannot read, or DuckDB missing.
 */
export async function aggregateWithDuckDB(options: AggregateFileOptions, duckdb?: DuckDB | null): Promise<AggregateResult> {
  const rows: AggregatedRow[] = [];
  const counted = await countWithDuckDB(options, duckdb, (part) => void rows.push(...part));
  const comment = options.bare ? [] : [{ [counted.columns[0]]: `# ${counted.provenance}` }];
  return { ...counted, csv: toCSV([...comment, ...rows], counted.columns), rows };
}

/** What {@link streamWithDuckDB} reports once every row is written. */
export type StreamedAggregate = Omit<AggregateResult, 'csv' | 'rows'> & { rowCount: number };

/**
 * {@link aggregateWithDuckDB} writing its CSV as DuckDB returns it, a part at a time, so that a
 * table of millions of rows never sits in Node's memory: `write` gets the header (and provenance
 * row) first, then the rows. The text written, joined, is `aggregateWithDuckDB`'s `csv`.
 */
export async function streamWithDuckDB(
  options: AggregateFileOptions,
  write: (text: string) => void | Promise<void>,
  duckdb?: DuckDB | null,
): Promise<StreamedAggregate> {
  let rowCount = 0;
  const counted = await countWithDuckDB(
    options,
    duckdb,
    async (part, columns) => {
      rowCount += part.length;
      await write(csvRecords(part, columns));
    },
    async (columns, provenance) => {
      const comment = options.bare ? [] : [{ [columns[0]]: `# ${provenance}` }];
      await write(toCSV(comment, columns));
    },
  );
  return { ...counted, rowCount };
}

type RowsHandler = (rows: AggregatedRow[], columns: string[]) => void | Promise<void>;

async function countWithDuckDB(
  options: AggregateFileOptions,
  duckdb: DuckDB | null | undefined,
  onRows: RowsHandler,
  onStart?: (columns: string[], provenance: string) => void | Promise<void>,
): Promise<Omit<AggregateResult, 'csv' | 'rows'>> {
  const db = duckdb === undefined ? await loadDuckDB() : duckdb;
  if (!db) throw new DataError(INSTALL_DUCKDB);
  const src = String(options.src);
  const { interval, split, measure, reading, counting } = aggregatePlan(options);
  const accessed = await accessDate(options);
  const instance = await db.DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    await connection.run(`SET TimeZone = 'UTC'`);
    const { columns, allCells } = await loadIntoDuckDB(connection, src);
    const built = aggregateQuery({
      table: 'events',
      columns,
      allCells,
      format: reading.format,
      fields: reading.fields,
      measure,
      interval,
      split,
      filters: counting.filters,
      aliases: counting.aliases,
    });
    const reasons = await run(connection, built.skippedQuery);
    const skippedCounts = reasons
      .filter(([reason]) => reason !== null)
      .sort((a, b) => Number(a[2]) - Number(b[2]))
      .map(([reason, records]) => ({ reason: String(reason), records: Number(records) }));
    const recordsRead = reasons.reduce((total, [, records]) => total + Number(records), 0);
    const provenance = provenanceText(options, counting.filters, {
      interval,
      format: built.format,
      split,
      measure,
      accessed,
      name: sourceName(options),
      records: recordsRead,
      skipped: skippedCounts.reduce((total, { records }) => total + records, 0),
    });
    const { sql, parameters } = printQuery(built.query, 'duckdb', { parameters: true });
    const result = await connection.stream(sql, parameters as never);
    // The query sorts its rows, so DuckDB has counted them all (and met any error) before the first part.
    let started = false;
    for await (const part of result.yieldRows()) {
      if (!started) await onStart?.(built.outputColumns, provenance);
      started = true;
      await onRows(
        part.map((cells) => rowOf(built.outputColumns, cells)),
        built.outputColumns,
      );
    }
    if (!started) await onStart?.(built.outputColumns, provenance);
    return {
      columns: built.outputColumns,
      provenance,
      skipped: [],
      skippedCounts,
      format: built.format,
      recordsRead,
      engine: 'duckdb',
    };
  } catch (error) {
    if (error instanceof DataError) throw error;
    // The counting rules' own errors come back as DuckDB errors holding their message.
    const message = (error as Error).message ?? String(error);
    throw new DataError(`${sourceName(options)}: ${message.replace(/^[A-Za-z ]+Error: /, '')}`);
  } finally {
    connection.closeSync();
  }
}

function rowOf(columns: readonly string[], cells: readonly unknown[]): AggregatedRow {
  const row: Record<string, unknown> = {};
  columns.forEach((name, i) => (row[name] = typeof cells[i] === 'bigint' ? Number(cells[i]) : cells[i]));
  return row as unknown as AggregatedRow;
}

/**
 * Reads a CSV, TSV or Parquet file into the view `events` of a DuckDB connection, rows numbered
 * in file order (`_row`); gives its named columns and every cell column (for `allCells`).
 */
export function loadIntoDuckDB(connection: Connection, path: string): Promise<{ columns: string[]; allCells: string[] }> {
  return /\.parquet$/i.test(path) ? loadParquet(connection, path) : loadDelimited(connection, path);
}

async function run(connection: Connection, query: Parameters<typeof printQuery>[0]): Promise<unknown[][]> {
  const { sql, parameters } = printQuery(query, 'duckdb', { parameters: true });
  const reader = await connection.runAndReadAll(sql, parameters as never);
  return reader.getRows();
}

const quote = (text: string) => `'${text.replace(/'/g, "''")}'`;
const ident = (text: string) => `"${text.replace(/"/g, '""')}"`;

/**
 * A CSV or TSV file as parseTable reads it: the delimiter it would pick, Excel's `sep=` line,
 * header names trimmed, columns without a name (or a repeated one) kept only for telling HXL and
 * empty rows. Rows are numbered in file order (`_row`, the table's rowid).
 */
async function loadDelimited(connection: Connection, path: string): Promise<{ columns: string[]; allCells: string[] }> {
  const head = await firstBytes(path, 1 << 20);
  let text = head.charCodeAt(0) === 0xfeff ? head.slice(1) : head;
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) text = text.slice(sep[0].length);
  if (text.trim() === '') throw new DataError('fileEmpty');
  const delimiter = /\.tsv$/i.test(path) ? '\t' : (sep?.[1] ?? detectDelimiter(text));
  const header = (dsvFormat(delimiter).parseRows(text.split(/\r?\n/, 1)[0])[0] ?? []).map((name) => name.trim());
  const types = header.map((_, i) => `${quote(`c${i}`)}: 'VARCHAR'`).join(', ');
  const read = (more: string) =>
    connection.run(
      `CREATE OR REPLACE TABLE raw AS SELECT * FROM read_csv(${quote(path)}, header = false, auto_detect = false, columns = {${types}}, delim = ${quote(delimiter)}, quote = '"', escape = '"', skip = ${sep ? 1 : 0}${more})`,
    );
  try {
    await read('');
  } catch {
    // Rows shorter than the header need padding, which DuckDB's parallel reader cannot do
    // when quoted cells hold line breaks: read such a file again, in one thread.
    await read(', strict_mode = false, null_padding = true, parallel = false');
  }
  const names: string[] = [];
  const allCells: string[] = [];
  header.forEach((name, i) => {
    const named = name !== '' && !names.includes(name) && name !== '_row';
    if (named) names.push(name);
    allCells.push(named ? name : `_cell${i}`);
  });
  const select = allCells.map((name, i) => `c${i} AS ${ident(name)}`).join(', ');
  await connection.run(`CREATE VIEW events AS SELECT rowid AS _row, ${select} FROM raw WHERE rowid > 0`);
  return { columns: ['_row', ...names], allCells };
}

/** Parquet files (a path or a glob), numbered by file name, then row. */
async function loadParquet(connection: Connection, path: string): Promise<{ columns: string[]; allCells: string[] }> {
  await connection.run(
    `CREATE VIEW events AS SELECT row_number() OVER (ORDER BY filename, file_row_number) AS _row, * EXCLUDE (filename, file_row_number) FROM read_parquet(${quote(path)}, filename = true, file_row_number = true)`,
  );
  const described = await connection.runAndReadAll(`SELECT column_name FROM (DESCRIBE events)`);
  const columns = (described.getRows() as unknown[][]).map((row) => String(row[0]));
  return { columns, allCells: columns.filter((c) => c !== '_row') };
}

async function firstBytes(path: string, size: number): Promise<string> {
  let file;
  try {
    file = await open(path);
  } catch (error) {
    throw fileError(error, sourceName({ src: path }), path);
  }
  try {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await file.close();
  }
}
