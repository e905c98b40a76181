import { DataError } from '../errors/data-error.js';
import { clickhouseCall, clickhouseId, clickhouseLiteral, foldRowSteps, tableReads } from './clickhouse.js';
import type { Expr, FunctionName, Select, Source } from './tree.js';

/** The engines the printed SQL is tested against (test/sql/, test/engines/). */
export const DIALECTS = ['duckdb', 'postgres', 'clickhouse'] as const;
export type Dialect = (typeof DIALECTS)[number];

/** Printed SQL, and the values of its `$n` parameters when printed with parameters. */
export interface PrintedQuery {
  sql: string;
  parameters: (string | number)[];
}

/**
 * JavaScript's `String.prototype.trim` set: the Unicode spaces (Zs), tab, vertical tab, form
 * feed, line ends, the line and paragraph separators and the byte order mark.
 */
const JS_SPACES = [
  9, 10, 11, 12, 13, 32, 160, 5760, 8192, 8193, 8194, 8195, 8196, 8197, 8198, 8199, 8200, 8201, 8202, 8232, 8233, 8239, 8287,
  12288, 65279,
];

/**
 * Prints a query for one dialect. With `parameters`, every user value is a `$n` parameter
 * (DuckDB and PostgreSQL bind them); without, each is a literal quoted the dialect's way.
 * ClickHouse 18 has no common table expressions: each becomes a temporary table made by a
 * statement of its own, and the text is a script of statements separated by `;`.
 * @throws {DataError} for a value the dialect cannot hold (PostgreSQL text has no NUL).
 */
export function printQuery(query: Select, dialect: Dialect, { parameters = false } = {}): PrintedQuery {
  const values: (string | number)[] = [];
  const p = new Printer(dialect, parameters && dialect !== 'clickhouse' ? values : null);
  if (dialect !== 'clickhouse' || !query.with?.length) return { sql: p.select(query), parameters: values };
  const reads = tableReads(query);
  const steps = foldRowSteps(query.with, (name) => reads.get(name) ?? 0);
  const final: Select = { ...query, with: undefined };
  // Each temporary table is dropped after the last statement that reads it: ClickHouse keeps
  // them in memory for the whole session, and every step holds a copy of the rows.
  const lastRead = new Map<string, number>();
  [...steps.map((step) => step.query), final].forEach((q, i) => {
    for (const name of tableReads(q).keys()) lastRead.set(name, i);
  });
  const drops = (i: number) =>
    steps.filter(({ name }) => lastRead.get(name) === i).map(({ name }) => `DROP TEMPORARY TABLE ${p.temporaryTable(name)}`);
  const statements = steps.flatMap(({ name, query: step }, i) => {
    const made = p.temporaryTable(name);
    return [`DROP TEMPORARY TABLE IF EXISTS ${made}`, `CREATE TEMPORARY TABLE ${made} AS\n${p.select(step, 1)}`, ...drops(i)];
  });
  const sql = [...statements, p.select(final), ...drops(steps.length)].join(';\n');
  return { sql, parameters: values };
}

/** The prefix of ClickHouse's temporary tables, so that none hides a table of the user's. */
const TEMPORARY_PREFIX = 'cc_';

class Printer {
  /** ClickHouse: the steps already made as temporary tables. */
  private readonly temporary = new Set<string>();

  constructor(
    private readonly dialect: Dialect,
    private readonly values: (string | number)[] | null,
  ) {}

  /** Names step `name` as made, and returns its temporary table's quoted name. */
  temporaryTable(name: string): string {
    this.temporary.add(name);
    return this.id(TEMPORARY_PREFIX + name);
  }

