import { ATTRIBUTE_DOCS, type AttributeDocs } from '../options/attribute-docs.js';
import { ATTRIBUTES, cliFlagOf, type AttributeKind, type AttributeSpec } from '../options/attributes.js';
import { CHART_TAGS } from '../options/values.js';
import { VERSION } from '../version.js';
import { COMMAND_FLAGS, SQL_FLAGS, attributeFlags, type CommandFlag } from './flags.js';

const COLUMN = 27;
const WIDTH = 100;

const ARGUMENTS: Partial<Record<AttributeKind, string>> = {
  url: '<file|url|->',
  choice: '<value>',
  text: '<text>',
  'long-text': '<text>',
  column: '<column>',
  columns: '<column[,column]>',
  names: '<a,b>',
  number: '<n>',
  period: '<period>',
  date: '<date>',
  locale: '<locale>',
  json: '<json>',
};

/** `--flag <arg>   help`, the help wrapped under its column. */
function line(flag: string, help: string): string {
  const head = `  ${flag}`;
  const words = help.replace(/`/g, '').split(/\s+/);
  const lines: string[] = [];
  let current = '';
  for (const word of words) {
    if (current && COLUMN + current.length + 1 + word.length > WIDTH) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  lines.push(current);
  const first = head.length < COLUMN - 1 ? head.padEnd(COLUMN) + lines[0] : `${head}\n${' '.repeat(COLUMN)}${lines[0]}`;
  return [first, ...lines.slice(1).map((text) => ' '.repeat(COLUMN) + text)].join('\n');
}

/** What the help says an attribute's flag takes: its docs, its words, its default. */
function attributeHelp(spec: AttributeSpec, docs: AttributeDocs | undefined): string {
  let help = docs?.cliHelp ?? docs?.doc ?? '';
  if (spec.kind === 'choice' && spec.values) {
    const words = Array.isArray(spec.values)
      ? spec.values.join(', ')
      : spec.charts.map((tag) => `${tag}: ${(spec.values as Record<string, readonly string[]>)[tag].join(', ')}`).join('; ');
    const defaults = Object.entries(spec.defaults ?? {}).map(([tag, value]) => `; ${tag}: ${value}`);
    help = `${words}${spec.default !== undefined ? ` (default ${spec.default}${defaults.join('')})` : ''}`;
  }
  if (spec.charts.length < CHART_TAGS.length) help = `${spec.charts.join(', ')}: ${help}`;
  return help;
}

function attributeLine(spec: AttributeSpec, docs: Readonly<Record<string, AttributeDocs>>): string {
  const argument = spec.kind === 'boolean' ? '' : ` ${ARGUMENTS[spec.kind] ?? '<value>'}`;
  return line(`--${cliFlagOf(spec)}${argument}`, attributeHelp(spec, docs[spec.attribute]));
}

function commandLine(flag: CommandFlag): string {
  const name = flag.short ? `--${flag.flag}, -${flag.short}` : `--${flag.flag}`;
  return line(`${name}${flag.argument ? ` ${flag.argument}` : ''}`, flag.help);
}

/**
 * The CLI's help, written from the options table: every attribute the commands take as a
 * flag, grouped as the element uses it, then each command's own flags.
 */
export function cliHelp(
  table: readonly AttributeSpec[] = ATTRIBUTES,
  docs: Readonly<Record<string, AttributeDocs>> = ATTRIBUTE_DOCS,
): string {
  const render = attributeFlags('render', table);
  const both = render.filter((spec) => spec.cli!.commands.includes('aggregate'));
  const renderOnly = render.filter((spec) => !both.includes(spec));
  const aggregateOnly = attributeFlags('aggregate', table).filter((spec) => !render.includes(spec));
  const section = (title: string, specs: AttributeSpec[], extra: string[] = []) =>
    specs.length || extra.length ? [`${title}:`, ...specs.map((spec) => attributeLine(spec, docs)), ...extra].join('\n') : '';
  return [
    `conflict-charts ${VERSION}: draw conflict-event charts without a browser, or count events for the charts.`,
    `Usage:
  conflict-charts render <chart> --src <file|url|-> [options]   SVG or PNG of a chart
  conflict-charts aggregate <file|url|-> [--by <interval>,country[,actor|event-type]] [options]
                                                                  counts as CSV, for value-field
  conflict-charts sql --table <name> [--dialect duckdb|postgres|clickhouse] [--by …] [options]
                                                                  the same counts as SQL, for your engine
  conflict-charts --help | --version`,
    `Charts: ${CHART_TAGS.join(', ')}. The options are the elements'
attributes: conflict-charts render attack-timeline --src events.csv --interval year > chart.svg`,
    section('Reading the data and counting (render and aggregate)', both),
    section('render', renderOnly, COMMAND_FLAGS.render.map(commandLine)),
    section('aggregate', aggregateOnly, COMMAND_FLAGS.aggregate.map(commandLine)) +
      `
  Columns: month (YYYY-MM), country, then actor1 and actor2 (by actor) or event_type, then
  events or fatalities. --by day,country (or --interval day), week, quarter or year names the
  first column after the interval: day YYYY-MM-DD, week its Sunday (ISO weeks run Monday to
  Sunday), quarter its last month YYYY-MM, year YYYY; each row covers its whole period. The
  second line is a provenance row starting with "#", which the elements skip. Read it back
  with the same filters as the raw file:
    <attack-timeline src="aggregated.csv" date-field="month" value-field="events">
  and, by actor, actor-field="actor1,actor2" (actor role and civilians are chosen there); by
  another interval, date-field and interval name it.`,
    section(
      'sql (takes the reading and counting flags above, not --src, --timeout or --max-rows)',
      [],
      SQL_FLAGS.map(commandLine),
    ) +
      `
  Prints one query (with its provenance as -- comments) that gives aggregate's table from a
  table of rows in DuckDB or PostgreSQL. Cells may be text in the formats the elements read, or
  DATE and INTEGER columns; ACLED tables need a _row column numbering the rows in file order.`,
    'Errors go to standard error with exit code 1.',
  ]
    .filter(Boolean)
    .join('\n\n');
}
