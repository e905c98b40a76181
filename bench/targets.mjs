// Issue 14's targets beside the latest figures each benchmark script recorded on this machine
// (bench/out/figures/*.json, written by run.mjs, cold.mjs, interaction.mjs and lighthouse.mjs).
// `npm run bench` runs them all, then this; `node bench/targets.mjs` alone prints the table again.
import { readFigures } from './figures.mjs';

const run = readFigures('run');
const cold = readFigures('cold');
const traced = readFigures('cold-trace');
const interaction = readFigures('interaction');
const lighthouse = readFigures('lighthouse');

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`;
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const range = (values) => `${Math.min(...values)}–${Math.max(...values)}`;
const KINDS = ['attack-timeline', 'country-comparison', 'actor-breakdown'];
const SHORT = { 'attack-timeline': 'timeline', 'country-comparison': 'country', 'actor-breakdown': 'actor' };

const rows = [];
/** One target: `figure` is undefined when the script that measures it has not run here. */
function target(measure, goal, figure, met) {
  const measured = figure !== undefined && figure !== null && figure !== false;
  rows.push({ measure, goal, figure: measured ? figure : 'not measured here', met: measured ? (met ? 'yes' : 'no') : '—' });
}

// Speed-ups: peer ÷ ours per chart and size, the smallest one decides.
function speedUps(mode) {
  const picked = cold?.rows.filter((row) => row.mode === mode) ?? [];
  if (!picked.length) return undefined;
  const ratios = picked.map((row) => ({ row, ratio: row.peer / row.ours }));
  const worst = ratios.reduce((a, b) => (b.ratio < a.ratio ? b : a));
  const text = ratios.map(({ row, ratio }) => `${SHORT[row.kind]} ${row.n / 1000}k ×${ratio.toFixed(2)}`).join(', ');
  return { worst: worst.ratio, text };
}
for (const [mode, goal] of [
  ['cold', 1.0],
  ['throttled', 1.0],
  ['warm', 1.5],
]) {
  const s = speedUps(mode);
  target(`speed-up (peer ÷ ours), ${mode}, 1k and 10k, each element`, `≥ ${goal.toFixed(1)}`, s?.text, s && s.worst >= goal);
}

const ours = (kind, n) => run?.results[`${kind} ${n}`]?.ours;
const withRange = (value, spread) => (spread ? `${ms(value)} (${spread.map(Math.round).join('–')})` : ms(value));
/** One figure per element (`first` or `rerender`, with its range), met when each is within `limit`. */
function perElement(measure, goal, kinds, n, key, limit) {
  const picked = kinds.map((kind) => [kind, ours(kind, n)]);
  const all = picked.every(([, r]) => r);
  const figure = all && picked.map(([kind, r]) => `${SHORT[kind]} ${withRange(r[key], r[`${key}Range`])}`).join(', ');
  target(measure, goal, figure, all && picked.every(([, r]) => r[key] <= limit));
}
{
  const a = ours('attack-timeline', 100000);
  const b = ours('attack-timeline', 1000000);
  target(
    'timeline first render, own median: 100k / 1M',
    '≤ 220 / ≤ 400 ms',
    a && b && `${withRange(a.first, a.firstRange)} / ${withRange(b.first, b.firstRange)}`,
    a && b && a.first <= 220 && b.first <= 400,
  );
  perElement('country and actor first render, 1M', '≤ 300 ms', ['country-comparison', 'actor-breakdown'], 1000000, 'first', 300);
  perElement(
    're-render after a filter change, 100k, each element (bench/run.mjs: the first in a page)',
    '≤ 30 ms',
    KINDS,
    100000,
    'rerender',
    30,
  );
}
{
  const at100k = interaction?.rows.filter((row) => row.side === 'ours' && row.n === 100000) ?? [];
  target(
    'the same, redrawn after a click (bench/interaction.mjs, until redrawn + a frame)',
    '≤ 30 ms',
    at100k.length ? at100k.map((row) => `${SHORT[row.kind]} ${ms(row.redrawn)} (${row.redrawnRange})`).join(', ') : undefined,
    at100k.length && at100k.every((row) => row.redrawn <= 30),
  );
}
{
  // Long tasks, from traced cold and warm page loads: a task is "ours" when one of our files
  // other than the Vega chunk has the most self time in it, "Vega's" when the Vega chunk has.
  const tasks = traced?.rows.flatMap((row) => row.tasks.ours.flat()) ?? [];
  const isVega = (script) => /^conflict-charts-vega-/.test(script);
  const isOurs = (script) => /^conflict-charts/.test(script) && !isVega(script);
  const longest = (keep) => Math.max(0, ...tasks.filter((task) => keep(task.top)).map((task) => task.ms));
  target(
    'longest task in which our files take most self time (Vega’s own beside it)',
    '≤ 50 ms',
    traced &&
      `${ms(longest(isOurs))} (Vega chunk’s longest: ${ms(longest(isVega))}, in ${tasks.filter((t) => isVega(t.top)).length} of ${tasks.length} long tasks)`,
    traced && longest(isOurs) <= 50,
  );
}
{
  const en = run?.cmsPages?.['cms.html'];
  const fr = run?.cmsPages?.['cms-fr.html'];
  target(
    'script before the first chart: English / French',
    '≤ 20.0 / ≤ English + 1.5 KB gz',
    en && fr && `${kb(en.before.gzip)} / ${kb(fr.before.gzip)}`,
    en && fr && en.before.gzip <= 20 * 1024 && fr.before.gzip <= en.before.gzip + 1.5 * 1024,
  );
  target(
    'script in all after the first chart (default path)',
    '≤ 185 KB gz (stretch ≤ 175)',
    en && kb(en.after.gzip),
    en && en.after.gzip <= 185 * 1024,
  );
}
{
  const big = run?.big;
  target(
    `${big ? big.rows.toLocaleString('en-US') : '100,000'}-row CSV read and parsed / three charts drawn`,
    '≤ 500 / ≤ 750 ms',
    big && `${ms(big.readMs)} / ${ms(big.ms)}`,
    big && big.readMs <= 500 && big.ms <= 750,
  );
}
{
  const heaps = KINDS.map((kind) => [kind, ours(kind, 1000000)]);
  target(
    'peak heap ÷ the rows’ own, 1M',
    '≤ 1.1',
    heaps.every(([, r]) => r) ? heaps.map(([kind, r]) => `${SHORT[kind]} ${r.peakOverRows.toFixed(2)}`).join(', ') : undefined,
    heaps.every(([, r]) => r && r.peakOverRows <= 1.1),
  );
}
{
  const of = (preset, key) => lighthouse?.presets[preset]?.map((r) => r[key]);
  const figure = (preset, key) => `${median(of(preset, key))} (${range(of(preset, key))})`;
  const has = lighthouse?.presets.mobile && lighthouse?.presets.desktop;
  target(
    `Lighthouse on ${lighthouse?.page ?? 'demo/article.html'}: performance mobile / desktop`,
    '≥ 90 / ≥ 95',
    has && `${figure('mobile', 'performance')} / ${figure('desktop', 'performance')}`,
    has && median(of('mobile', 'performance')) >= 90 && median(of('desktop', 'performance')) >= 95,
  );
  target(
    'Lighthouse: TBT (mobile); CLS (mobile, desktop); accessibility',
    '≤ 200 ms; ≤ 0.05, ≤ 0.05; 100',
    has &&
      `${figure('mobile', 'tbt')} ms; ${figure('mobile', 'cls')}, ${figure('desktop', 'cls')}; ${figure('mobile', 'accessibility')}, ${figure('desktop', 'accessibility')}`,
    has &&
      median(of('mobile', 'tbt')) <= 200 &&
      median(of('mobile', 'cls')) <= 0.05 &&
      median(of('desktop', 'cls')) <= 0.05 &&
      Math.min(...of('mobile', 'accessibility'), ...of('desktop', 'accessibility')) === 100,
  );
}

console.log('\n## Issue 14: targets and the latest figures on this machine\n');
console.log('| measure | target | figure: median (min–max) | met |');
console.log('|---|---|---|:---:|');
for (const row of rows) console.log(`| ${row.measure} | ${row.goal} | ${row.figure} | ${row.met} |`);
const taken = [run, cold, traced, interaction, lighthouse].filter(Boolean).map((f) => f.takenAt.slice(0, 16));
if (taken.length) console.log(`\nFigures taken ${[...new Set(taken)].sort().join(', ')} (UTC).`);
