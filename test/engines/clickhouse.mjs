// A throwaway two-shard ClickHouse cluster for the engine equality tests: Debian's
// `clickhouse-server` (18.16) started twice as plain processes on 127.0.0.1, each with its own
// config and data folder and both listed in one cluster, stopped by pid with stop(). A table is
// loaded as a MergeTree table on each server and a Distributed table over the two, so the rows
// are split between the shards and a query on the Distributed table reads both.
import { execFile, spawnSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, readSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { csvParseRows } from 'd3-dsv';
import { ensurePackages } from '../../scripts/system/debian-packages.mjs';
import { freePort, startProcess, waitFor } from '../../scripts/system/processes.mjs';

export const PACKAGES = ['clickhouse-server', 'clickhouse-client'];
export const CLUSTER = 'cc_two_shards';

function serverConfig(dir, tcp, http, shards) {
  const replicas = shards.map((port) => `<shard><replica><host>127.0.0.1</host><port>${port}</port></replica></shard>`);
  return `<yandex>
  <logger><level>warning</level><log>${dir}/server.log</log><errorlog>${dir}/error.log</errorlog></logger>
  <listen_host>127.0.0.1</listen_host>
  <tcp_port>${tcp}</tcp_port>
  <http_port>${http}</http_port>
  <path>${dir}/data/</path>
  <tmp_path>${dir}/tmp/</tmp_path>
  <user_files_path>${dir}/user_files/</user_files_path>
  <format_schema_path>${dir}/schema/</format_schema_path>
  <mark_cache_size>268435456</mark_cache_size>
  <users_config>${dir}/users.xml</users_config>
  <default_profile>default</default_profile>
  <default_database>default</default_database>
  <timezone>UTC</timezone>
  <remote_servers><${CLUSTER}>${replicas.join('')}</${CLUSTER}></remote_servers>
</yandex>
`;
}

const USERS = `<yandex>
  <profiles><default><max_memory_usage>8000000000</max_memory_usage></default></profiles>
  <users><default><password></password><networks><ip>127.0.0.1</ip></networks><profile>default</profile><quota>default</quota></default></users>
  <quotas><default></default></quotas>
</yandex>
`;

/** A cell as ClickHouse's TabSeparated format writes it. */
const tsvCell = (text) =>
  text.replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\0/g, '\\0');
const quoted = (name) => `\`${name.replace(/\\/g, '\\\\').replace(/`/g, '\\`')}\``;

/**
 * Starts two servers and returns `{ query(sql, args), load(name, path), loadNumbered(name, path),
 * shardCounts(name), peakMemoryMb(), stop }`.
 * `query` runs clickhouse-client on the first server with `--multiquery` and resolves with
 * `{ code, stdout, stderr }`.
 */
