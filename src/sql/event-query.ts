/**
 * The reading rules of `EventTableBuilder` as common table expressions: from a table of cells to
 * `checked` (every record with the reason it is skipped, or none), `valid` and `events` (one row
 * per event, with its first and second actor after ACLED's repeated records are merged).
 */
import { acledPlan } from '../data/formats/acled.js';
import type { ColumnPlan } from '../data/formats/columns.js';
import { detectFormat } from '../data/formats/detect.js';
import { genericPlan } from '../data/formats/generic.js';
import { UCDP_VIOLENCE_TYPES, ucdpPlan } from '../data/formats/ucdp.js';
import {
  COUNTRY_MISSING,
  DATE_MISSING,
  DATE_NOT_RECOGNIZED,
  FATALITIES_MISSING,
  FATALITIES_NOT_A_NUMBER,
  VALUE_MISSING,
  VALUE_NOT_A_NUMBER,
} from '../data/skip-reasons.js';
import type { DataFormat, FieldMapping } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import type { FormatOption, Measure } from '../options/values.js';
import { mergedEvents } from './merged-events.js';
import { cellText, datePart, dateParts, dateText, idOf, isNotRecord, isRealDay, numberOf, numberStatus } from './cell-rules.js';
import { and, call, column, constant, eq, isNotNull, isNull, min, not, or, table, when, type Expr, type Select } from './tree.js';

export interface EventQueryOptions {
  /** The table's columns, in order: the format is detected and columns found from them. */
  columns: readonly string[];
  format: FormatOption;
  fields: FieldMapping;
  /** What each event weighs: 1, or its fatalities (a `value-field` number whatever the measure). */
  measure: Measure;
  /** Every cell column in file order, for telling HXL and empty rows (default: `columns`). */
  allCells?: readonly string[];
  /** A column numbering the rows in file order (1, 2, 3…): ACLED's repeated records keep the first. */
  rowColumn: string;
  /** Rows without a country are skipped (a country filter is set). */
  requireCountry: boolean;
  /** Rows without a number of fatalities are skipped (fatalities are summed). */
  requireFatalities: boolean;
}

export interface EventQuery {
  format: DataFormat;
  plan: ColumnPlan;
  /** Whether repeated ACLED event ids are merged (`event_row` then names each event's first row). */
  merged: boolean;
  ctes: { name: string; query: Select }[];
}

const str = (s: string) => constant(s);
const num = (n: number) => constant(n);
const all = (from: string, extra: { expr: Expr; as: string }[], where?: Expr): Select => ({
  columns: [{ expr: column('*') }, ...extra],
  from: table(from),
  where,
});

