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
      help: 'svg (default), png, or json (chartData, skipped rows, summary and spec); without it, an --out name ending in .png or .json chooses',
    },
    { flag: 'out', short: 'o', argument: '<file>', help: 'write here instead of standard output' },
    { flag: 'width', argument: '<px>', help: 'image and chart width (default 640)' },
    { flag: 'scale', argument: '<n>', help: 'PNG pixels per pixel (default 1)' },
    { flag: 'verbose', boolean: true, help: 'print Vega-Lite and Vega warnings on standard error' },
  ],
  aggregate: [
    { flag: 'by', argument: '<list>', help: 'month,country (default), month,country,actor or month,country,event-type' },
    { flag: 'out', short: 'o', argument: '<file>', help: 'write here instead of standard output' },
    { flag: 'bare', boolean: true, help: 'leave out the provenance row' },
  ],
};

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
