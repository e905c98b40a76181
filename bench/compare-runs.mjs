#!/usr/bin/env node
// Medians over several bench/run.mjs reports, two builds side by side: for each chart, size
// and measure, the median of each side's runs, their spread (min–max) and the ratio.
//
//   node bench/compare-runs.mjs --before before-1.md,before-2.md,… --after after-1.md,…
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const list = (name) => (args[args.indexOf(`--${name}`) + 1] ?? '').split(',').filter(Boolean);
const MEASURES = { 'ours first': 1, 'peer first': 2, 'ours re-render': 4 };

/** chart → N → measure → ms, from one report's tables. */
function read(file) {
  const cells = new Map();
  let chart = '';
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const heading = line.match(/^## `<([a-z-]+)/);
    if (heading) chart = heading[1];
    const row = line.match(/^\| ([\d,]+) \|/);
    if (!chart || !row) continue;
    const columns = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    for (const [measure, index] of Object.entries(MEASURES)) {
      cells.set(`${chart}|${row[1]}|${measure}`, Number(columns[index].replace(/[^\d.]/g, '')));
    }
  }
  return cells;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

const before = list('before').map(read);
const after = list('after').map(read);
console.log(`| chart | N | measure | before: median (min–max) | after: median (min–max) | after ÷ before |`);
console.log(`|---|---:|---|---:|---:|---:|`);
for (const key of before[0].keys()) {
  const [chart, size, measure] = key.split('|');
  const b = before.map((cells) => cells.get(key));
  const a = after.map((cells) => cells.get(key));
  const ratio = median(a) / median(b);
  const spread = (values) => `${median(values)} ms (${Math.min(...values)}–${Math.max(...values)})`;
  console.log(
    `| ${chart} | ${size} | ${measure} | ${spread(b)} | ${spread(a)} | ${ratio.toFixed(2)}${ratio > 1.1 ? ' **slower**' : ''} |`,
  );
}
