/**
 * ClickHouse's spelling of the tree's functions and values, as ClickHouse 18.16 (Debian 12's
 * `clickhouse-server`) reads them. Its functions differ from the standard's in name and in how
 * they treat NULL: every branch of a CASE is computed for every row, so a function that could
 * throw on another row's value is written in its `…OrNull` form.
 */
import type { FunctionName } from './tree.js';

/** A pattern's character class of JavaScript's spaces, in RE2's `\x{hhhh}` spelling. */
const spaceClass = (codes: readonly number[]) => `[${codes.map((c) => `\\x{${c.toString(16).padStart(4, '0')}}`).join('')}]`;

const ESCAPES: Record<string, string> = { '\\': '\\\\', "'": "\\'", '\0': '\\0', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** A string literal: ClickHouse reads backslash escapes in quotes, so `\`, `'`, NUL and line ends are escaped. */
export function clickhouseLiteral(text: string): string {
  return `'${text.replace(/[\\'\0\n\r\t]/g, (c) => ESCAPES[c])}'`;
}

/** An identifier in backquotes, its own backquotes and backslashes escaped. */
export function clickhouseId(name: string): string {
  return `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\0/g, '\\0')}\``;
}

/** The function `fn` applied to printed arguments `a`, for ClickHouse. */
export function clickhouseCall(fn: FunctionName, a: string[], spaces: readonly number[]): string {
  switch (fn) {
    case 'trimSpaces': {
      const cls = spaceClass(spaces);
      return `replaceRegexpAll(${a[0]}, ${clickhouseLiteral(`^${cls}+|${cls}+$`)}, '')`;
    }
    case 'lower':
      return `lowerUTF8(${a[0]})`;
    case 'regexGroup':
      return `nullIf(extract(${a[0]}, ${a[1]}), '')`;
    case 'matches':
      return `match(${a[0]}, ${a[1]})`;
    case 'replace':
      return `replaceAll(${a[0]}, ${a[1]}, ${a[2]})`;
    case 'toText':
      return `toString(${a[0]})`;
    case 'toInteger':
      return `toInt64OrNull(toString(${a[0]}))`;
    case 'toNumber': {
      // toFloat64OrNull refuses a leading +; JavaScript reads an overflowing number as Infinity,
      // which the rules call "not a number".
      const n = `toFloat64OrNull(replaceRegexpOne(${a[0]}, '^[+]', ''))`;
      return `if(isInfinite(${n}), NULL, ${n})`;
    }
    case 'length':
      return `lengthUTF8(${a[0]})`;
    case 'splitPart':
      // splitByChar takes no NULL, and its array cannot be NULL.
      return `if(isNull(${a[0]}), NULL, splitByChar(${a[1]}, ifNull(${a[0]}, ''))[${a[2]}])`;
    case 'coalesce':
      return `coalesce(${a.join(', ')})`;
    case 'nullif':
      return `nullIf(${a[0]}, ${a[1]})`;
    case 'div':
      return `intDiv(${a[0]}, ${a[1]})`;
    case 'mod':
      return `modulo(${a[0]}, ${a[1]})`;
    case 'fail':
      // ClickHouse 18's throwIf takes no message: a failed number parse quotes the text instead.
      return `toString(toInt64(${a[0]}))`;
  }
}