  select(q: Select, depth = 0): string {
    const pad = '  '.repeat(depth);
    const lines: string[] = [];
    if (q.with?.length) {
      // PostgreSQL inlines a step used once into the next, copying a column's whole expression
      // into every use of it: the query then plans for over a second. DuckDB plans it in 0.1 s.
      const materialized = this.dialect === 'postgres' ? 'MATERIALIZED ' : '';
      const ctes = q.with.map(
        ({ name, query }) => `${this.id(name)} AS ${materialized}(\n${this.select(query, depth + 1)}\n${pad})`,
      );
      lines.push(`${pad}WITH ${ctes.join(`,\n${pad}`)}`);
    }
    const columns = q.columns.map(({ expr, as }) => this.expr(expr) + (as ? ` AS ${this.id(as)}` : ''));
    lines.push(`${pad}SELECT ${q.distinct ? 'DISTINCT ' : ''}${columns.join(`,\n${pad}  `)}`);
    lines.push(`${pad}FROM ${this.source(q.from, depth)}`);
    if (q.join) {
      // ClickHouse's LEFT JOIN fills a missing row with NULLs only under join_use_nulls (set by sqlText).
      const type = `${this.dialect === 'clickhouse' ? 'ALL ' : ''}${q.join.type === 'left' ? 'LEFT' : 'INNER'}`;
      lines.push(`${pad}${type} JOIN ${this.source(q.join.source, depth)} ON ${this.expr(q.join.on)}`);
    }
    if (q.where) lines.push(`${pad}WHERE ${this.expr(q.where)}`);
    if (q.groupBy?.length) lines.push(`${pad}GROUP BY ${q.groupBy.map((e) => this.expr(e)).join(', ')}`);
    if (q.unionAll) lines.push(`${pad}UNION ALL\n${this.select(q.unionAll, depth)}`);
    if (q.orderBy?.length) lines.push(`${pad}ORDER BY ${q.orderBy.map((e) => this.ordered(e)).join(', ')}`);
    return lines.join('\n');
  }

  private ordered(e: Expr): string {
    // PostgreSQL orders text by the database's collation: "C" orders by code point, as DuckDB does.
    return this.dialect === 'postgres' ? `${this.expr(e)} COLLATE "C"` : this.expr(e);
  }

  private source(s: Source, depth: number): string {
    if (s.kind === 'table' && this.temporary.has(s.name)) {
      return `${this.id(TEMPORARY_PREFIX + s.name)} AS ${this.id(s.as ?? s.name)}`;
    }
    if (s.kind === 'table') return this.table(s.name) + (s.as ? ` AS ${this.id(s.as)}` : '');
    if (s.kind === 'subquery') return `(\n${this.select(s.query, depth + 1)}\n${'  '.repeat(depth)}) AS ${this.id(s.as)}`;
    if (this.dialect === 'clickhouse') {
      // ClickHouse 18 has no VALUES list: one SELECT per row, joined.
      const rows = s.rows.map((row) => `SELECT ${row.map((e, i) => `${this.expr(e)} AS ${this.id(s.columns[i])}`).join(', ')}`);
      return `(${rows.join(' UNION ALL ')}) AS ${this.id(s.as)}`;
    }
    const rows = s.rows.map((row) => `(${row.map((e) => this.expr(e)).join(', ')})`).join(', ');
    return `(VALUES ${rows}) AS ${this.id(s.as)}(${s.columns.map((c) => this.id(c)).join(', ')})`;
  }

  /** A table name as given: `schema.table` is split on dots, each part quoted. */
  private table(name: string): string {
    return name
      .split('.')
      .map((part) => this.id(part))
      .join('.');
  }

  id(name: string): string {
    if (this.dialect === 'clickhouse') return clickhouseId(name);
    if (name.includes('\u0000')) throw new DataError(`The name "${name.replace(/\0/g, '\\0')}" holds a NUL character.`);
    return `"${name.replace(/"/g, '""')}"`;
  }

  expr(e: Expr): string {
    switch (e.kind) {
      case 'column':
        if (e.name === '*') return e.table ? `${this.id(e.table)}.*` : '*';
        return e.table ? `${this.id(e.table)}.${this.id(e.name)}` : this.id(e.name);
      case 'constant':
        return e.value === null ? 'NULL' : this.literal(e.value);
      case 'value':
        if (this.values) {
          this.values.push(e.value);
          const n = `$${this.values.length}`;
          return typeof e.value === 'number' ? `CAST(${n} AS ${this.numberType(e.value)})` : `CAST(${n} AS ${this.textType()})`;
        }
        return this.literal(e.value);
      case 'call':
        return this.call(
          e.fn,
          e.args.map((a, i) => this.expr(i === 1 && (e.fn === 'matches' || e.fn === 'regexGroup') ? this.pattern(a) : a)),
        );
      case 'binary':
        return `(${this.expr(e.left)} ${e.op} ${this.expr(e.right)})`;
      case 'not':
        return `(NOT ${this.expr(e.expr)})`;
      case 'isNull':
        return `(${this.expr(e.expr)} IS ${e.negated ? 'NOT ' : ''}NULL)`;
      case 'case':
        return `CASE ${e.whens.map(([w, t]) => `WHEN ${this.expr(w)} THEN ${this.expr(t)}`).join(' ')} ELSE ${this.expr(e.otherwise)} END`;
      case 'in':
        return `(${this.expr(e.expr)} IN (${e.list.map((x) => this.expr(x)).join(', ')}))`;
      case 'inQuery':
        return `(${this.expr(e.expr)} IN (\n${this.select(e.query, 2)}\n  ))`;
      case 'aggregate':
        return `${e.fn.toUpperCase()}(${e.arg ? this.expr(e.arg) : '*'})`;
    }
  }

