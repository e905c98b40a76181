import type { ParseArgsConfig } from 'node:util';
import { ATTRIBUTES, cliFlagOf, type AttributeSpec, type CliCommand } from '../options/attributes.js';

type FlagOptions = NonNullable<ParseArgsConfig['options']>;

/** A flag of the command itself, not an attribute of the elements. */
export interface CommandFlag {
  readonly flag: string;
  readonly boolean?: boolean;
  readonly short?: string;
  /** `<file>`, `<px>`… */
  readonly argument?: string;
  readonly help: string;
}

/** The flags only the commands have: where to write, image size, how to count the table. */
export const COMMAND_FLAGS: Readonly<Record<CliCommand, readonly CommandFlag[]>> = {
  render: [
    {
      flag: 'format',
      argument: '<f>',
      help: 'svg (default), png, or json (chartData, skipped rows, summary, change and spec); without it, an --out name ending in .png or .json chooses',
    },
    { flag: 'out', short: 'o', argument: '<file>', help: 'write here instead of standard output' },
    { flag: 'width', argument: '<px>', help: 'image and chart width (default 640)' },
    { flag: 'scale', argument: '<n>', help: 'PNG pixels per pixel (default 1)' },
    { flag: 'verbose', boolean: true, help: 'print Vega-Lite and Vega warnings on standard error' },
  ],
  aggregate: [
    {
      flag: 'by',
      argument: '<list>',
      help: 'month,country (default), month,country,actor or month,country,event-type; day, week, quarter or year in place of month (as --interval)',
    },
    { flag: 'out', short: 'o', argument: '<file>', help: 'write here instead of standard output' },
    { flag: 'bare', boolean: true, help: 'leave out the provenance row' },
    {
      flag: 'engine',
      argument: '<name>',
      help: "duckdb (the default for CSV, TSV and Parquet files when @duckdb/node-api is installed) or js (the elements' own code; always used for JSON, URLs and standard input)",
    },
  ],
};

/** The flags only `conflict-charts sql` has. */
export const SQL_FLAGS: readonly CommandFlag[] = [
  { flag: 'dialect', argument: '<name>', help: 'duckdb (default), postgres or clickhouse' },
  { flag: 'table', argument: '<name>', help: 'the table (or schema.table) holding the rows' },
  {
    flag: 'columns',
    argument: '<a,b,c>',
    help: "the table's columns in order; without it, ACLED's or UCDP GED's usual names (--data-format acled or ucdp)",
  },
  {
    flag: 'row-field',
    argument: '<column>',
    help: 'the column numbering rows in file order (1, 2, 3…), which ACLED data needs: of rows repeating an event id the first counts (default _row)',
  },
  {
    flag: 'by',
    argument: '<list>',
    help: 'month,country (default), month,country,actor or month,country,event-type; day, week, quarter or year in place of month (as --interval)',
  },
  { flag: 'out', short: 'o', argument: '<file>', help: 'write here instead of standard output' },
];

/** `sql` takes aggregate's flags for reading and counting, not those for where the data comes from. */
export function sqlAttributeFlags(table: readonly AttributeSpec[] = ATTRIBUTES): AttributeSpec[] {
  return attributeFlags('aggregate', table).filter((spec) => spec.affects !== 'source');
}

/** node:util parseArgs options for `sql`. */
export function sqlParseArgsOptions(table: readonly AttributeSpec[] = ATTRIBUTES): FlagOptions {
  const options: FlagOptions = { help: { type: 'boolean', short: 'h' } };
  for (const spec of sqlAttributeFlags(table))
    options[cliFlagOf(spec)] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' };
  for (const flag of SQL_FLAGS) {
    options[flag.flag] = flag.short ? { type: 'string', short: flag.short } : { type: 'string' };
  }
  return options;
}

/** The attributes a command takes as flags, in table order. */
export function attributeFlags(command: CliCommand, table: readonly AttributeSpec[] = ATTRIBUTES): AttributeSpec[] {
  return table.filter((spec) => spec.cli?.commands.includes(command));
}

/** node:util parseArgs options for a command: its attributes and its own flags. */
export function parseArgsOptions(command: CliCommand, table: readonly AttributeSpec[] = ATTRIBUTES): FlagOptions {
  const options: FlagOptions = { help: { type: 'boolean', short: 'h' } };
  for (const spec of attributeFlags(command, table)) {
    options[cliFlagOf(spec)] = { type: spec.kind === 'boolean' ? 'boolean' : 'string' };
  }
  for (const flag of COMMAND_FLAGS[command]) {
    options[flag.flag] = flag.short
      ? { type: flag.boolean ? 'boolean' : 'string', short: flag.short }
      : { type: flag.boolean ? 'boolean' : 'string' };
  }
  return options;
}
