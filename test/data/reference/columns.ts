/*
 * Which columns each field comes from, from the column lists of ../shared/docs/data-formats.md
 * and the README's "Data formats read": format detection, each format's columns, and the
 * `*-field` attributes that replace them.
 */
import { DataError } from '../../../src/errors/data-error.js';
import type { DataFormat, FieldMapping } from '../../../src/data/types.js';

/** The actual column names (as the data writes them) each field is read from. */
export interface Columns {
  date?: string;
  country?: string;
  /** At most two: first actor, second actor. */
  actors: string[];
  type?: string;
  fatalities?: string;
  value?: string;
  id?: string;
  /** UCDP: the type column is `type_of_violence`, whose codes 1–3 have names. */
  typeIsViolenceCode: boolean;
}

/** The column with this name: spelled exactly, or else the first equal ignoring case and surrounding spaces. */
function columnNamed(columns: string[], name: string): string | undefined {
  if (columns.includes(name)) return name;
  const wanted = name.trim().toLowerCase();
  return columns.find((column) => column.trim().toLowerCase() === wanted);
}

/** The column of the first of `names` the data has. */
function firstColumnNamed(columns: string[], names: string[]): string | undefined {
  for (const name of names) {
    const column = columnNamed(columns, name);
    if (column !== undefined) return column;
  }
  return undefined;
}

/** ACLED, UCDP GED, or generic, from the column names (in any case). */
export function detectFormat(columns: string[]): DataFormat {
  const present = new Set(columns.map((column) => column.trim().toLowerCase()));
  const hasAny = (...names: string[]) => names.some((name) => present.has(name));
  if (hasAny('event_date') && hasAny('actor1') && hasAny('event_type', 'fatalities', 'country')) return 'acled';
  if (hasAny('date_start') && hasAny('side_a', 'side_b') && hasAny('best', 'type_of_violence')) return 'ucdp';
  return 'generic';
}

/** Candidate names per field, in order of preference; actors are one list per side. */
interface Defaults {
  date: string[];
  country: string[];
  actors: string[][];
  type: string[];
  fatalities: string[];
  id: string[];
}

const DEFAULTS: Record<DataFormat, Defaults> = {
  acled: {
    date: ['event_date'],
    country: ['country'],
    actors: [['actor1'], ['actor2']],
    type: ['event_type'],
    fatalities: ['fatalities'],
    id: ['event_id_cnty'],
  },
  ucdp: {
    date: ['date_start'],
    country: ['country'],
    actors: [['side_a'], ['side_b']],
    type: ['type_of_violence'],
    fatalities: ['best'],
    id: ['id', 'relid'],
  },
  generic: {
    date: ['date', 'event_date', 'date_start', 'month', 'year', 'period'],
    country: ['country'],
    actors: [['actor', 'actors']],
    type: ['event_type', 'type'],
    fatalities: ['fatalities', 'deaths', 'best'],
    id: [],
  },
};

const NO_DATE_ERROR = { acled: 'noAcledDate', ucdp: 'noUcdpDate', generic: 'noDateColumn' } as const;

/** At most 12 column names for a message, and how many more there are. */
function columnList(columns: string[]): { columns: string; more: number } {
  const shown = columns.slice(0, 12);
  return { columns: shown.join(', '), more: columns.length - shown.length };
}

/**
 * The columns a format reads, with the author's `*-field` attributes in place of its own.
 * @throws {DataError} when an attribute names a column the data lacks (checked in the order
 * date, country, actor, type, fatalities, value), or no date column is left.
 */
export function columnsToRead(format: DataFormat, columns: string[], fields: FieldMapping = {}): Columns {
  const defaults = DEFAULTS[format];
  const named = (name: string, attribute: string): string => {
    const column = columnNamed(columns, name);
    if (column === undefined) throw new DataError('columnNotFound', { column: name, attribute, ...columnList(columns) });
    return column;
  };
  const ownType = firstColumnNamed(columns, defaults.type);
  const result: Columns = {
    date: fields.date ? named(fields.date, 'date-field') : firstColumnNamed(columns, defaults.date),
    country: fields.country ? named(fields.country, 'country-field') : firstColumnNamed(columns, defaults.country),
    actors:
      fields.actor && fields.actor.length > 0
        ? fields.actor.slice(0, 2).map((name) => named(name, 'actor-field'))
        : defaults.actors.map((names) => firstColumnNamed(columns, names)).filter((c): c is string => c !== undefined),
    type: fields.type ? named(fields.type, 'type-field') : ownType,
    fatalities: fields.fatalities ? named(fields.fatalities, 'fatalities-field') : firstColumnNamed(columns, defaults.fatalities),
    value: fields.value ? named(fields.value, 'value-field') : undefined,
    id: firstColumnNamed(columns, defaults.id),
    typeIsViolenceCode: false,
  };
  result.typeIsViolenceCode = format === 'ucdp' && result.type !== undefined && result.type === ownType;
  if (result.date === undefined) throw new DataError(NO_DATE_ERROR[format], columnList(columns));
  return result;
}
