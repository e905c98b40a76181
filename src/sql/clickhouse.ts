/**
 * ClickHouse's spelling of the tree's functions and values, as ClickHouse 18.16 (Debian 12's
 * `clickhouse-server`) reads them. Its functions differ from the standard's in name and in how
 * they treat NULL: every branch of a CASE is computed for every row, so a function that could
 * throw on another row's value is written in its `…OrNull` form.
 */
import { and, type Expr, type FunctionName, type Select, type Source } from './tree.js';

type Step = { name: string; query: Select };

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

/**
 * The most expression nodes a folded SELECT may hold once ClickHouse has written each alias out
 * in full where it is used. ClickHouse refuses past 500,000 (`max_expanded_ast_elements`), and
 * 18.16's planning time grows fast with the size: folding every row step (about 50,000 nodes)
 * took 15 s to plan, against 0.3 s unfolded. 12,000 folds the cell reading and the date
 * patterns, the regular expressions that cost most, into the shards' SELECT.
 */
const FOLDED_SIZE_BUDGET = 12_000;

/** An expression's size with every alias written out in full (`sizes` holds the aliases'). */
function expandedSize(e: Expr, sizes: ReadonlyMap<string, number>): number {
  switch (e.kind) {
    case 'column':
      return e.table === undefined ? (sizes.get(e.name) ?? 1) : 1;
    case 'call':
      return 1 + e.args.reduce((n, a) => n + expandedSize(a, sizes), 0);
    case 'binary':
      return 1 + expandedSize(e.left, sizes) + expandedSize(e.right, sizes);
    case 'not':
    case 'isNull':
      return 1 + expandedSize(e.expr, sizes);
    case 'case':
      return (
        1 +
        e.whens.reduce((n, [w, t]) => n + expandedSize(w, sizes) + expandedSize(t, sizes), 0) +
        expandedSize(e.otherwise, sizes)
      );
    case 'in':
      return 1 + expandedSize(e.expr, sizes) + e.list.length;
    case 'aggregate':
      return 1 + (e.arg ? expandedSize(e.arg, sizes) : 0);
    default:
      return 1;
  }
}

/** The expanded sizes of a SELECT's aliases, and its whole size. */
function sizesOf(q: Select): { sizes: Map<string, number>; total: number } {
  const sizes = new Map<string, number>();
  let total = 0;
  for (const { expr, as } of q.columns) {
    const size = expandedSize(expr, sizes);
    if (as) sizes.set(as, size);
    total += size;
  }
  return { sizes, total: total + (q.where ? expandedSize(q.where, sizes) : 0) };
}

/**
 * Steps that only add columns to the step before (`SELECT *, … FROM previous [WHERE …]`) folded
 * into one SELECT, as ClickHouse lets an expression use an alias of the same SELECT. On a
 * Distributed table ClickHouse sends only the SELECT that reads the table to the shards, so
 * folding the cell reading and checking into it has the shards do that work, not the server the
 * query came to. A step is folded away only when nothing else reads it, and only while the
 * SELECT stays within {@link FOLDED_SIZE_BUDGET}.
 */
export function foldRowSteps(steps: readonly Step[], reads: (name: string) => number): Step[] {
  const folded: Step[] = [];
  for (const step of steps) {
    const previous = folded.at(-1);
    const q = step.query;
    const addsColumns =
      previous !== undefined &&
      q.from.kind === 'table' &&
      q.from.name === previous.name &&
      q.from.as === undefined &&
      q.columns[0]?.expr.kind === 'column' &&
      q.columns[0].expr.name === '*' &&
      q.columns[0].expr.table === undefined &&
      !q.join &&
      !q.groupBy?.length &&
      !q.distinct &&
      !q.unionAll &&
      !q.with?.length &&
      !q.orderBy?.length &&
      !previous.query.groupBy?.length &&
      !previous.query.distinct &&
      !previous.query.unionAll &&
      reads(previous.name) === 1;
    const where = [previous?.query.where, q.where].filter((w): w is Expr => w !== undefined);
    const merged: Select | undefined = addsColumns
      ? {
          ...previous.query,
          columns: [...previous.query.columns, ...q.columns.slice(1)],
          where: where.length ? and(...where) : undefined,
        }
      : undefined;
    if (merged && sizesOf(merged).total <= FOLDED_SIZE_BUDGET) folded[folded.length - 1] = { name: step.name, query: merged };
    else folded.push(step);
  }
  return folded;
}

/** How many times each table or step is read in a query: FROM, JOIN and IN subqueries. */
export function tableReads(query: Select, counts = new Map<string, number>()): Map<string, number> {
  const source = (s: Source) => {
    if (s.kind === 'table') counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
    else if (s.kind === 'subquery') tableReads(s.query, counts);
  };
  const expr = (e: Expr): void => {
    switch (e.kind) {
      case 'inQuery':
        expr(e.expr);
        tableReads(e.query, counts);
        return;
      case 'call':
        return e.args.forEach(expr);
      case 'binary':
        expr(e.left);
        return expr(e.right);
      case 'not':
      case 'isNull':
        return expr(e.expr);
      case 'case':
        e.whens.forEach(([w, t]) => (expr(w), expr(t)));
        return expr(e.otherwise);
      case 'in':
        expr(e.expr);
        return e.list.forEach(expr);
      case 'aggregate':
        if (e.arg) expr(e.arg);
        return;
      default:
        return;
    }
  };
  for (const step of query.with ?? []) tableReads(step.query, counts);
  source(query.from);
  if (query.join) {
    source(query.join.source);
    expr(query.join.on);
  }
  query.columns.forEach((c) => expr(c.expr));
  if (query.where) expr(query.where);
  query.groupBy?.forEach(expr);
  if (query.unionAll) tableReads(query.unionAll, counts);
  return counts;
}
