/**
 * A small typed SQL tree: what the counting rules need and nothing more. One tree is printed by
 * one printer per dialect (`print.ts`), so a rule is written once whatever engine runs it.
 * Functions are named by what they do (`trimSpaces`, `regexGroup`, `toNumber`), not by any
 * engine's spelling of them.
 */

/** A value from the user (a filter, an alias, a date): a bound parameter, or a quoted literal. */
export interface Value {
  kind: 'value';
  value: string | number;
}

export type Expr =
  | { kind: 'column'; name: string; table?: string }
  | Value
  /** A constant of the rules themselves (a month name, a pattern): always written inline. */
  | { kind: 'constant'; value: string | number | null }
  | { kind: 'call'; fn: FunctionName; args: Expr[] }
  | { kind: 'binary'; op: BinaryOp; left: Expr; right: Expr }
  | { kind: 'not'; expr: Expr }
  | { kind: 'isNull'; expr: Expr; negated: boolean }
  | { kind: 'case'; whens: [Expr, Expr][]; otherwise: Expr }
  | { kind: 'in'; expr: Expr; list: Expr[] }
  /** Whether the value is among a query's one column (an uncorrelated subquery: every engine runs it). */
  | { kind: 'inQuery'; expr: Expr; query: Select }
  | { kind: 'aggregate'; fn: 'sum' | 'count' | 'min' | 'max'; arg: Expr | null };

export type BinaryOp = '=' | '<>' | '<' | '<=' | '>' | '>=' | '+' | '-' | '*' | 'AND' | 'OR' | '||';

/**
 * The functions the rules use, each with the meaning every printer must give it:
 * - `trimSpaces(text)`: JavaScript's `String.prototype.trim` (every Unicode space and line end);
 * - `lower(text)`: lower case;
 * - `regexGroup(text, pattern)`: the one capture group of an anchored pattern, or NULL; a pattern
 *   writes a code point as `\u{hhhh}`, which each printer spells its engine's way;
 * - `matches(text, pattern)`: whether the pattern matches;
 * - `replace(text, from, to)`: every occurrence replaced;
 * - `toText(x)`: any value as text (a DATE as `YYYY-MM-DD`, an integer in digits);
 * - `toInteger(text)`: digits to an integer;
 * - `toNumber(text)`: a decimal number's text to a double, NULL when it overflows;
 * - `length(text)`: its length in code points;
 * - `splitPart(text, separator, n)`: the n-th part (from 1);
 * - `div(a, b)` integer division of non-negative integers, `mod(a, b)`;
 * - `fail(text)`: stops the query with an error whose message holds the text.
 */
export type FunctionName =
  | 'trimSpaces'
  | 'lower'
  | 'regexGroup'
  | 'matches'
  | 'replace'
  | 'toText'
  | 'toInteger'
  | 'toNumber'
  | 'length'
  | 'splitPart'
  | 'coalesce'
  | 'nullif'
  | 'div'
  | 'mod'
  | 'fail';

/** A table in FROM: a named table or CTE, a subquery, or a list of values. */
export type Source =
  | { kind: 'table'; name: string; as?: string }
  | { kind: 'subquery'; query: Select; as: string }
  | { kind: 'values'; rows: Expr[][]; as: string; columns: string[] };

export interface Join {
  type: 'left' | 'inner';
  source: Source;
  on: Expr;
}

/**
 * One query. It has no window functions, correlated subqueries or second join: ClickHouse 18
 * has none of them, so the rules are written with GROUP BY, IN and one join per step instead.
 */
export interface Select {
  with?: { name: string; query: Select }[];
  distinct?: boolean;
  columns: { expr: Expr; as?: string }[];
  from: Source;
  join?: Join;
  where?: Expr;
  groupBy?: Expr[];
  /** Rows of another query appended (`UNION ALL`). */
  unionAll?: Select;
  /** Strings order by code point (the C collation where the engine has collations). */
  orderBy?: Expr[];
}

export const column = (name: string, table?: string): Expr => ({ kind: 'column', name, table });
export const value = (v: string | number): Value => ({ kind: 'value', value: v });
export const constant = (v: string | number | null): Expr => ({ kind: 'constant', value: v });
export const call = (fn: FunctionName, ...args: Expr[]): Expr => ({ kind: 'call', fn, args });
export const binary = (op: BinaryOp, left: Expr, right: Expr): Expr => ({ kind: 'binary', op, left, right });
export const eq = (left: Expr, right: Expr) => binary('=', left, right);
export const not = (expr: Expr): Expr => ({ kind: 'not', expr });
export const isNull = (expr: Expr): Expr => ({ kind: 'isNull', expr, negated: false });
export const isNotNull = (expr: Expr): Expr => ({ kind: 'isNull', expr, negated: true });
export const when = (whens: [Expr, Expr][], otherwise: Expr = constant(null)): Expr => ({ kind: 'case', whens, otherwise });
export const inList = (expr: Expr, list: Expr[]): Expr => ({ kind: 'in', expr, list });
export const sum = (arg: Expr): Expr => ({ kind: 'aggregate', fn: 'sum', arg });
export const count = (): Expr => ({ kind: 'aggregate', fn: 'count', arg: null });
export const min = (arg: Expr): Expr => ({ kind: 'aggregate', fn: 'min', arg });
export const max = (arg: Expr): Expr => ({ kind: 'aggregate', fn: 'max', arg });
export const inQuery = (expr: Expr, query: Select): Expr => ({ kind: 'inQuery', expr, query });
export const table = (name: string, as?: string): Source => ({ kind: 'table', name, as });

/** All of the conditions (TRUE when none). */
export function and(...conditions: (Expr | undefined | false)[]): Expr {
  const kept = conditions.filter((c): c is Expr => Boolean(c));
  if (kept.length === 0) return eq(constant(1), constant(1));
  return kept.reduce((a, b) => binary('AND', a, b));
}

/** Any of the conditions (FALSE when none). */
export function or(...conditions: Expr[]): Expr {
  if (conditions.length === 0) return eq(constant(1), constant(0));
  return conditions.reduce((a, b) => binary('OR', a, b));
}

/** Text joined end to end. */
export function concat(...parts: Expr[]): Expr {
  return parts.reduce((a, b) => binary('||', a, b));
}
