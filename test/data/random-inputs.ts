/*
 * Seeded random inputs for the fast-path tests, full of awkward cases: events as readers give
 * them, counting options, rows with cells of every kind, and date and number cells in every
 * documented format (often slightly wrong).
 */
import { mergeAliases } from '../../src/data/aliases.js';
import type { AggregateOptions, ConflictEvent, EventFilters, Precision, RawRow } from '../../src/data/types.js';
import { dayNumber, parseCalendarDate, periodStart } from '../../src/util/dates.js';

export type Random = () => number;
export const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

export const COUNTRIES = ['Mali', 'Burkina Faso', ' Niger ', 'niger', 'Benin', '', 'Other'];
export const ACTORS = [
  'JNIM: Group for Support of Islam and Muslims',
  'jnim: group for support of islam and muslims ',
  'JNIM',
  'Islamic State Sahel Province',
  'Islamic State (Greater Sahara)',
  'Military Forces of Mali (2021-)',
  'Civilians (Mali)',
  'civilians',
  'Wagner Group',
  'Koglweogo',
  'Other',
  'Dozo Communal Militia',
  'Unidentified Armed Group (Niger)',
  'Z',
  'a',
];
export const TYPES = ['Battles', 'battles', 'Violence against civilians', '', 'Explosions/Remote violence', 'Riots'];

/** Random events as the readers could give them, and as tests write them by hand. */
export function randomEvents(random: Random, count: number): ConflictEvent[] {
  const events: ConflictEvent[] = [];
  const first = dayNumber(2019, 11, 20);
  for (let i = 0; i < count; i++) {
    const precision: Precision = random() < 0.85 ? 'day' : random() < 0.7 ? 'month' : 'year';
    const raw = first + Math.floor(random() * 900);
    const date = parseCalendarDate(new Date(raw * 86400000).toISOString().slice(0, 10))!;
    const day = periodStart({ ...date, precision });
    const actorCount = Math.floor(random() * random() * 5);
    const actors = Array.from({ length: actorCount }, () => pick(random, ACTORS));
    const preAggregated = random() < 0.1;
    const event: ConflictEvent = {
      record: i + 1,
      day,
      precision,
      country: pick(random, COUNTRIES),
      actors,
      eventType: pick(random, TYPES),
      fatalities: random() < 0.5 ? 0 : random() < 0.8 ? Math.floor(random() * 40) : Math.round(random() * 100) / 10,
      value: preAggregated ? Math.floor(random() * 50) : 1,
    };
    if (preAggregated) event.preAggregated = true;
    events.push(event);
  }
  return events;
}

export function randomFilters(random: Random): EventFilters {
  const filters: EventFilters = {};
  if (random() < 0.3) filters.from = parseCalendarDate(pick(random, ['2020', '2020-03', '2020-03-15', '2019-12-31']))!;
  if (random() < 0.3) filters.to = parseCalendarDate(pick(random, ['2021', '2021-02', '2020-11-30', '2020-06-01']))!;
  if (random() < 0.2) filters.countries = [pick(random, COUNTRIES), pick(random, ['NIGER', 'mali', 'Atlantis'])];
  if (random() < 0.2) filters.eventTypes = [pick(random, TYPES)];
  if (random() < 0.2) filters.actors = [pick(random, ['jnim', 'IS Sahel', 'Wagner Group', 'civilians (mali)', 'Other'])];
  return filters;
}

/** Custom aliases, one of them equal to a built-in name ignoring case (it wins for names matched that way). */
const CUSTOM_ALIASES = {
  Koglweogo: 'JNIM',
  'Wagner Group': 'Africa Corps',
  'JNIM: GROUP FOR SUPPORT OF ISLAM AND MUSLIMS': 'JNIM (custom)',
};

export function randomOptions(random: Random): AggregateOptions {
  return {
    measure: random() < 0.5 ? 'events' : 'fatalities',
    filters: randomFilters(random),
    aliases: random() < 0.8 ? mergeAliases() : mergeAliases(CUSTOM_ALIASES),
    actorRole: random() < 0.7 ? 'any' : 'primary',
    includeCivilians: random() < 0.3,
    top: pick(random, [0, 1, 2, 3, 8, 100, -1, NaN, Infinity, 2.5]),
    otherLabel: pick(random, ['Other', 'Autres', 'Mali', '']),
  };
}

