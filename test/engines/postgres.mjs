// A throwaway PostgreSQL for the engine equality tests: Debian's `postgresql` binaries, a
// cluster made by initdb in a temporary folder (UTF-8, C.UTF-8 ctype so lower() knows every
// letter), started as a plain process on a Unix socket only, stopped by pid with stop().
// initdb and postgres refuse to run as root, so as root both run as the `postgres` user.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePackages } from '../../scripts/system/debian-packages.mjs';
import { startProcess, waitFor } from '../../scripts/system/processes.mjs';

export const PACKAGES = ['postgresql', 'postgresql-client'];

/** The binaries of the newest PostgreSQL Debian installed. */
function binDir() {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))) : [];
  if (!versions.length) throw new Error(`No PostgreSQL server binaries under ${root}.`);
  return join(root, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

/** The uid and gid to run as: the postgres user's when root. */
function runAs() {
  if (process.getuid?.() !== 0) return {};
  const id = (flag) => Number(execFileSync('id', [flag, 'postgres'], { encoding: 'utf8' }).trim());
  return { uid: id('-u'), gid: id('-g') };
}

/**
 * Starts PostgreSQL with an empty database `cc`. Returns `{ psql(args, input), stop }`: psql
 * runs with `--csv -X -q` and ON_ERROR_STOP, and resolves with `{ code, stdout, stderr }`.
 */
export async function startPostgres() {
  const result = ensurePackages(PACKAGES);
  if (!result.ok) throw new Error(result.why);
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'cc-postgres-'));
  const user = runAs();
  if (user.uid !== undefined) {
    chownSync(dir, user.uid, user.gid);
    chmodSync(dir, 0o755);
  }
  const data = join(dir, 'data');
  const port = 5432 + Math.floor(Math.random() * 1000) + 10000;
  execFileSync(join(bin, 'initdb'), ['-D', data, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8'], {
    ...user,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const server = startProcess(
    join(bin, 'postgres'),
    ['-D', data, '-k', dir, '-p', String(port), '-c', 'listen_addresses=', '-c', 'fsync=off', '-c', 'TimeZone=UTC'],
    { ...user, log: join(dir, 'server.log') },
  );
  const socket = join(dir, `.s.PGSQL.${port}`);
  await waitFor(() => existsSync(socket), { timeoutMs: 60_000, what: 'PostgreSQL' });
  const connection = ['-h', dir, '-p', String(port), '-U', 'postgres'];
  const psqlBin = join(bin, 'psql');
  await waitFor(() => execFileSync(psqlBin, [...connection, '-d', 'postgres', '-Xqc', 'SELECT 1']), {
    what: 'PostgreSQL to accept queries',
  });
  execFileSync(psqlBin, [...connection, '-d', 'postgres', '-Xqc', 'CREATE DATABASE cc']);

  /** psql on database `cc`; `input` on its standard input. */
  const psql = (args, input = '') => {
    try {
      const stdout = execFileSync(psqlBin, [...connection, '-d', 'cc', '--csv', '-X', '-q', '-v', 'ON_ERROR_STOP=1', ...args], {
        input,
        encoding: 'utf8',
        stdio: ['pipe', 'pipe', 'pipe'],
        env: { ...process.env, PGTZ: 'UTC' },
        maxBuffer: 256 << 20,
      });
      return { code: 0, stdout, stderr: '' };
    } catch (error) {
      return { code: error.status ?? 1, stdout: String(error.stdout ?? ''), stderr: String(error.stderr ?? error.message) };
    }
  };
  const stop = async () => {
    await server.stop();
    rmSync(dir, { recursive: true, force: true });
  };
  return { psql, stop };
}
