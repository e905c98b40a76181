#!/usr/bin/env node
// Runs the project's Node tests: every `*.test.mjs` under the given folders (default: test/,
// without test/wordpress/ and test/engines/, which `npm run test:wordpress` and
// `npm run test:engines` run beside it because they start their own servers). Node 20's
// `node --test` takes no glob, so the files are listed here.
//
//   node scripts/node-tests.mjs [folder …]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APART = ['test/wordpress', 'test/engines'];
/** Suites run once in each time zone the browser tests use (UTC−8 and UTC+9), not in the machine's. */
const ZONED = ['test/sql/', 'test/engines/'];
const ZONES = ['America/Los_Angeles', 'Asia/Tokyo'];

function testFiles(folder) {
  return readdirSync(join(ROOT, folder), { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return APART.includes(path) || entry.name === 'node_modules' ? [] : testFiles(path);
    return entry.name.endsWith('.test.mjs') ? [path] : [];
  });
}

const folders = process.argv.slice(2).map((folder) => relative(ROOT, join(process.cwd(), folder)) || '.');
const files = (folders.length ? folders : ['test']).flatMap(testFiles).sort();
if (files.length === 0) {
  console.error(`No *.test.mjs files in ${folders.join(', ')}`);
  process.exit(1);
}
// One file at a time: several suites start Chromium or servers, and CI has 2 cores.
const run = (list, env = process.env) =>
  list.length
    ? (spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...list], { cwd: ROOT, stdio: 'inherit', env }).status ?? 1)
    : 0;
let status = run(files.filter((file) => !ZONED.some((folder) => file.startsWith(folder))));
for (const zone of ZONES) {
  const zoned = files.filter((file) => ZONED.some((folder) => file.startsWith(folder)));
  if (zoned.length) console.log(`# ${zoned.length} file(s) in TZ=${zone}`);
  status ||= run(zoned, { ...process.env, TZ: zone });
}
process.exit(status);
