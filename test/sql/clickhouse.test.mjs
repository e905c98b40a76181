// ClickHouse's printing rules that need no server: which steps fold into the SELECT that reads
// the table (so a Distributed table's shards do that work), and the spelling of its literals and
// names. test/engines/clickhouse.test.mjs runs the printed text on a real two-shard cluster.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceModules } from './source-modules.mjs';

const { foldRowSteps, tableReads, clickhouseLiteral, clickhouseId } = await sourceModules('./src/sql/clickhouse.ts');

const col = (name, table) => ({ kind: 'column', name, table });
const call = (fn, ...args) => ({ kind: 'call', fn, args });
const adds = (from, name, expr, where) => ({
  name,
  query: { columns: [{ expr: col('*') }, { expr, as: name }], from: { kind: 'table', name: from }, where },
});
const once = () => 1;

describe('foldRowSteps', () => {
  const read = { name: 'cells', query: { columns: [{ expr: col('a'), as: 'a' }], from: { kind: 'table', name: 'events' } } };

  it('folds steps that only add columns into the one that reads the table, their conditions joined', () => {
    const keep = { kind: 'binary', op: '=', left: col('a'), right: { kind: 'constant', value: 'x' } };
    const steps = [read, adds('cells', 'b', call('lower', col('a')), keep), adds('b', 'c', call('trimSpaces', col('b')))];
    const folded = foldRowSteps(steps, once);
    assert.deepEqual(
      folded.map((s) => s.name),
      ['c'],
    );
    assert.deepEqual(
      folded[0].query.columns.map((c) => c.as),
      ['a', 'b', 'c'],
    );
    assert.equal(folded[0].query.from.name, 'events');
    assert.deepEqual(folded[0].query.where, keep);
  });

  it('keeps a step that another step also reads, and one that groups', () => {
    const grouped = {
      name: 'g',
      query: { columns: [{ expr: col('*') }], from: { kind: 'table', name: 'b' }, groupBy: [col('a')] },
    };
    const steps = [read, adds('cells', 'b', col('a')), grouped];
    assert.deepEqual(
      foldRowSteps(steps, (name) => (name === 'cells' ? 2 : 1)).map((s) => s.name),
      ['cells', 'b', 'g'],
    );
    assert.deepEqual(
      foldRowSteps(steps, once).map((s) => s.name),
      ['b', 'g'],
    );
  });

  it('stops folding where writing each alias out in full would make the SELECT too big for ClickHouse', () => {
    // Each step uses the one before 4 times: written out, the fifth is 4⁵ times the first.
    const four = (name) => call('coalesce', col(name), col(name), col(name), col(name));
    const steps = [read];
    for (let i = 1; i <= 9; i++)
      steps.push(adds(steps.at(-1).name, `s${i}`, four(steps.at(-1).name === 'cells' ? 'a' : steps.at(-1).name)));
    const folded = foldRowSteps(steps, once);
    assert.ok(folded.length > 1, 'some steps stay apart');
    assert.ok(folded.length < steps.length, 'some steps fold');
  });
});

describe('tableReads', () => {
  it('counts reads in FROM, JOIN, IN subqueries and appended rows', () => {
    const sub = { columns: [{ expr: col('x') }], from: { kind: 'table', name: 't' } };
    const query = {
      columns: [{ expr: col('x') }],
      from: { kind: 'table', name: 't' },
      join: { type: 'left', source: { kind: 'table', name: 'u' }, on: { kind: 'inQuery', expr: col('x'), query: sub } },
      unionAll: sub,
    };
    assert.deepEqual(Object.fromEntries(tableReads(query)), { t: 3, u: 1 });
  });
});

describe('ClickHouse literals and names', () => {
  it('escapes backslashes, quotes, NUL and line ends', () => {
    assert.equal(clickhouseLiteral("a\\b'c\u0000d\ne\rf\tg"), "'a\\\\b\\'c\\0d\\ne\\rf\\tg'");
    assert.equal(clickhouseId('we`ird\\'), '`we\\`ird\\\\`');
  });
});
