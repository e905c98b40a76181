// Debian packages the server suites need (WordPress, MariaDB, PHP, PostgreSQL, ClickHouse):
// installed with apt-get when they are missing and this runs as root; otherwise the one command
// to run is printed. Shared by every suite that needs system packages (as find-browser.mjs is
// for Chromium); nothing here downloads anything but Debian's own packages.
import { execFileSync, execSync } from 'node:child_process';

/** Whether Debian reports the package installed. */
export function isInstalled(name) {
  try {
    const status = execFileSync('dpkg-query', ['-W', '-f=${Status}', name], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return status.includes('install ok installed');
  } catch {
    return false;
  }
}

/** The apt-get command that installs `names`. */
export const installCommand = (names) => `sudo apt-get install -y ${names.join(' ')}`;

let updated = false;

/**
 * Makes sure the packages are installed. Returns `{ ok: true }`, or `{ ok: false, why }` with the
 * command to run when they are missing and cannot be installed here (not root, no apt-get).
 */
export function ensurePackages(names, { log = console.log } = {}) {
  const missing = names.filter((name) => !isInstalled(name));
  if (!missing.length) return { ok: true };
  const isRoot = process.getuid?.() === 0;
  if (!isRoot)
    return { ok: false, why: `Debian packages missing: ${missing.join(', ')}. Install them with:\n  ${installCommand(missing)}` };
  log(`Installing Debian packages: ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) {
    execSync('apt-get update -qq', { stdio: 'inherit', env });
    updated = true;
  }
  // Services are started by the suites themselves, as plain processes: keep the packages' own
  // init scripts from starting (policy-rc.d exit 101 means "do not start").
  execSync(
    `printf '#!/bin/sh\\nexit 101\\n' > /usr/sbin/policy-rc.d && chmod +x /usr/sbin/policy-rc.d && ` +
      `apt-get install -y -qq --no-install-recommends ${missing.join(' ')}; status=$?; rm -f /usr/sbin/policy-rc.d; exit $status`,
    { stdio: 'inherit', env, shell: '/bin/bash' },
  );
  const still = missing.filter((name) => !isInstalled(name));
  return still.length ? { ok: false, why: `apt-get did not install: ${still.join(', ')}` } : { ok: true };
}
