/// <reference types="node" />
import { writeFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { DataError } from '../data/errors.js';
import type { SkippedRecord } from '../data/types.js';
import { VERSION } from '../version.js';
import { aggregateFile, type AggregateFileOptions } from './aggregate.js';
import { CHART_KINDS, chartKind, type ChartOptions } from './charts.js';
import { renderChart, type RenderOptions } from './render.js';

/** Where the CLI writes: replaceable in tests. */
export interface CliIo {
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown };
}

const HELP = `conflict-charts ${VERSION}: draw conflict-event charts without a browser, or count events for the charts.

Usage:
  conflict-charts render <chart> --src <file|url|-> [options]   SVG or PNG of a chart
  conflict-charts aggregate <file|url|-> [--by month,country[,actor|event-type]] [options]
                                                                  counts as CSV, for value-field
  conflict-charts --help | --version

Charts: attack-timeline, country-comparison, actor-breakdown. The options are the elements'
attributes: conflict-charts render attack-timeline --src events.csv --interval year > chart.svg

Reading the data (render and aggregate):
  --src <file|url|->       CSV, TSV or JSON file, http(s) URL, or - for standard input
  --data-format <f>        auto (default), acled, ucdp or generic (the element's format)
  --date-field, --country-field, --actor-field, --type-field, --fatalities-field, --value-field <column>
  --max-rows <n>           refuse larger files (default 2000000)
  --timeout <seconds>      for a URL (default 30)

Counting (render and aggregate):
  --measure <m>            events (default) or fatalities
  --from <period>          inclusive start: 2018, 2018-03 or 2018-03-15
  --to <period>            inclusive end: --to 2019 counts through 31 December 2019
  --countries, --actors, --event-types <a,b>   keep only these
  --aliases <json>         {"raw name": "display name"}, over the built-in aliases

render:
  --format <f>             svg (default), png, or json (chartData, skipped rows, summary and spec);
                           without it, an --out name ending in .png or .json chooses
  --out, -o <file>         write here instead of standard output
  --width <px>             image and chart width (default 640)
  --height <px>            chart height, without heading and source lines
  --scale <n>              PNG pixels per pixel (default 1)
  --interval <i>           attack-timeline: day, week, month (default), quarter, year
  --group-by <g>           attack-timeline: none, actor, country, event-type;
                           country-comparison: none, event-type, actor; actor-breakdown: none, event-type, country
  --mark <m>               attack-timeline: bar (default), line, area
  --annotations <json>     attack-timeline: [{"date": "2020-08-18", "label": "Coup in Mali"}],
                           or spans [{"from": "2021-05", "to": "2021-06", "label": "…"}]
  --highlight <country>    country-comparison: drawn in the accent colour
  --top <n>                keep the n largest series or bars, the rest as "Other" (default 8)
  --actor-role <r>         any (default) or primary
  --include-civilians      count civilian sides as actors
  --heading, --description, --note, --source, --summary, --measure-label <text>
  --accessed <date>        when the data was downloaded, added to the default credit line
  --colors <json>          {"JNIM": "#2f6db5"}
  --locale <l>             en (default) or fr
  --theme <t>              light (default) or dark

aggregate:
  --by <list>              month,country (default), month,country,actor or month,country,event-type
  --out, -o <file>         write here instead of standard output
  --source <text>          credit line for the provenance row (default: from the dataset)
  --accessed <date>        access date for the provenance row (default: the file's date)
  --bare                   leave out the provenance row
  Columns: month (YYYY-MM), country, then actor1 and actor2 (by actor) or event_type, then
  events or fatalities. The second line is a provenance row starting with "#", which the
  elements skip. Read it back with the same filters as the raw file:
    <attack-timeline src="aggregated.csv" date-field="month" value-field="events">
  and, by actor, actor-field="actor1,actor2" (actor role and civilians are chosen there).

Errors go to standard error with exit code 1.`;

const STRING = { type: 'string' } as const;
const BOOLEAN = { type: 'boolean' } as const;

