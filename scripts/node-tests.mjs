#!/usr/bin/env node
// Runs the project's Node tests: every `*.test.mjs` under the given folders (default: test/,
// without test/wordpress/, which `npm run test:wordpress` runs beside it because it starts
// its own servers). Node 20's `node --test` takes no glob, so the files are listed here.
//
//   node scripts/node-tests.mjs [folder …]
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const APART = ['test/wordpress'];

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
const result = spawnSync(process.execPath, ['--test', '--test-concurrency=1', ...files], { cwd: ROOT, stdio: 'inherit' });
process.exit(result.status ?? 1);
