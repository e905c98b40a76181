// The printers write user values as data, never as SQL: each hostile value, printed as a
// literal for DuckDB, comes back from DuckDB unchanged; PostgreSQL's and ClickHouse's spellings
// are checked the same way by test/engines/ against real servers.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DuckDBInstance } from '@duckdb/node-api';
import { HOSTILE } from './equality.mjs';
import { sourceModules } from './source-modules.mjs';

const { printQuery } = await sourceModules('./src/sql/print.ts');

let connection;
before(async () => {
  connection = await (await DuckDBInstance.create(':memory:')).connect();
});

const selectValues = (values) => ({
  columns: values.map((v, i) => ({ expr: { kind: 'value', value: v }, as: `v${i}` })),
  from: { kind: 'values', rows: [[{ kind: 'constant', value: 1 }]], as: 'one', columns: ['x'] },
});

describe('printQuery', () => {
  it('writes hostile values as DuckDB literals that read back unchanged', async () => {
    const values = [...HOSTILE, 'a\u0000b'];
    const { sql, parameters } = printQuery(selectValues(values), 'duckdb');
    assert.deepEqual(parameters, []);
    const [row] = (await connection.runAndReadAll(sql)).getRows();
    assert.deepEqual(row, values);
  });

  it('binds them as parameters instead when asked, with the same result', async () => {
    const { sql, parameters } = printQuery(selectValues(HOSTILE), 'duckdb', { parameters: true });
    assert.deepEqual(parameters, HOSTILE);
    assert.match(sql, /CAST\(\$1 AS VARCHAR\)/);
    const [row] = (await connection.runAndReadAll(sql, parameters)).getRows();
    assert.deepEqual(row, HOSTILE);
  });

  it('writes PostgreSQL escape strings for backslashes, and refuses a NUL PostgreSQL text cannot hold', () => {
    const { sql } = printQuery(selectValues(['a\\b', "it's"]), 'postgres');
    assert.match(sql, /E'a\\\\b' AS "v0"/);
    assert.match(sql, /'it''s' AS "v1"/);
    assert.throws(() => printQuery(selectValues(['a\u0000b']), 'postgres'), /NUL/);
  });

  it('quotes identifiers, a schema-qualified table part by part', () => {
    const query = { columns: [{ expr: { kind: 'column', name: 'we"ird' } }], from: { kind: 'table', name: 'public.events' } };
    assert.equal(printQuery(query, 'postgres').sql, 'SELECT "we""ird"\nFROM "public"."events"');
  });
});
