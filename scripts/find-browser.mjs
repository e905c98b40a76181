// Finds a Chromium for the tests: CHROME_PATH, Debian's /usr/bin/chromium, or google-chrome.
// With none, installs Debian's chromium when it can (root with apt-get); otherwise stops
// with the one command to run. No tool here may download a browser of its own.
import { execFileSync, execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const candidates = () =>
  [process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].filter(Boolean);

const onPath = (name) => {
  try {
    return execFileSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
};

export function findBrowser() {
  for (const path of candidates()) if (existsSync(path)) return path;
  return onPath('chromium') ?? onPath('google-chrome') ?? null;
}

function installChromium() {
  const isRoot = process.getuid?.() === 0;
  if (!isRoot || !onPath('apt-get')) return false;
  console.log("No Chromium found: installing Debian's chromium with apt-get…");
  execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
    stdio: 'inherit',
  });
  return Boolean(findBrowser());
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const found = findBrowser() ?? (installChromium() ? findBrowser() : null);
  if (!found) {
    console.error('No Chromium found. Install it with:\n  sudo apt-get install -y chromium\nor set CHROME_PATH.');
    process.exit(1);
  }
  console.log(`Browser for tests: ${found}`);
}
