// A two-shard ClickHouse cluster counts what the elements count (engine-suite.mjs): the text
// printed by `conflict-charts sql --dialect clickhouse` piped to clickhouse-client, on a
// Distributed table whose rows are split between two servers, so no single node holds the data
// counted. Run by `npm run test:engines` (from .ci/run): it installs Debian's clickhouse-server
// when missing (as root), or fails saying how to.
import assert from 'node:assert/strict';
import { it } from 'node:test';
import { csvParseRows } from 'd3-dsv';
import { startClickHouse } from './clickhouse.mjs';
import { engineSuite } from './engine-suite.mjs';

const state = engineSuite('ClickHouse', 'clickhouse', {
  start: startClickHouse,
  load: (ch, table, path) => ch.load(table, path),
  async run(ch, text) {
    const result = await ch.query(text, ['--format', 'CSV']);
    if (result.code !== 0) return { error: result.stderr };
    return { rows: csvParseRows(result.stdout) };
  },
});

it('splits every loaded table between the two shards', async () => {
  for (const table of ['nigeria', 'sample', 'cep', 'events_41']) {
    const counts = await state.server.shardCounts(table);
    assert.ok(
      counts.every((n) => n > 0),
      `${table}: ${counts.join(' + ')} rows`,
    );
  }
  assert.deepEqual(await state.server.shardCounts('nigeria'), [765, 766]);
});
