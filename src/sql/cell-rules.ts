/**
 * The readers of `src/data/cells.ts`, `numbers.ts` and `util/dates.ts` as SQL expressions over
 * a cell's text: the same trimming, the same accepted numbers and dates, the same rejections.
 * test/sql/ checks each rule against the JavaScript reader on the same cells.
 */
import { and, binary, call, column, concat, constant, eq, inList, isNotNull, isNull, not, or, when, type Expr } from './tree.js';

const str = (s: string) => constant(s);
const num = (n: number) => constant(n);

/** A cell as trimmed text, '' for NULL: `cellText`. */
export function cellText(expr: Expr): Expr {
  return call('coalesce', call('trimSpaces', call('toText', expr)), str(''));
}

/**
 * JavaScript's `toLowerCase` where engines differ: İ lower-cases to i and a combining dot above
 * in JavaScript, to a plain i in DuckDB (a simple case mapping). Greek final sigma is not handled.
 */
export function jsLower(expr: Expr): Expr {
  return call('lower', call('replace', expr, str('\u0130'), str('i\u0307')));
}

/** The text of a pattern whose one capture group is `group` of `parts`; the others become `(?:…)`. */
type PatternPart = string | { group: string };
function patternFor(parts: PatternPart[], group: number): string {
  let n = 0;
  return parts
    .map((part) => {
      if (typeof part === 'string') return part;
      return n++ === group ? `(${part.group})` : `(?:${part.group})`;
    })
    .join('');
}

/** The text of capture group `group` when the pattern matches, else NULL. */
function groupOf(text: Expr, parts: PatternPart[], group: number): Expr {
  return call('regexGroup', text, str(patternFor(parts, group)));
}

const D2 = '[0-9]{1,2}';
const YEAR = { group: '[0-9]{4}' };
const YEAR_24 = { group: '[0-9]{4}|[0-9]{2}' };
const NAME = { group: '[a-zéû]+' };
/** The date patterns of parseCalendarDate, in its order. */
const YEAR_FIRST: PatternPart[] = [
  '^',
  YEAR,
  '[-/]',
  { group: D2 },
  '[-/]',
  { group: D2 },
  '(?:[t ][0-9]{1,2}:[0-9]{2}(?::[0-9]{2}(?:[.,][0-9]+)?)?)?(?:z|[+-][0-9]{2}(?::?[0-9]{2})?)?$',
];
const YEAR_MONTH: PatternPart[] = ['^', YEAR, '[-/]', { group: D2 }, '$'];
const YEAR_ONLY: PatternPart[] = ['^', YEAR, '$'];
const DAY_FIRST: PatternPart[] = ['^', { group: D2 }, '[-/.]', { group: D2 }, '[-/.]', YEAR_24, '$'];
const DAY_NAME_YEAR: PatternPart[] = ['^', { group: D2 }, '(?:st|nd|rd|th|er)?[-/ ]+', NAME, '[.]?[-/ ,]+', YEAR_24, '$'];
const NAME_DAY_YEAR: PatternPart[] = ['^', NAME, '[.]? +', { group: D2 }, '(?:st|nd|rd|th)?,? +', YEAR, '$'];
const NAME_YEAR: PatternPart[] = ['^', NAME, '[.]?[-/ ]+', YEAR_24, '$'];

/** English and French month names, as parseCalendarDate knows them. */
const MONTH_NAMES: Record<string, number> = {
  jan: 1, january: 1, janvier: 1, feb: 2, february: 2, février: 2, fevrier: 2, mar: 3, march: 3, mars: 3,
  apr: 4, april: 4, avril: 4, may: 5, mai: 5, jun: 6, june: 6, juin: 6, jul: 7, july: 7, juillet: 7,
  aug: 8, august: 8, août: 8, aout: 8, sep: 9, sept: 9, september: 9, septembre: 9, oct: 10, october: 10,
  octobre: 10, nov: 11, november: 11, novembre: 11, dec: 12, december: 12, décembre: 12, decembre: 12,
}; // prettier-ignore

/** The month (`01`–`12`) a name stands for; NULL when unknown. */
function monthOfName(name: Expr): Expr {
  return when(Object.entries(MONTH_NAMES).map(([text, month]) => [eq(name, str(text)), str(String(month).padStart(2, '0'))]));
}

/** `fullYear`: two digits from 90 are 19xx, the others 20xx. */
function fullYear(digits: Expr): Expr {
  return when(
    [[eq(call('length', digits), num(4)), digits]],
    call(
      'toText',
      binary('+', call('toInteger', digits), when([[binary('>=', call('toInteger', digits), num(90)), num(1900)]], num(2000))),
    ),
  );
}

/**
 * The text parseCalendarDate reads: quotes around the whole cell dropped, trimmed again, NFC for
 * the accented month names (é and û written with combining marks), lower case.
 */
export function dateText(trimmed: Expr): Expr {
  // JavaScript's `.` stops at line ends, so a quoted text holding one keeps its quotes.
  const body = '([^\n\r\u2028\u2029]*)';
  const quoted = or(call('matches', trimmed, str(`^"${body}"$`)), call('matches', trimmed, str(`^'${body}'$`)));
  const inner = call('coalesce', call('regexGroup', trimmed, str(`^["']${body}["']$`)), str(''));
  let text = when([[quoted, call('trimSpaces', inner)]], trimmed);
  for (const [from, to] of [
    ['e\u0301', 'é'],
    ['E\u0301', 'É'],
    ['u\u0302', 'û'],
    ['U\u0302', 'Û'],
    ['É', 'é'],
    ['Û', 'û'],
  ]) {
    text = call('replace', text, str(from), str(to));
  }
  return jsLower(text);
}

