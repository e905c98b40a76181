// A throwaway WordPress for the plugin's tests: Debian's `wordpress` package copied into a
// temporary folder with its own wp-config.php and a router for PHP's server, MariaDB from a temporary data directory on a
// Unix socket, and PHP's built-in server on 127.0.0.1 (plain permalinks, REST through
// ?rest_route=). WP_DEBUG is on and logs to a file the tests read. Nothing is written outside
// the temporary folder, and every process is stopped by its pid with stop().
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensurePackages } from '../../scripts/system/debian-packages.mjs';
import { answers, freePort, startProcess, waitFor } from '../../scripts/system/processes.mjs';

/** The Debian packages the suite needs; the theme is only a recommendation of `wordpress`. */
export const PACKAGES = ['wordpress', 'wordpress-theme-twentytwentythree', 'mariadb-server', 'php-cli', 'php-mysql'];
const WORDPRESS = '/usr/share/wordpress';

/** Installs the packages when missing (as root) or throws with the apt-get command to run. */
export function requirePackages() {
  const result = ensurePackages(PACKAGES);
  if (!result.ok) throw new Error(result.why);
}

const isRoot = () => process.getuid?.() === 0;

async function startMariaDb(dir) {
  const datadir = join(dir, 'mysql');
  const socket = join(dir, 'mysql.sock');
  const user = isRoot() ? ['--user=root'] : [];
  mkdirSync(datadir);
  execFileSync(
    'mariadb-install-db',
    ['--no-defaults', `--datadir=${datadir}`, '--auth-root-authentication-method=normal', '--skip-test-db', ...user],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const server = startProcess(
    '/usr/sbin/mariadbd',
    [
      '--no-defaults',
      `--datadir=${datadir}`,
      `--socket=${socket}`,
      '--skip-networking',
      `--pid-file=${join(dir, 'mysql.pid')}`,
      `--log-error=${join(dir, 'mysql.err')}`,
      '--innodb-buffer-pool-size=64M',
      ...user,
    ],
    { log: join(dir, 'mysql.out') },
  );
  await waitFor(() => answers({ path: socket }), { timeoutMs: 60_000, what: 'MariaDB' });
  execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot'], {
    input:
      "CREATE DATABASE wordpress; CREATE USER 'wp'@'localhost' IDENTIFIED BY 'wp'; GRANT ALL ON wordpress.* TO 'wp'@'localhost';",
  });
  return { server, socket };
}

/**
 * The built-in server's router: files that exist are served as they are (PHP files run), every
 * other address goes to WordPress, as Apache's rewrite rules would send it. Without it the
 * server answers 404 itself for addresses that look like files, such as /wp-json/oembed/1.0/proxy.
 */
const ROUTER = `<?php
$path = (string) parse_url( $_SERVER['REQUEST_URI'], PHP_URL_PATH );
$file = __DIR__ . $path;
if ( is_file( $file ) || ( is_dir( $file ) && is_file( rtrim( $file, '/' ) . '/index.php' ) ) ) {
	return false;
}
$_SERVER['SCRIPT_NAME'] = '/index.php';
require __DIR__ . '/index.php';
`;

function wpConfig({ socket, origin, debugLog }) {
  const salt = () => randomBytes(32).toString('hex');
  const keys = [
    'AUTH_KEY',
    'SECURE_AUTH_KEY',
    'LOGGED_IN_KEY',
    'NONCE_KEY',
    'AUTH_SALT',
    'SECURE_AUTH_SALT',
    'LOGGED_IN_SALT',
    'NONCE_SALT',
  ];
  return `<?php
// Written by test/wordpress/site.mjs for one test run.
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'wp' );
define( 'DB_PASSWORD', 'wp' );
define( 'DB_HOST', 'localhost:${socket}' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );
${keys.map((key) => `define( '${key}', '${salt()}' );`).join('\n')}
$table_prefix = 'wp_';
define( 'WP_HOME', '${origin}' );
define( 'WP_SITEURL', '${origin}' );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_LOG', '${debugLog}' );
define( 'WP_DEBUG_DISPLAY', false );
define( 'FS_METHOD', 'direct' );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_AUTO_UPDATE_CORE', false );
// No network here: refuse requests to other hosts at once instead of waiting for them.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
`;
}

/**
 * Starts a fresh, not yet installed WordPress. Returns `{ origin, dir, debugLog, stop }`; call
 * `stop()` in a finally or after hook.
 */
export async function startWordPress() {
  const dir = mkdtempSync(join(tmpdir(), 'cc-wordpress-'));
  const started = [];
  const stop = async () => {
    for (const process of started.reverse()) await process.stop();
    if (!process.env.KEEP_WORDPRESS) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const db = await startMariaDb(dir);
    started.push(db.server);
    const site = join(dir, 'site');
    // Dereferenced: Debian links some scripts (underscore) by relative paths into /usr/share/javascript.
    cpSync(WORDPRESS, site, { recursive: true, dereference: true });
    const port = await freePort();
    const origin = `http://127.0.0.1:${port}`;
    const debugLog = join(dir, 'debug.log');
    writeFileSync(join(site, 'wp-config.php'), wpConfig({ socket: db.socket, origin, debugLog }));
    writeFileSync(join(dir, 'router.php'), ROUTER.replaceAll('__DIR__', `'${site}'`));
    const php = startProcess(
      'php',
      [
        '-d',
        'upload_max_filesize=16M',
        '-d',
        'post_max_size=16M',
        '-d',
        'display_errors=0',
        '-S',
        `127.0.0.1:${port}`,
        '-t',
        site,
        join(dir, 'router.php'),
      ],
      { cwd: site, env: { PHP_CLI_SERVER_WORKERS: '4' }, log: join(dir, 'php-server.log') },
    );
    started.push(php);
    await waitFor(() => answers({ port }), { timeoutMs: 30_000, what: 'PHP built-in server' });
    return {
      origin,
      dir,
      site,
      debugLog,
      stop,
      readDebugLog: () => (existsSync(debugLog) ? readFileSync(debugLog, 'utf8') : ''),
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