export async function startClickHouse() {
  const result = ensurePackages(PACKAGES);
  if (!result.ok) throw new Error(result.why);
  const root = mkdtempSync(join(tmpdir(), 'cc-clickhouse-'));
  const ports = [await freePort(), await freePort()];
  const servers = [];
  for (const [i, tcp] of ports.entries()) {
    const dir = join(root, `shard${i + 1}`);
    for (const sub of ['data', 'tmp', 'user_files', 'schema']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'users.xml'), USERS);
    writeFileSync(join(dir, 'config.xml'), serverConfig(dir, tcp, await freePort(), ports));
    servers.push(
      startProcess('/usr/sbin/clickhouse-server', [`--config-file=${join(dir, 'config.xml')}`], {
        cwd: dir,
        log: join(dir, 'out.log'),
      }),
    );
  }
  const client = (port, args, input) =>
    new Promise((resolve) => {
      const child = execFile(
        '/usr/bin/clickhouse-client',
        ['--host', '127.0.0.1', '--port', String(port), ...args],
        { maxBuffer: 256 << 20, encoding: 'utf8' },
        (error, stdout, stderr) => resolve({ code: error ? (error.code ?? 1) : 0, stdout, stderr }),
      );
      child.stdin.end(input ?? '');
    });
  for (const port of ports) {
    await waitFor(async () => (await client(port, ['--query', 'SELECT 1'])).code === 0, {
      timeoutMs: 60_000,
      what: `ClickHouse on port ${port}`,
    });
  }
  const must = async (port, args, input) => {
    const out = await client(port, args, input);
    if (out.code !== 0) throw new Error(`clickhouse-client on ${port}: ${out.stderr}`);
    return out.stdout;
  };

  /**
   * Loads a CSV file as table `name`: every cell as text (the cells d3-dsv reads, sent as
   * TabSeparated), `_row` numbering the rows in file order, header names trimmed, a column without
   * a name (or repeating one) kept as `_cell<i>`. The rows go through the Distributed table with
   * `_row` as the sharding key, so odd and even rows land on different servers. Returns `--columns`.
   */
  const load = async (name, path) => {
    const rows = csvParseRows(readFileSync(path, 'utf8').replace(/^\ufeff/, ''));
    const header = rows.shift().map((c) => c.trim());
    const seen = new Set();
    const names = header.map((c, i) => (c === '' || seen.has(c) || c === '_row' ? `_cell${i}` : (seen.add(c), c)));
    await createTables(name, names);
    const lines = rows.map((row, i) => [String(i + 1), ...names.map((_, c) => tsvCell(row[c] ?? ''))].join('\t'));
    await must(ports[0], insertArgs(name, 'TabSeparated'), lines.join('\n') + '\n');
    return ['_row', ...names].join(',');
  };

  /** A MergeTree table on each server and the Distributed table over them, sharded by `_row`. */
  const createTables = async (name, names) => {
    const columns = ['`_row` UInt64', ...names.map((n) => `${quoted(n)} String`)].join(', ');
    const local = quoted(`${name}_local`);
    for (const port of ports) {
      await must(port, ['--query', `CREATE TABLE ${local} (${columns}) ENGINE = MergeTree ORDER BY _row`]);
    }
    await must(ports[0], [
      '--query',
      `CREATE TABLE ${quoted(name)} AS ${local} ENGINE = Distributed(${CLUSTER}, default, ${local}, _row)`,
    ]);
  };
  const insertArgs = (name, format) => [
    '--insert_distributed_sync=1',
    '--format_csv_allow_single_quotes=0',
    '--query',
    `INSERT INTO ${quoted(name)} FORMAT ${format}`,
  ];

  /**
   * Loads a large CSV file whose first column is already `_row`, streamed to clickhouse-client as
   * ClickHouse's own CSVWithNames (for the scale benchmark: the file never enters Node).
   */
  const loadNumbered = async (name, path) => {
    const input = openSync(path, 'r');
    try {
      const start = Buffer.alloc(4096);
      const header = csvParseRows(start.toString('utf8', 0, readSync(input, start, 0, 4096, 0)).split('\n', 1)[0])[0];
      await createTables(name, header.slice(1));
      const result = spawnSync(
        '/usr/bin/clickhouse-client',
        ['--host', '127.0.0.1', '--port', String(ports[0]), ...insertArgs(name, 'CSVWithNames')],
        { stdio: [input, 'pipe', 'pipe'], encoding: 'utf8' },
      );
      if (result.status !== 0) throw new Error(`clickhouse-client: ${result.stderr}`);
    } finally {
      closeSync(input);
    }
  };

  /** The most memory each server has held so far (VmHWM), in MB. */
  const peakMemoryMb = () =>
    servers.map((server) => {
      const status = readFileSync(`/proc/${server.pid}/status`, 'utf8');
      return Number(/VmHWM:\s+(\d+)/.exec(status)[1]) / 1024;
    });

  /** Rows of table `name` on each server. */
  const shardCounts = async (name) =>
    Promise.all(
      ports.map(async (port) => Number(await must(port, ['--query', `SELECT count() FROM ${quoted(`${name}_local`)}`]))),
    );

  const query = (sql, args = []) => client(ports[0], ['--multiquery', ...args], sql);
  const stop = async () => {
    await Promise.all(servers.map((server) => server.stop()));
    rmSync(root, { recursive: true, force: true });
  };
  return { query, load, loadNumbered, shardCounts, peakMemoryMb, stop, ports };
}
