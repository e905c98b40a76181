// Each benchmark script leaves its headline figures in bench/out/figures/<name>.json (ignored by
// git), so bench/targets.mjs can set the latest figures beside issue 14's targets without
// parsing anyone's printed tables.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = fileURLToPath(new URL('./out/figures/', import.meta.url));

/** Records one script's figures, with when they were taken and the command line. */
export function recordFigures(name, figures) {
  mkdirSync(DIR, { recursive: true });
  const record = { takenAt: new Date().toISOString(), argv: process.argv.slice(2), ...figures };
  writeFileSync(join(DIR, `${name}.json`), `${JSON.stringify(record, null, 1)}\n`);
}

/** The figures a script recorded last, or undefined when it has not run here. */
export function readFigures(name) {
  const file = join(DIR, `${name}.json`);
  return existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
}
