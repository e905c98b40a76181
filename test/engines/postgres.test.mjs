// PostgreSQL counts what the elements count (engine-suite.mjs), the text printed by
// `conflict-charts sql --dialect postgres` piped to psql. Run by `npm run test:engines` (from
// .ci/run): it installs Debian's postgresql when missing (as root), or fails saying how to.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { engineSuite } from './engine-suite.mjs';
import { startPostgres } from './postgres.mjs';

/**
 * Loads a CSV file into table `name`: every cell as text, `_row` numbering the rows in file order
 * (a bigserial filled by COPY), header names trimmed, a column without a name (or repeating one)
 * kept as `_cell<i>`. Returns the `--columns` list.
 */
function load(pg, name, path) {
  const header = csvParseRows(
    readFileSync(path, 'utf8')
      .replace(/^\ufeff/, '')
      .split('\n', 1)[0],
  )[0].map((c) => c.trim());
  const seen = new Set();
  const names = header.map((c, i) => (c === '' || seen.has(c) || c === '_row' ? `_cell${i}` : (seen.add(c), c)));
  const quoted = (n) => `"${n.replace(/"/g, '""')}"`;
  const ddl = `CREATE TABLE ${quoted(name)} (_row bigserial, ${names.map((n) => `${quoted(n)} text`).join(', ')});`;
  const copy = `\\copy ${quoted(name)} (${names.map(quoted).join(', ')}) FROM '${path.replace(/'/g, "''")}' WITH (FORMAT csv, HEADER true)`;
  const result = pg.psql(['-f', '-'], `${ddl}\n${copy}\n`);
  assert.equal(result.code, 0, result.stderr);
  return ['_row', ...names].join(',');
}

engineSuite('PostgreSQL', 'postgres', {
  start: startPostgres,
  load,
  run(pg, text) {
    const result = pg.psql(['-f', '-'], text);
    if (result.code !== 0) return { error: result.stderr };
    return { rows: csvParseRows(result.stdout).slice(1) };
  },
});