const READING = {
  src: STRING,
  'data-format': STRING,
  'date-field': STRING,
  'country-field': STRING,
  'actor-field': STRING,
  'type-field': STRING,
  'fatalities-field': STRING,
  'value-field': STRING,
  'max-rows': STRING,
  timeout: STRING,
  measure: STRING,
  from: STRING,
  to: STRING,
  countries: STRING,
  actors: STRING,
  'event-types': STRING,
  aliases: STRING,
  out: { type: 'string', short: 'o' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsConfig['options'];

const RENDER = {
  ...READING,
  'actor-role': STRING,
  'include-civilians': BOOLEAN,
  format: STRING,
  width: STRING,
  height: STRING,
  scale: STRING,
  interval: STRING,
  'group-by': STRING,
  mark: STRING,
  annotations: STRING,
  highlight: STRING,
  top: STRING,
  heading: STRING,
  description: STRING,
  note: STRING,
  source: STRING,
  accessed: STRING,
  summary: STRING,
  'measure-label': STRING,
  colors: STRING,
  locale: STRING,
  theme: STRING,
  verbose: BOOLEAN,
} as const satisfies ParseArgsConfig['options'];

const AGGREGATE = { ...READING, by: STRING, source: STRING, accessed: STRING, bare: BOOLEAN } as const satisfies ParseArgsConfig['options'];

type Values = Record<string, string | boolean | undefined>;

/** A usage mistake: reported with a pointer to --help. */
class UsageError extends Error {}

/**
 * Runs the CLI with `args` (without `node` and the script); resolves with the exit code:
 * 0 on success, 1 on any error (its message on standard error).
 */
export async function main(args: readonly string[], io: CliIo = process): Promise<number> {
  try {
    const [command, ...rest] = args;
    if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
      io.stdout.write(`${HELP}\n`);
      return command === undefined ? 1 : 0;
    }
    if (command === '--version' || command === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (command === 'render') return await renderCommand(rest, io);
    if (command === 'aggregate') return await aggregateCommand(rest, io);
    throw new UsageError(`Unknown command "${command}": use render or aggregate.`);
  } catch (error) {
    io.stderr.write(`conflict-charts: ${messageOf(error)}\n`);
    if (error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.stderr.write('Run conflict-charts --help for the options.\n');
    }
    return 1;
  }
}

function parse(args: readonly string[], options: NonNullable<ParseArgsConfig['options']>) {
  return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
}

async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, RENDER);
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const [kind, extra, ...more] = positionals;
  if (!kind) throw new UsageError(`Name the chart: ${CHART_KINDS.join(', ')}.`);
  if (more.length || (extra && values.src)) throw new UsageError(`Unexpected arguments: ${[extra, ...more].filter(Boolean).join(' ')}.`);
  const v = values as Values;
  const out = str(v, 'out');
  const format = str(v, 'format') ?? /\.(png|json)$/i.exec(out ?? '')?.[1].toLowerCase() ?? 'svg';
  if (!['svg', 'png', 'json'].includes(format)) throw new UsageError(`--format ${format} is not one of: svg, png, json.`);
  const src = str(v, 'src') ?? extra;
  if (!src) throw new UsageError('Give the data with --src <file|url|->.');
  if (format === 'png' && !out && io.stdout.isTTY) throw new UsageError('A PNG is binary: use --out chart.png or redirect standard output.');

  const options: RenderOptions = {
    ...readingOptions(v),
    src,
    actorRole: str(v, 'actor-role') as ChartOptions['actorRole'],
    includeCivilians: Boolean(v['include-civilians']),
    top: num(v, 'top'),
    interval: str(v, 'interval') as ChartOptions['interval'],
    groupBy: str(v, 'group-by'),
    mark: str(v, 'mark') as ChartOptions['mark'],
    annotations: str(v, 'annotations'),
    highlight: str(v, 'highlight'),
    heading: str(v, 'heading'),
    description: str(v, 'description'),
    note: str(v, 'note'),
    source: str(v, 'source'),
    accessed: str(v, 'accessed'),
    summary: str(v, 'summary'),
    measureLabel: str(v, 'measure-label'),
    colors: str(v, 'colors'),
    locale: str(v, 'locale'),
    theme: str(v, 'theme') as ChartOptions['theme'],
  };
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
        ? `${JSON.stringify({ chartData: result.chartData, skipped: result.skipped, format: result.format, summary: result.summary, spec: result.spec }, null, 2)}\n`
        : result.svg;
  await emit(body, out, io);
  reportSkipped(result.skipped, io);
  if (v.verbose) for (const warning of result.warnings) io.stderr.write(`warning: ${warning}\n`);
  return 0;
}

async function aggregateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parse(args, AGGREGATE);
  if (values.help) {
    io.stdout.write(`${HELP}\n`);
    return 0;
  }
  const v = values as Values;
  if (positionals.length > 1 || (positionals.length && v.src)) throw new UsageError(`Unexpected arguments: ${positionals.join(' ')}.`);
  const src = str(v, 'src') ?? positionals[0];
  if (!src) throw new UsageError('Name the file to count: conflict-charts aggregate events.csv --by month,country.');
  const options: AggregateFileOptions = {
    ...readingOptions(v),
    src,
    by: str(v, 'by'),
    source: str(v, 'source'),
    accessed: str(v, 'accessed'),
    bare: Boolean(v.bare),
  };
  const result = await aggregateFile(options);
  await emit(result.csv, str(v, 'out'), io);
  reportSkipped(result.skipped, io);
  return 0;
}

/** The options render and aggregate share: how rows are read and what is counted. */
function readingOptions(v: Values): RenderOptions {
  const measure = str(v, 'measure');
  if (measure !== undefined && measure !== 'events' && measure !== 'fatalities') {
    throw new UsageError(`--measure ${measure} is not one of: events, fatalities.`);
  }
  return {
    format: str(v, 'data-format') as ChartOptions['format'],
    dateField: str(v, 'date-field'),
    countryField: str(v, 'country-field'),
    actorField: str(v, 'actor-field'),
    typeField: str(v, 'type-field'),
    fatalitiesField: str(v, 'fatalities-field'),
    valueField: str(v, 'value-field'),
    maxRows: num(v, 'max-rows'),
    timeout: num(v, 'timeout'),
    measure: measure as ChartOptions['measure'],
    from: str(v, 'from'),
    to: str(v, 'to'),
    countries: str(v, 'countries'),
    actors: str(v, 'actors'),
    eventTypes: str(v, 'event-types'),
    aliases: str(v, 'aliases'),
  };
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
      throw new DataError(`Could not write ${out}: ${(error as Error).message}`);
    }
    return;
  }
  io.stdout.write(body);
}

/** The element's skipped-rows note, on standard error. */
function reportSkipped(skipped: readonly SkippedRecord[], io: CliIo): void {
  if (!skipped.length) return;
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  const reasons = [...counts].map(([reason, n]) => `${n.toLocaleString('en')} ${reason}`).join(', ');
  io.stderr.write(`${skipped.length.toLocaleString('en')} ${skipped.length === 1 ? 'row' : 'rows'} skipped: ${reasons}\n`);
}

function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