/** @throws {DataError} as normalizeRows does for the columns, or when a merge needs a row column that is missing. */
export function eventQuery(tableName: string, options: EventQueryOptions): EventQuery {
  const columns = [...options.columns];
  const format = options.format === 'auto' ? detectFormat(columns) : options.format;
  const makePlan = format === 'acled' ? acledPlan : format === 'ucdp' ? ucdpPlan : genericPlan;
  const { plan } = makePlan(columns, options.fields);
  const hasValue = Boolean(options.fields.value);
  const merged = format === 'acled' && !hasValue && plan.id !== undefined;
  const hasRow = columns.includes(options.rowColumn);
  if (merged && !hasRow) {
    throw new DataError(
      `ACLED rows repeat an event's id once per actor and the first row counts: the table needs a column numbering the rows in file order ("${options.rowColumn}"; see --row-field).`,
    );
  }
  const dataColumns = columns.filter((name) => name !== options.rowColumn);
  const cell = (name: string | undefined) => (name === undefined ? str('') : cellText(column(name)));
  const cells: Select = {
    columns: [
      { expr: hasRow ? column(options.rowColumn) : num(0), as: '_row' },
      { expr: isNotRecord(options.allCells ?? dataColumns), as: 'not_record' },
      { expr: cell(plan.date), as: 'date_text' },
      { expr: cell(plan.country), as: 'country' },
      { expr: cell(plan.type), as: 'type_text' },
      { expr: cell(plan.actors[0]), as: 'actor_a' },
      { expr: cell(plan.actors[1]), as: 'actor_b' },
      { expr: cell(plan.fatalities), as: 'fatalities_text' },
      { expr: cell(plan.value), as: 'value_text' },
      // A NULL of type text: ClickHouse cannot store an untyped NULL in a step's table.
      { expr: plan.id === undefined ? call('nullif', str(''), str('')) : idOf(cell(plan.id)), as: 'event_id' },
    ],
    from: table(tableName),
  };
  const records = all('cells', [{ expr: dateText(column('date_text')), as: 'date_norm' }], not(column('not_record')));
  const dated = all('records', [{ expr: dateParts(column('date_norm')), as: 'date_parts' }]);
  const parts = column('date_parts');
  const numbers = all('dated', [
    { expr: datePart(parts, 1), as: 'y' },
    { expr: datePart(parts, 2), as: 'm' },
    { expr: datePart(parts, 3), as: 'd' },
    { expr: datePart(parts, 4), as: 'p' },
    { expr: numberOf(column('fatalities_text')), as: 'fatalities_number' },
    { expr: numberOf(column('value_text')), as: 'value_number' },
    { expr: numberOf(column('type_text')), as: 'type_number' },
  ]);
  const labelled = format === 'ucdp' && plan.type !== undefined && plan.type === findViolence(columns);
  const parsed = all('numbers', [
    { expr: numberStatus(column('fatalities_text'), column('fatalities_number')), as: 'fatalities_status' },
    { expr: numberStatus(column('value_text'), column('value_number')), as: 'value_status' },
    { expr: typeLabel(labelled), as: 'type_label' },
  ]);
  const reasons: [Expr, Expr][] = [
    [eq(column('date_text'), str('')), str(DATE_MISSING)],
    [or(isNull(parts), not(isRealDay(column('y'), column('m'), column('d')))), str(DATE_NOT_RECOGNIZED)],
  ];
  if (options.requireCountry) reasons.push([eq(column('country'), str('')), str(COUNTRY_MISSING)]);
  if (hasValue) {
    reasons.push([eq(column('value_status'), num(1)), str(VALUE_MISSING)]);
    reasons.push([eq(column('value_status'), num(2)), str(VALUE_NOT_A_NUMBER)]);
  }
  if (options.requireFatalities && plan.fatalities !== undefined) {
    reasons.push([eq(column('fatalities_status'), num(1)), str(FATALITIES_MISSING)]);
    reasons.push([eq(column('fatalities_status'), num(2)), str(FATALITIES_NOT_A_NUMBER)]);
  }
  const checked = all('parsed', [{ expr: when(reasons), as: 'reason' }]);
  const weight = hasValue
    ? column('value_number')
    : options.measure === 'fatalities'
      ? when([[eq(column('fatalities_status'), num(0)), column('fatalities_number')]], num(0))
      : num(1);
  const valid: Select = merged
    ? {
        // An event's rows share the number of its first valid row: its `event_row`.
        columns: [
          { expr: column('*', 'c') },
          { expr: weight, as: 'weight' },
          { expr: when([[isNull(column('event_id', 'c')), column('_row', 'c')]], column('first_row', 'f')), as: 'event_row' },
        ],
        from: table('checked', 'c'),
        join: { type: 'left', source: table('first_rows', 'f'), on: eq(column('first_event_id', 'f'), column('event_id', 'c')) },
        where: isNull(column('reason', 'c')),
      }
    : all(
        'checked',
        [
          { expr: weight, as: 'weight' },
          { expr: column('_row'), as: 'event_row' },
        ],
        isNull(column('reason')),
      );
  const firstRows: Select = {
    columns: [
      { expr: column('event_id'), as: 'first_event_id' },
      { expr: min(column('_row')), as: 'first_row' },
    ],
    from: table('checked'),
    where: and(isNull(column('reason')), isNotNull(column('event_id'))),
    groupBy: [column('event_id')],
  };
  const ctes = [
    { name: 'cells', query: cells },
    { name: 'records', query: records },
    { name: 'dated', query: dated },
    { name: 'numbers', query: numbers },
    { name: 'parsed', query: parsed },
    { name: 'checked', query: checked },
    ...(merged ? [{ name: 'first_rows', query: firstRows }] : []),
    { name: 'valid', query: valid },
    ...(merged ? mergedEvents(EVENT_COLUMNS) : [{ name: 'events', query: rowEvents() }]),
  ];
  return { format, plan, merged, ctes };
}

function findViolence(columns: string[]): string | undefined {
  return columns.find((c) => c.trim().toLowerCase() === 'type_of_violence');
}

/** `ucdpViolenceType` where the type column is UCDP's `type_of_violence`; else the text as written. */
function typeLabel(labelled: boolean): Expr {
  if (!labelled) return column('type_text');
  const codes = Object.entries(UCDP_VIOLENCE_TYPES).map(([code, label]): [Expr, Expr] => [
    and(not(eq(column('type_text'), str(''))), eq(column('type_number'), num(Number(code)))),
    str(label),
  ]);
  return when(codes, column('type_text'));
}

/** The event columns every count reads. */
const EVENT_COLUMNS = ['event_row', 'date_text', 'y', 'm', 'd', 'p', 'country', 'type_label', 'weight'];

/** Without merging: each valid row is an event, its second actor first when the first is empty. */
function rowEvents(): Select {
  const firstEmpty = eq(column('actor_a'), str(''));
  return {
    columns: [
      ...EVENT_COLUMNS.map((name) => ({ expr: column(name) })),
      { expr: when([[firstEmpty, column('actor_b')]], column('actor_a')), as: 'actor1' },
      { expr: when([[firstEmpty, str('')]], column('actor_b')), as: 'actor2' },
    ],
    from: table('valid'),
  };
}
