import { expect } from '@open-wc/testing';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { aggregateActors, aggregateTimeline } from '../../src/data/aggregate.js';
import { isCivilian, mergeAliases } from '../../src/data/aliases.js';
import { normalizeRows } from '../../src/data/normalize.js';
import type { AggregateOptions, ConflictEvent, Measure, RawRow } from '../../src/data/types.js';
import { mulberry32 } from '../../bench/generate.js';

/* Checks the aggregations against independent references: Vega-Lite's own time units and
   aggregates, a Date.UTC week rule, and a brute-force top N + Other, on seeded random rows. */

const COUNTRIES = ['Mali', 'Burkina Faso', 'Niger', 'Benin', 'Togo'];
const ACTORS = [
  'JNIM: Group for Support of Islam and Muslims', 'JNIM', 'Islamic State Sahel Province',
  'Islamic State (Greater Sahara)', 'Military Forces of Mali (2021-)', 'Koglweogo', 'Wagner Group',
  'Civilians (Mali)', 'Civilians', 'Dozo Communal Militia', 'Unidentified Armed Group (Niger)',
  'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)',
];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAY_MS = 86400000;
const pad = (n: number) => String(n).padStart(2, '0');
const isoOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

interface Generated {
  /** Rows for the library, dates in assorted formats. */
  rows: RawRow[];
  /** The same rows with an ISO date, for Vega-Lite and the references. */
  plain: { date: string; country: string; actor1: string; actor2: string; fatalities: number }[];
}

function generate(seed: number, count: number): Generated {
  const random = mulberry32(seed);
  const pick = <T>(list: T[]) => list[Math.floor(Math.pow(random(), 1.6) * list.length)];
  const first = Date.UTC(2019, 10, 20);
  const span = Date.UTC(2021, 2, 10) - first;
  const rows: RawRow[] = [];
  const plain: Generated['plain'] = [];
  for (let i = 0; i < count; i++) {
    const d = new Date(first + Math.floor(random() * (span / DAY_MS)) * DAY_MS);
    const [y, m, day] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
    const formats = [
      `${y}-${pad(m)}-${pad(day)}`,
      `${y}-${pad(m)}-${pad(day)} 00:00:00.000`,
      `${day} ${MONTHS[m - 1]} ${y}`,
      `${day}-${MONTHS[m - 1].slice(0, 3)}-${String(y).slice(2)}`,
      `${pad(day)}/${pad(m)}/${y}`,
    ];
    const actor1 = pick(ACTORS);
    const actor2 = random() < 0.6 ? pick(ACTORS) : '';
    const country = pick(COUNTRIES);
    const fatalities = Math.floor(random() * random() * 30);
    rows.push({ date: formats[Math.floor(random() * formats.length)], country, actor1, actor2, fatalities: String(fatalities) });
    plain.push({ date: isoOf(d.getTime()), country, actor1, actor2, fatalities });
  }
  return { rows, plain };
}

function events(generated: Generated): ConflictEvent[] {
  const result = normalizeRows(generated.rows, ['date', 'country', 'actor1', 'actor2', 'fatalities'], {
    fields: { actor: ['actor1', 'actor2'] },
  });
  expect(result.skipped).to.deep.equal([]);
  return result.events;
}

const options = (overrides: Partial<AggregateOptions> = {}): AggregateOptions => ({
  measure: 'events',
  filters: {},
  aliases: mergeAliases(),
  actorRole: 'any',
  includeCivilians: false,
  top: 100,
  otherLabel: 'Other',
  ...overrides,
});

/** Vega-Lite's own monthly count and fatality sum per country, keyed `YYYY-MM-DD|country`. */
async function vegaLiteMonthly(plain: Generated['plain']): Promise<{ count: Map<string, number>; sum: Map<string, number> }> {
  const spec: TopLevelSpec = {
    data: { values: plain },
    transform: [
      { timeUnit: { unit: 'yearmonth', utc: true }, field: 'date', as: 'month' },
      { aggregate: [{ op: 'count', as: 'n' }, { op: 'sum', field: 'fatalities', as: 'deaths' }], groupby: ['month', 'country'] },
    ],
    mark: 'point',
    encoding: { x: { field: 'month', type: 'temporal' }, y: { field: 'n', type: 'quantitative' } },
  };
  const vgSpec = compile(spec).spec;
  const aggregated = vgSpec.data!.find((d) => 'transform' in d && d.transform!.some((t) => t.type === 'aggregate'))!;
  const view = new View(parse(vgSpec), { renderer: 'none' });
  await view.runAsync();
  const count = new Map<string, number>();
  const sum = new Map<string, number>();
  for (const row of view.data(aggregated.name) as { month: Date; country: string; n: number; deaths: number }[]) {
    const key = `${isoOf(row.month.getTime())}|${row.country}`;
    count.set(key, row.n);
    sum.set(key, row.deaths);
  }
  view.finalize();
  return { count, sum };
}