/** The outcome of a call: its value, or the error it threw. */
export function outcome<T>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

// ---- rows and cells ----------------------------------------------------------------------------

// prettier-ignore
export const DATE_CELLS = [
  '2025-07-15', '2025/07/15', '2025-07/15', '2024-02-29', '2025-02-29', '2025-13-01', '2025-00-10', '2025-07-00',
  '2025-07-32', '1899-12-31', '1900-01-01', '2099-12-31', '2100-03-01', '0000-01-01', '9999-12-31', '2025-7-15',
  ' 2025-07-15', '2025-07-15 ', '2025-07-15T00:00:00Z', '2019-06-30 00:00:00.000', '15 July 2025', '16-Feb-21',
  '15/07/2025', 'July 2025', '2025-07', '2025', 'last Tuesday', '', '   ', '2O25-07-15', '2025–07–15', '"2025-07-15"',
  '１２３４-05-06', 2025, 2025.5, 12, null, undefined, true, {},
];
// prettier-ignore
export const NUMBER_CELLS = ['0', '7', '12', '123456789', '1234567890', '007', '1,234', '1 234', '2,5', '1.5', '-3', '+4', 'n/a', 'NA', '-', '', '  ', ' 5 ', '1e3', 'Infinity', 5, 0, -2.5, NaN, Infinity, null, undefined, 12n, {}];
// prettier-ignore
export const ID_CELLS = ['BFO1', 'BFO12', 'BFO012', 'bfo12', 'BFO12', 'MLI99999', 'MLI-1', '237272.0', '237272', ' BFO12', 'BFO12 ', 'A1', 'ABCD12', 'BF12', '12', '', 237272, 237272.0, 'BFO12.0', 'NIG1000000000', null];

export function randomRow(random: Random): RawRow {
  return {
    event_id_cnty: pick(random, ID_CELLS),
    event_date: random() < 0.7 ? `${2018 + Math.floor(random() * 8)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}` : pick(random, DATE_CELLS),
    actor1: pick(random, [...ACTORS, '', '  ', null]),
    actor2: pick(random, [...ACTORS, '', undefined]),
    event_type: pick(random, [...TYPES, ' Battles ', 3, null]),
    country: pick(random, [...COUNTRIES, null, '  ']),
    fatalities: pick(random, NUMBER_CELLS),
    count: pick(random, NUMBER_CELLS),
  };
}

export const HXL: RawRow = { event_id_cnty: '#event+code', event_date: '#date', actor1: '#group', country: '#country' };

export function randomRows(random: Random, count: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = 0; i < count; i++) rows.push(random() < 0.01 ? { ...HXL } : randomRow(random));
  return rows;
}


/** How a month may be named: English in full or three letters, Sept, French with or without accents. */
const MONTH_NAMES: readonly (readonly string[])[] = [
  ['January', 'Jan', 'janvier'],
  ['February', 'Feb', 'février', 'fevrier', 'fe\u0301vrier'],
  ['March', 'Mar', 'mars'],
  ['April', 'Apr', 'avril'],
  ['May', 'mai'],
  ['June', 'Jun', 'juin'],
  ['July', 'Jul', 'juillet'],
  ['August', 'Aug', 'août', 'aout'],
  ['September', 'Sep', 'Sept', 'septembre'],
  ['October', 'Oct', 'octobre'],
  ['November', 'Nov', 'novembre'],
  ['December', 'Dec', 'décembre', 'decembre'],
];
/** Words that look like month names and are not. */
const NOT_MONTHS = ['Febuary', 'juil', 'févr', 'Jänner', 'Mayo', 'Ju', 'Julyy', 'Sepember', 'mär', 'ao\u00fbt!'];

/**
 * A date cell in one of the documented formats (README, "Counting rules"), with days and months
 * that may not exist, and now and then quoted, padded, shouted or mangled by one character.
 */