/**
 * A date's calendar date as `year|month|day|precision` (precision 0 day, 1 month, 2 year),
 * before checking that the day exists; NULL when no format matches or a month name is unknown.
 * `s` is the cell's {@link dateText}.
 */
export function dateParts(s: Expr): Expr {
  const parts = (y: Expr, m: Expr, d: Expr, p: number) => concat(y, str('|'), m, str('|'), d, str(`|${p}`));
  const g = (pattern: PatternPart[], i: number) => groupOf(s, pattern, i);
  const matched = (pattern: PatternPart[]) => isNotNull(g(pattern, 0));
  return when([
    [matched(YEAR_FIRST), parts(g(YEAR_FIRST, 0), g(YEAR_FIRST, 1), g(YEAR_FIRST, 2), 0)],
    [matched(YEAR_MONTH), parts(g(YEAR_MONTH, 0), g(YEAR_MONTH, 1), str('1'), 1)],
    [matched(YEAR_ONLY), parts(g(YEAR_ONLY, 0), str('1'), str('1'), 2)],
    [matched(DAY_FIRST), parts(fullYear(g(DAY_FIRST, 2)), g(DAY_FIRST, 1), g(DAY_FIRST, 0), 0)],
    [matched(DAY_NAME_YEAR), parts(fullYear(g(DAY_NAME_YEAR, 2)), monthOfName(g(DAY_NAME_YEAR, 1)), g(DAY_NAME_YEAR, 0), 0)],
    [matched(NAME_DAY_YEAR), parts(g(NAME_DAY_YEAR, 2), monthOfName(g(NAME_DAY_YEAR, 0)), g(NAME_DAY_YEAR, 1), 0)],
    [matched(NAME_YEAR), parts(fullYear(g(NAME_YEAR, 1)), monthOfName(g(NAME_YEAR, 0)), str('1'), 1)],
  ]);
}

/** Part `n` (1 year, 2 month, 3 day, 4 precision) of {@link dateParts}, as an integer. */
export function datePart(parts: Expr, n: 1 | 2 | 3 | 4): Expr {
  return call('toInteger', call('splitPart', parts, str('|'), num(n)));
}

/** Whether year `y`, month `m` and day `d` name a real day (`daysInMonth`). */
export function isRealDay(y: Expr, m: Expr, d: Expr): Expr {
  const leap = or(
    and(eq(call('mod', y, num(4)), num(0)), not(eq(call('mod', y, num(100)), num(0)))),
    eq(call('mod', y, num(400)), num(0)),
  );
  const days = when(
    [
      [eq(m, num(2)), when([[leap, num(29)]], num(28))],
      [inList(m, [num(4), num(6), num(9), num(11)]), num(30)],
    ],
    num(31),
  );
  return and(binary('>=', m, num(1)), binary('<=', m, num(12)), binary('>=', d, num(1)), binary('<=', d, days));
}

const SIGN = '[+-]?';
const PLAIN = `^${SIGN}(?:[0-9]+[.]?[0-9]*|[.][0-9]+)(?:[eE][+-]?[0-9]+)?$`;
const THOUSANDS = `^${SIGN}[0-9]{1,3}(?:[,\u00a0\u202f ][0-9]{3})+(?:[.][0-9]+)?$`;
const DECIMAL_COMMA = `^${SIGN}[0-9]+,[0-9]+$`;

/** `parseNumber` of a trimmed cell when it is a finite number; NULL when missing or not a number. */
export function numberOf(trimmed: Expr): Expr {
  let grouped = trimmed;
  for (const separator of [',', '\u00a0', '\u202f', ' ']) grouped = call('replace', grouped, str(separator), str(''));
  return when([
    [call('matches', trimmed, str(PLAIN)), call('toNumber', trimmed)],
    [call('matches', trimmed, str(THOUSANDS)), call('toNumber', grouped)],
    [call('matches', trimmed, str(DECIMAL_COMMA)), call('toNumber', call('replace', trimmed, str(','), str('.')))],
  ]);
}

/** What {@link numberOf} found: 0 a number, 1 a missing cell, 2 text that is not a number (or overflows). */
export function numberStatus(trimmed: Expr, number: Expr): Expr {
  return when(
    [
      [eq(trimmed, str('')), num(1)],
      [isNull(number), num(2)],
    ],
    num(0),
  );
}

/** `idOfCell`: the trimmed id, `237272.0` read as `237272`; NULL when empty. */
export function idOf(trimmed: Expr): Expr {
  return call('nullif', call('coalesce', call('regexGroup', trimmed, str('^([0-9]+)[.]0+$')), trimmed), str(''));
}

/** JavaScript's whitespace (what `trim` removes), as a pattern's character class. */
export const JS_SPACE_CLASS =
  '[\\t\\n\\v\\f\\r \\u{00a0}\\u{1680}\\u{2000}-\\u{200a}\\u{2028}\\u{2029}\\u{202f}\\u{205f}\\u{3000}\\u{feff}]';

/**
 * Whether a row is not a record: an HXL hashtag row (its first non-empty cell, in column order,
 * starts with `#`) or a row of empty cells, both of which parseTable drops. The cells are joined
 * with spaces, so the first character that is not a space is the first non-empty cell's.
 */
export function isNotRecord(columns: readonly string[]): Expr {
  const cells = columns.map((name) => call('coalesce', call('toText', column(name)), str('')));
  const joined = cells.length ? cells.reduce((a, b) => concat(a, str(' '), b)) : str('');
  return call('matches', joined, str(`^${JS_SPACE_CLASS}*(?:#|$)`));
}