  /** A pattern's `\u{hhhh}` in the engine's spelling: RE2's `\x{hhhh}`, PostgreSQL's `\uhhhh`. */
  private pattern(e: Expr): Expr {
    if (e.kind !== 'constant' || typeof e.value !== 'string') return e;
    const spelled = e.value.replace(/\\u\{([0-9a-f]{4})\}/gi, (_, hex: string) =>
      this.dialect === 'postgres' ? `\\u${hex}` : `\\x{${hex}}`,
    );
    return { ...e, value: spelled };
  }

  private textType(): string {
    return this.dialect === 'postgres' ? 'text' : 'VARCHAR';
  }

  private numberType(n: number): string {
    if (Number.isInteger(n)) return 'BIGINT';
    return this.dialect === 'postgres' ? 'double precision' : 'DOUBLE';
  }

  /** A constant or a user value written into the text of the query. */
  private literal(v: string | number): string {
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) throw new DataError(`${v} cannot be written in SQL.`);
      return String(v);
    }
    if (this.dialect === 'clickhouse') return clickhouseLiteral(v);
    if (this.dialect === 'postgres') {
      if (v.includes('\u0000'))
        throw new DataError(`PostgreSQL text cannot hold the NUL character of "${v.replace(/\0/g, '\\0')}".`);
      // An escape string reads the same whatever standard_conforming_strings says.
      return v.includes('\\') ? `E'${v.replace(/\\/g, '\\\\').replace(/'/g, "''")}'` : `'${v.replace(/'/g, "''")}'`;
    }
    // DuckDB's string literals have no escapes but '': a NUL is written with chr(0).
    return v
      .split('\u0000')
      .map((part) => `'${part.replace(/'/g, "''")}'`)
      .join(' || chr(0) || ');
  }

  private call(fn: FunctionName, a: string[]): string {
    if (this.dialect === 'clickhouse') return clickhouseCall(fn, a, JS_SPACES);
    const pg = this.dialect === 'postgres';
    switch (fn) {
      case 'trimSpaces':
        return `${pg ? 'btrim' : 'trim'}(${a[0]}, ${JS_SPACES.map((c) => `chr(${c})`).join(' || ')})`;
      case 'lower':
        return `lower(${a[0]})`;
      case 'regexGroup':
        return pg ? `NULLIF(substring(${a[0]} FROM ${a[1]}), '')` : `NULLIF(regexp_extract(${a[0]}, ${a[1]}, 1), '')`;
      case 'matches':
        return pg ? `(${a[0]} ~ ${a[1]})` : `regexp_matches(${a[0]}, ${a[1]})`;
      case 'replace':
        return `replace(${a[0]}, ${a[1]}, ${a[2]})`;
      case 'toText':
        return `CAST(${a[0]} AS ${this.textType()})`;
      case 'toInteger':
        return `CAST(${a[0]} AS BIGINT)`;
      case 'toNumber':
        // JavaScript reads an overflowing number as Infinity, which the rules call "not a number".
        return pg
          ? `CASE WHEN abs(CAST(${a[0]} AS numeric)) > 1.7976931348623157e308 THEN NULL WHEN abs(CAST(${a[0]} AS numeric)) < 2.2250738585072014e-308 THEN 0 ELSE CAST(${a[0]} AS double precision) END`
          : `CASE WHEN isinf(TRY_CAST(${a[0]} AS DOUBLE)) THEN NULL ELSE TRY_CAST(${a[0]} AS DOUBLE) END`;
      case 'length':
        return `length(${a[0]})`;
      case 'splitPart':
        return `split_part(${a[0]}, ${a[1]}, ${a[2]})`;
      case 'coalesce':
        return `COALESCE(${a.join(', ')})`;
      case 'nullif':
        return `NULLIF(${a[0]}, ${a[1]})`;
      case 'div':
        return pg ? `div(${a[0]}, ${a[1]})` : `(${a[0]} // ${a[1]})`;
      case 'mod':
        return `(${a[0]} % ${a[1]})`;
      case 'fail':
        // PostgreSQL has no error function: a failed cast carries the message instead.
        return pg ? `CAST(CAST(${a[0]} AS integer) AS text)` : `CAST(error(${a[0]}) AS VARCHAR)`;
    }
  }
}
