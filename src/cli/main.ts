/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { SkippedRecord } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import { localeFor, localizedError } from '../locale/index.js';
import type { ChartLocale } from '../locale/types.js';
import { cliFlagOf, type CliCommand } from '../options/attributes.js';
import { MEASURES } from '../options/values.js';
import { VERSION } from '../version.js';
import { aggregateFile, type AggregateFileOptions } from './aggregate.js';
import { CHART_KINDS, chartKind } from './charts.js';
import { duckdbReads, INSTALL_DUCKDB, loadDuckDB, streamWithDuckDB } from './duckdb-engine.js';
import { attributeFlags, parseArgsOptions, sqlAttributeFlags, sqlParseArgsOptions } from './flags.js';
import { sqlText, type SqlOptions } from './sql.js';
import { cliHelp } from './help.js';
import { renderChart, type RenderOptions } from './render.js';
import { writeInParts } from './write-in-parts.js';

/** Where the CLI writes: replaceable in tests. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
}

type Values = Record<string, string | boolean | undefined>;

/** A usage mistake: reported with a pointer to --help. */
class UsageError extends Error {}

/**
 * Runs the CLI with `args` (without `node` and the script); resolves with the exit code:
 * 0 on success, 1 on any error (its message on standard error).
 */
export async function main(args: readonly string[], io: CliIo = process): Promise<number> {
  // Errors are said in the language the chart is drawn in (`--locale fr`).
  const locale = localeFor(args[args.indexOf('--locale') + 1] || 'en');
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(`${cliHelp()}\n`);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'render') return await renderCommand(rest, io);
    if (command === 'aggregate') return await aggregateCommand(rest, io);
    if (command === 'sql') return await sqlCommand(rest, io);
    throw new UsageError(`Unknown command "${command}": use render, aggregate or sql.`);
  } catch (error) {
    io.stderr.write(`conflict-charts: ${messageOf(error, locale)}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write('Run conflict-charts --help for the options.\n');
    }
    return 1;
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

/** The options a command's flags set, by property, each read as its attribute's kind. */
function attributeOptions(command: CliCommand, v: Values): Record<string, unknown> {
  const measure = str(v, 'measure');
  if (measure !== undefined && !(MEASURES as readonly string[]).includes(measure)) {
    throw new UsageError(`--measure ${measure} is not one of: ${MEASURES.join(', ')}.`);
  }
  const options: Record<string, unknown> = {};
  for (const spec of attributeFlags(command)) {
    const flag = cliFlagOf(spec);
    if (spec.kind === 'boolean') options[spec.property] = Boolean(v[flag]);
    else if (spec.kind === 'number') options[spec.property] = num(v, flag);
    else options[spec.property] = str(v, flag);
  }
  return options;
}

async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, parseArgsOptions('render'));
  if (values.help) {
    io.stdout.write(`${cliHelp()}\n`);
    return 0;
  }
  const [kind, extra, ...more] = positionals;
  if (!kind) throw new UsageError(`Name the chart: ${CHART_KINDS.join(', ')}.`);
  if (more.length || (extra && values.src))
    throw new UsageError(`Unexpected arguments: ${[extra, ...more].filter(Boolean).join(' ')}.`);
  const v = values as Values;
  const out = str(v, 'out');
  const format = str(v, 'format') ?? /\.(png|json)$/i.exec(out ?? '')?.[1].toLowerCase() ?? 'svg';
  if (!['svg', 'png', 'json'].includes(format)) throw new UsageError(`--format ${format} is not one of: svg, png, json.`);
  const src = str(v, 'src') ?? extra;
  if (!src) throw new UsageError('Give the data with --src <file|url|->.');
  if (format === 'png' && !out && io.stdout.isTTY)
    throw new UsageError('A PNG is binary: use --out chart.png or redirect standard output.');

  const options = { ...attributeOptions('render', v), src } as RenderOptions;
  const result = await renderChart(chartKind(kind), options, {
    format: format === 'png' ? 'png' : 'svg',
    width: num(v, 'width'),
    height: num(v, 'height'),
    scale: num(v, 'scale'),
  });
  const body =
    format === 'png'
      ? result.png!
      : format === 'json'
        ? `${JSON.stringify({ chartData: result.chartData, skipped: result.skipped, format: result.format, summary: result.summary, change: result.change, spec: result.spec }, null, 2)}\n`
        : result.svg;
  await emit(body, out, io);
  reportSkipped(countsOf(result.skipped), io);
  if (v.verbose) for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
  return 0;
}

async function aggregateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, parseArgsOptions('aggregate'));
  if (values.help) {
    io.stdout.write(`${cliHelp()}\n`);
    return 0;
  }
  const v = values as Values;
  if (positionals.length > 1 || (positionals.length && v.src))
    throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
  const src = str(v, 'src') ?? positionals[0];
  if (!src) throw new UsageError('Name the file to count: conflict-charts aggregate events.csv --by month,country.');
  const options = { ...attributeOptions('aggregate', v), src, by: str(v, 'by'), bare: Boolean(v.bare) } as AggregateFileOptions;
  const engine = str(v, 'engine');
  if (engine !== undefined && engine !== 'duckdb' && engine !== 'js')
    throw new UsageError(`--engine ${engine} is not one of: duckdb, js.`);
  if (engine === 'js' || !duckdbReads(src)) {
    if (engine === 'duckdb')
      throw new UsageError(
        '--engine duckdb reads local CSV, TSV and Parquet files: use --engine js for JSON, URLs and standard input.',
      );
  } else {
    const duckdb = await loadDuckDB();
    if (!duckdb && engine === 'duckdb') throw new DataError(INSTALL_DUCKDB);
    if (duckdb) {
      // DuckDB's table is written as it arrives: millions of rows never sit in Node's memory.
      const streamed = await writeInParts(str(v, 'out'), io.stdout, (write) => streamWithDuckDB(options, write, duckdb));
      reportSkipped(streamed.skippedCounts ?? [], io);
      return 0;
    }
    io.stderr.write(`${INSTALL_DUCKDB.replace('(or count with --engine js)', 'Counted with --engine js')}\n`);
  }
  const result = await aggregateFile(options);
  await emit(result.csv, str(v, 'out'), io);
  reportSkipped(result.skippedCounts ?? countsOf(result.skipped), io);
  return 0;
}

async function sqlCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, sqlParseArgsOptions());
  if (values.help) {
    io.stdout.write(`${cliHelp()}\n`);
    return 0;
  }
  if (positionals.length) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
  const v = values as Values;
  const options: Record<string, unknown> = {};
  for (const spec of sqlAttributeFlags()) {
    const flag = cliFlagOf(spec);
    options[spec.property] = spec.kind === 'boolean' ? Boolean(v[flag]) : str(v, flag);
  }
  const table = str(v, 'table');
  if (!table) throw new UsageError('Name the table to count: conflict-charts sql --table events --data-format acled.');
  const text = sqlText({
    ...options,
    table,
    dialect: str(v, 'dialect'),
    columns: str(v, 'columns'),
    by: str(v, 'by'),
    rowField: str(v, 'row-field'),
  } as SqlOptions);
  await emit(text, str(v, 'out'), io);
  return 0;
}

function str(values: Values, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

function num(values: Values, name: string): number | undefined {
  const value = str(values, name);
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UsageError(`--${name} must be a number, not "${value}".`);
  return n;
}

async function emit(body: string | Uint8Array, out: string | undefined, io: CliIo): Promise<void> {
  if (out) {
    try {
      await writeFile(out, body);
    } catch (error) {
      throw new DataError('writeFailed', { path: out, detail: (error as Error).message });
    }
    return;
  }
  io.stdout.write(body);
}

/** Records skipped per reason, in the order first met. */
function countsOf(skipped: readonly SkippedRecord[]): { reason: string; records: number }[] {
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  return [...counts].map(([reason, records]) => ({ reason, records }));
}

/** The element's skipped-rows note, on standard error. */
function reportSkipped(counts: readonly { reason: string; records: number }[], io: CliIo): void {
  const total = counts.reduce((sum, { records }) => sum + records, 0);
  if (!total) return;
  const reasons = counts.map(({ reason, records }) => `${records.toLocaleString('en')} ${reason}`).join(', ');
  io.stderr.write(`${total.toLocaleString('en')} ${total === 1 ? 'row' : 'rows'} skipped: ${reasons}\n`);
}

function messageOf(error: unknown, locale: ChartLocale): string {
  if (error instanceof DataError) return localizedError(error, locale);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