export function randomDateText(random: Random): string {
  const int = (n: number) => Math.floor(random() * n);
  const maybePadded = (n: number) => (random() < 0.8 ? String(n).padStart(2, '0') : String(n));
  const year = random() < 0.8 ? 1985 + int(50) : int(10000);
  const month = random() < 0.9 ? 1 + int(12) : int(15);
  const day = random() < 0.9 ? 1 + int(31) : int(40);
  const fourDigitYear = String(year).padStart(4, '0');
  const someYear = random() < 0.5 ? fourDigitYear : fourDigitYear.slice(2);
  const monthName = () => {
    const name = month >= 1 && month <= 12 && random() < 0.9 ? pick(random, MONTH_NAMES[month - 1]) : pick(random, NOT_MONTHS);
    const cased = random() < 0.2 ? name.toUpperCase() : random() < 0.2 ? name.toLowerCase() : name;
    return cased + (random() < 0.15 ? '.' : '');
  };
  const time = () =>
    random() < 0.5
      ? ''
      : `${pick(random, ['T', 't', ' '])}${maybePadded(int(24))}:${maybePadded(int(60))}` +
        pick(random, ['', `:${maybePadded(int(60))}`, ':00.000', ':07,5', '.5']);
  const offset = () => (random() < 0.6 ? '' : pick(random, ['Z', 'z', '+01:00', '-08:00', '+0900', '-03', '+1:00', '+01:0']));
  const ordinal = () => pick(random, ['', '', '', 'st', 'nd', 'rd', 'th', 'er', 'ème']);
  let text: string;
  switch (int(7)) {
    case 0:
      text = `${fourDigitYear}${pick(random, ['-', '/', '.'])}${maybePadded(month)}${pick(random, ['-', '/'])}${maybePadded(day)}${time()}${offset()}`;
      break;
    case 1:
      text = `${fourDigitYear}${pick(random, ['-', '/', '.'])}${maybePadded(month)}`;
      break;
    case 2:
      text = random() < 0.8 ? fourDigitYear : String(year).padStart(int(6), '0');
      break;
    case 3:
      text = `${maybePadded(day)}${pick(random, ['-', '/', '.'])}${maybePadded(month)}${pick(random, ['-', '/', '.'])}${someYear}`;
      break;
    case 4:
      text = `${maybePadded(day)}${ordinal()}${pick(random, [' ', '-', '/', ' - ', '  ', ''])}${monthName()}${pick(random, [' ', '-', ', ', ',', '/', ' ,', ''])}${someYear}`;
      break;
    case 5:
      text = `${monthName()}${pick(random, [' ', '  ', '-'])}${String(day)}${ordinal()}${pick(random, ['', ','])} ${pick(random, [fourDigitYear, someYear])}`;
      break;
    default:
      text = `${monthName()}${pick(random, [' ', '-', '/', ', '])}${someYear}`;
  }
  if (random() < 0.1) text = pick(random, ['"', "'"]) + text + pick(random, ['"', "'", '']);
  if (random() < 0.1) text = ` ${text}\u00a0`;
  if (random() < 0.05) {
    const at = int(text.length + 1);
    text = text.slice(0, at) + pick(random, ['', '0', '9', 'a', ' ', '-', '/', '.', ',', ':', 't']) + text.slice(at + int(2));
  }
  return text;
}

/**
 * A number cell as spreadsheets and APIs write them: plain, signed, with decimals or an
 * exponent, thousands separated by commas or spaces, a decimal comma, too large a number, or
 * something that is not a number at all.
 */
export function randomNumberText(random: Random): string {
  const int = (n: number) => Math.floor(random() * n);
  const digits = (n: number) => Array.from({ length: n }, () => int(10)).join('');
  const groups = (separator: string) => [String(1 + int(999)), ...Array.from({ length: 1 + int(3) }, () => digits(3))].join(separator);
  const sign = pick(random, ['', '', '', '-', '+']);
  const text = pick(random, [
    () => sign + String(int(10 ** (1 + int(9)))),
    () => `${sign}${digits(1 + int(4))}.${digits(int(4))}`,
    () => `${sign}.${digits(1 + int(3))}`,
    () => `${sign}${1 + int(9)}${pick(random, ['e', 'E'])}${pick(random, ['', '+', '-'])}${int(400)}`,
    () => sign + groups(pick(random, [',', ' ', '\u00a0', '\u202f'])) + pick(random, ['', `.${digits(1 + int(2))}`]),
    () => `${sign}${digits(1 + int(4))},${digits(1 + int(4))}`,
    () => digits(300 + int(30)),
    () => pick(random, ['n/a', 'NA', '-', '--1', '1.2.3', '1e', 'e3', '0x10', '1_000', '١٢', '1,23,456', '12 34', 'Infinity', '1 234,5', '.']),
  ])();
  return random() < 0.1 ? ` ${text} ` : text;
}