/** Non-zero timeline rows keyed `period|group`. */
function nonZero(rows: { period: string; group?: string; value: number }[]): Map<string, number> {
  return new Map(rows.filter((r) => r.value !== 0).map((r) => [`${r.period}|${r.group}`, r.value]));
}

describe('timeline against Vega-Lite', () => {
  for (const seed of [1, 2025]) {
    it(`counts and sums by month and country like Vega-Lite (seed ${seed})`, async () => {
      const generated = generate(seed, 1500);
      const reference = await vegaLiteMonthly(generated.plain);
      const list = events(generated);
      const monthly = (measure: Measure) =>
        aggregateTimeline(list, { ...options({ measure }), interval: 'month', groupBy: 'country' });
      expect(nonZero(monthly('events'))).to.deep.equal(reference.count);
      const deaths = reference.sum;
      for (const [key, value] of deaths) if (value === 0) deaths.delete(key);
      expect(nonZero(monthly('fatalities'))).to.deep.equal(deaths);
    });
  }

  it('counts by ISO week like a Date.UTC reference, Monday first', () => {
    const generated = generate(7, 1500);
    const expected = new Map<string, number>();
    for (const row of generated.plain) {
      const ms = Date.parse(`${row.date}T00:00:00Z`);
      const monday = ms - ((new Date(ms).getUTCDay() + 6) % 7) * DAY_MS;
      const key = `${isoOf(monday)}|${row.country}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }
    const rows = aggregateTimeline(events(generated), { ...options(), interval: 'week', groupBy: 'country' });
    expect(nonZero(rows)).to.deep.equal(expected);
    const periods = [...new Set(rows.map((r) => r.period))];
    for (let i = 1; i < periods.length; i++) {
      expect(Date.parse(periods[i]) - Date.parse(periods[i - 1])).to.equal(7 * DAY_MS);
      expect(new Date(Date.parse(periods[i])).getUTCDay()).to.equal(1);
    }
  });
});

/** Brute force: rank names, then for each kept name and for Other scan every event. */
function bruteForceTop(
  list: ConflictEvent[],
  namesOf: (e: ConflictEvent) => string[],
  weight: (e: ConflictEvent) => number,
  top: number,
): { name: string; value: number }[] {
  const all = [...new Set(list.flatMap(namesOf))];
  const totalOf = (name: string) => list.filter((e) => namesOf(e).includes(name)).reduce((s, e) => s + weight(e), 0);
  const ranked = all.map((name) => ({ name, value: totalOf(name) })).sort((a, b) => b.value - a.value || (a.name < b.name ? -1 : 1));
  if (ranked.length <= top) return ranked;
  const kept = ranked.slice(0, top);
  const keptNames = kept.map((k) => k.name);
  const other = list.filter((e) => namesOf(e).some((n) => !keptNames.includes(n))).reduce((s, e) => s + weight(e), 0);
  return [...kept, { name: 'Other', value: other }];
}

describe('top N + Other against a brute force', () => {
  const aliases = mergeAliases();
  const namesOf = (e: ConflictEvent) => {
    const names = e.actors.filter((a) => !isCivilian(a)).map((a) => aliases[a] ?? a);
    return names.filter((n, i) => names.indexOf(n) === i);
  };

  for (const [seed, top, measure] of [[3, 1, 'events'], [4, 3, 'fatalities'], [5, 5, 'events'], [6, 20, 'events']] as const) {
    it(`keeps the ${top} largest actors by ${measure} and counts each other event once (seed ${seed})`, () => {
      const list = events(generate(seed, 600));
      const weight = (e: ConflictEvent) => (measure === 'events' ? 1 : e.fatalities);
      const expected = bruteForceTop(list, namesOf, weight, top);
      const rows = aggregateActors(list, { ...options({ top, measure }), groupBy: 'none' });
      expect(rows.map((r) => ({ name: r.actor, value: r.value }))).to.deep.equal(expected);

      const january = list.filter((e) => e.day >= Date.UTC(2020, 0, 1) / DAY_MS && e.day < Date.UTC(2020, 1, 1) / DAY_MS);
      const totals = bruteForceTop(list, namesOf, weight, top);
      const keptNames = totals.map((t) => t.name).filter((n) => n !== 'Other');
      const timeline = aggregateTimeline(list, { ...options({ top, measure }), interval: 'month', groupBy: 'actor' });
      for (const { name } of totals) {
        const inJanuary = january.filter((e) =>
          name === 'Other' ? namesOf(e).some((n) => !keptNames.includes(n)) : namesOf(e).includes(name),
        );
        const row = timeline.find((r) => r.period === '2020-01-01' && r.group === name);
        expect(row?.value, name).to.equal(inJanuary.reduce((s, e) => s + weight(e), 0));
      }
      expect(new Set(timeline.map((r) => r.group)).size).to.equal(totals.length);
    });
  }
});
