// What the engine equality suites (test/sql/, test/engines/) share: one neutral form for every
// cell, the JavaScript path's rows in that form, the comparison, and the CLI's flags.
import assert from 'node:assert/strict';
import { aggregateFile } from '../../dist/cli/index.js';

/** One neutral form for both sides: every cell as text, numbers in JavaScript's shortest form. */
export const cellOf = (value) =>
  value === null || value === undefined ? '' : typeof value === 'bigint' ? value.toString() : String(value);

/** What the JavaScript path gives, in the same form, or the error it refuses with. */
export async function javascriptRows(path, options) {
  try {
    const result = await aggregateFile({ src: path, ...options, bare: true });
    return { rows: result.rows.map((row) => result.columns.map((column) => cellOf(row[column]))) };
  } catch (error) {
    return { error: error.message };
  }
}

/**
 * Asserts that an engine gave the JavaScript path's rows, or refused as it did (its message
 * holding the start of JavaScript's); returns 'error' or the number of rows.
 */
export function assertSameOutcome(js, engine, name, options) {
  const label = JSON.stringify(options);
  if (js.error !== undefined) {
    assert.ok(engine.error !== undefined, `${label}: JavaScript refused (${js.error}) but ${name} counted`);
    assert.ok(engine.error.includes(js.error.replace(/\.$/, '').slice(0, 40)), `${label}: ${engine.error} vs ${js.error}`);
    return 'error';
  }
  assert.equal(engine.error, undefined, `${label}: ${name} failed: ${engine.error}`);
  assert.deepEqual(engine.rows, js.rows, label);
  return engine.rows.length;
}

/** Totals per year of `[month, country, value]` rows. */
export function yearlyTotals(rows) {
  const totals = {};
  for (const [month, , value] of rows) totals[month.slice(0, 4)] = (totals[month.slice(0, 4)] ?? 0) + Number(value);
  return totals;
}

/** Options as the CLI's flags, `--flag=value`: a value may start with a dash ("-- not a comment"). */
export function flags(options) {
  return Object.entries(options).map(([key, value]) => `--${key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}=${value}`);
}

/** Values that would end a string, start a comment or a statement, or bind a parameter, if written carelessly. */
export const HOSTILE = [
  "'",
  '\\',
  "\\'",
  "''",
  '--',
  '/* */',
  '*/',
  ';',
  "'; DROP TABLE events; --",
  '\u200f',
  '$1',
  '"',
  '\n',
  'é\u0301',
  '🦅',
  '`',
];
