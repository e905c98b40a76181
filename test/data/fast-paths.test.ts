import { expect } from '@open-wc/testing';
import { aggregateActors, aggregateCountries, aggregateTimeline } from '../../src/data/aggregate.js';
import { dayNumber } from '../../src/util/dates.js';
import { eventsFromTable, tableFromEvents } from '../../src/data/event-table.js';
import { EventTableBuilder } from '../../src/data/event-table-builder.js';
import { normalizeRows, normalizeRowsInSlices, shareNormalization } from '../../src/data/normalize.js';
import { markPartialPeriod } from '../../src/data/partial-period.js';
import type { FieldMapping, Interval, NormalizeOptions, RawRow } from '../../src/data/types.js';
import {
  referenceActors,
  referenceCountries,
  referenceNormalizeRows,
  referencePartialPeriod,
  referenceTimeline,
} from './reference/index.js';
import {
  ACTORS,
  COUNTRIES,
  ID_CELLS,
  outcome,
  pick,
  randomDateText,
  randomEvents,
  randomNumberText,
  randomOptions,
  randomRows,
  TYPES,
  type Random,
} from './random-inputs.js';
import { expectSame } from '../helpers/expect-same.js';
import { mulberry32 } from '../../bench/generate.js';

/* The fast paths (columnar events, dates from character codes, dictionary codes, typed-array
   counts) against a reference written from the documented rules (./reference/), on seeded
   random inputs full of awkward cases. Same numbers, same order, same errors; never timings. */

describe('fast aggregations against the per-event reference', () => {
  for (const seed of [1, 2, 3, 4, 5, 6, 7, 8]) {
    it(`gives the same rows for random events and options (seed ${seed})`, () => {
      const random = mulberry32(seed);
      const events = randomEvents(random, 300 + Math.floor(random() * 500));
      const table = tableFromEvents(events);
      for (let round = 0; round < 25; round++) {
        const options = randomOptions(random);
        const interval = pick(random, ['day', 'week', 'month', 'quarter', 'year'] as Interval[]);
        const timelineBy = pick(random, ['none', 'actor', 'country', 'event-type'] as const);
        const timeline = { ...options, interval, groupBy: timelineBy };
        const what = JSON.stringify({ round, interval, timelineBy, ...options, aliases: undefined });
        const expected = outcome(() => referenceTimeline(events, timeline));
        const rows = outcome(() => aggregateTimeline(table, timeline));
        expectSame(rows, expected, what);
        expectSame(outcome(() => aggregateTimeline(events, timeline)), expected, what);
        if (Array.isArray(rows) && Array.isArray(expected)) {
          const to = options.filters.to;
          expectSame(markPartialPeriod(rows, table, interval, to), referencePartialPeriod(expected, events, interval, to), what);
        }
        const countries = { ...options, groupBy: pick(random, ['none', 'event-type', 'actor'] as const) };
        expectSame(aggregateCountries(table, countries), referenceCountries(events, countries), what);
        const actors = { ...options, groupBy: pick(random, ['none', 'event-type', 'country'] as const) };
        expectSame(aggregateActors(table, actors), referenceActors(events, actors), what);
      }
    });
  }

  it('stops at 20,000 periods with the same message', () => {
    const events = randomEvents(mulberry32(9), 20);
    events[0].day = dayNumber(25, 1, 1);
    const options = { ...randomOptions(mulberry32(1)), filters: {}, interval: 'day' as const, groupBy: 'none' as const };
    expectSame(outcome(() => aggregateTimeline(events, options)), outcome(() => referenceTimeline(events, options)), 'by day');
    expect(outcome(() => aggregateTimeline(events, options))).to.have.property('error');
    const yearly = { ...options, interval: 'year' as const };
    expectSame(aggregateTimeline(events, yearly), referenceTimeline(events, yearly), 'by year');
  });

  it('marks the partial last period the same way in the years 0–99', () => {
    const options = { ...randomOptions(mulberry32(2)), filters: {}, interval: 'year' as const, groupBy: 'none' as const };
    for (const [month, day] of [
      [12, 31],
      [12, 30],
    ]) {
      const events = randomEvents(mulberry32(11), 1).map((e) => ({ ...e, day: dayNumber(25, month, day), precision: 'day' as const }));
      const rows = aggregateTimeline(events, options);
      expectSame(markPartialPeriod(rows, events, 'year'), referencePartialPeriod(referenceTimeline(events, options), events, 'year'), `0025-${month}-${day}`);
    }
  });

  it('turns events into a table and back unchanged', () => {
    const events = randomEvents(mulberry32(10), 200);
    events[3].id = 'MLI12';
    expect(eventsFromTable(tableFromEvents(events))).to.deep.equal(events);
  });
});

/** The parts of a result both implementations share. */
function comparable(result: ReturnType<typeof referenceNormalizeRows>) {
  const { events, skipped, format, recordsRead, mergedRecords, columns, preAggregated, coarsestPrecision } = result;
  return { events, skipped, format, recordsRead, mergedRecords, columns, preAggregated, coarsestPrecision };
}

describe('fast normalisation against the per-row reference', () => {
  const COLUMNS = ['event_id_cnty', 'event_date', 'actor1', 'actor2', 'event_type', 'country', 'fatalities', 'count'];
  const setups: [string, string[], NormalizeOptions][] = [
    ['ACLED', COLUMNS, {}],
    ['ACLED, country and fatalities required', COLUMNS, { requireCountry: true, requireFatalities: true }],
    ['ACLED with a value field', COLUMNS, { fields: { value: 'count' } }],
    ['UCDP', ['id', 'date_start', 'side_a', 'side_b', 'type_of_violence', 'country', 'best'], {}],
    ['generic', ['date', 'country', 'actor', 'type', 'deaths'], { fields: { actor: ['actor'] } }],
    ['generic, two actor fields', ['date', 'a', 'b', 'country'], { format: 'generic', fields: { date: 'date', actor: ['a', 'b'] } }],
  ];

  /** Rows with the columns a setup reads, filled from the ACLED-shaped random rows. */
  function rowsFor(columns: string[], rows: RawRow[]): RawRow[] {
    return rows.map((row) => {
      const values = Object.values(row);
      return Object.fromEntries(columns.map((c, i) => [c, values[(i + 1) % values.length]]));
    });
  }

  for (const [name, columns, options] of setups) {
    it(`reads the same events, skips and merges: ${name}`, () => {
      for (const seed of [11, 12, 13]) {
        const random = mulberry32(seed);
        const base = randomRows(random, 600);
        const rows = columns === COLUMNS ? base : rowsFor(columns, base);
        const fast = normalizeRows(rows, columns, options);
        const reference = referenceNormalizeRows(rows, columns, options);
        expectSame(comparable(fast), comparable(reference), `seed ${seed}`);
        const shapes = { ...randomOptions(random), filters: {} };
        expectSame(
          aggregateTimeline(fast.table, { ...shapes, interval: 'year', groupBy: 'actor' }),
          referenceTimeline(reference.events, { ...shapes, interval: 'year', groupBy: 'actor' }),
          `seed ${seed}, by year and actor`,
        );
      }
    });
  }

  it('gives the same result read in chunks', () => {
    const random = mulberry32(14);
    const rows = randomRows(random, 900);
    const builder = new EventTableBuilder(COLUMNS, {}, 16);
    for (let from = 0; from < rows.length; from += 97) builder.add(rows, from, Math.min(rows.length, from + 97));
    expectSame(comparable(builder.finish()), comparable(referenceNormalizeRows(rows, COLUMNS, {})), 'in chunks');
  });

  it('gives the same result read in slices between which the page runs', async () => {
    const rows = randomRows(mulberry32(18), 20000);
    const sliced = await normalizeRowsInSlices(rows, COLUMNS, { requireCountry: true }, { sliceMs: 0 });
    expectSame(comparable(sliced), comparable(referenceNormalizeRows(rows, COLUMNS, { requireCountry: true })), 'in slices');
    const stop = new AbortController();
    const stopped = normalizeRowsInSlices(rows, COLUMNS, {}, { sliceMs: 0, signal: stop.signal });
    stop.abort();
    let error: unknown;
    await stopped.catch((e) => (error = e));
    expect((error as Error).name).to.equal('AbortError');
  });

  it('reads shared rows once per set of options', async () => {
    const rows = randomRows(mulberry32(19), 3000);
    expect(normalizeRows(rows, COLUMNS)).to.not.equal(normalizeRows(rows, COLUMNS));
    shareNormalization(rows);
    const [a, b] = await Promise.all([normalizeRowsInSlices(rows, COLUMNS, {}, { sliceMs: 0 }), normalizeRowsInSlices(rows, COLUMNS, {}, { sliceMs: 0 })]);
    expect(a).to.equal(b);
    expect(normalizeRows(rows, COLUMNS)).to.equal(a);
    const other = normalizeRows(rows, COLUMNS, { requireCountry: true });
    expect(other).to.not.equal(a);
    expectSame(comparable(other), comparable(referenceNormalizeRows(rows, COLUMNS, { requireCountry: true })), 'other options');
  });

  it('merges monadic ACLED records by id, however the id is written', () => {
    const rows: RawRow[] = [
      { event_id_cnty: 'BFO12', event_date: '2025-07-01', actor1: 'JNIM', actor2: '', country: 'Burkina Faso' },
      { event_id_cnty: 'BFO12', event_date: '2025-07-01', actor1: 'Civilians (Burkina Faso)', actor2: 'JNIM', country: 'Burkina Faso' },
      { event_id_cnty: 'BFO012', event_date: '2025-07-01', actor1: 'Koglweogo', actor2: '', country: 'Burkina Faso' },
      { event_id_cnty: 237272, event_date: '2025-07-02', actor1: 'A', actor2: 'B', country: 'Mali' },
      { event_id_cnty: '237272.0', event_date: '2025-07-02', actor1: 'C', actor2: 'A', country: 'Mali' },
      { event_id_cnty: 'BFO12', event_date: '2025-07-03', actor1: 'D', actor2: 'E', country: 'Burkina Faso' },
    ];
    const columns = ['event_id_cnty', 'event_date', 'actor1', 'actor2', 'country'];
    const fast = normalizeRows(rows, columns);
    expectSame(comparable(fast), comparable(referenceNormalizeRows(rows, columns)), 'monadic');
    expect(fast.mergedRecords).to.equal(3);
    expect(fast.events.map((e) => e.actors)).to.deep.equal([
      ['JNIM', 'Civilians (Burkina Faso)', 'D', 'E'],
      ['Koglweogo'],
      ['A', 'B', 'C'],
    ]);
  });
});

describe('fast normalisation against the reference, on cells of every documented kind', () => {
  /** Mostly distinct ids, some repeated in the ways monadic exports and floats write them. */
  const randomId = (random: Random) => (random() < 0.7 ? `BFO${Math.floor(random() * 1e5)}` : pick(random, ID_CELLS));
  const VIOLENCE_CODES = ['1', '2', '3', '1.0', '2,0', ' 3 ', '+1', '1e0', '4', '0', 'x', '', 1, 2.0, 3.5, null];
  /** What fills each column the tests read; any other column gets a random date or number. */
  const CELLS: Record<string, (random: Random) => unknown> = {
    event_id_cnty: (random) => randomId(random),
    id: (random) => randomId(random),
    relid: (random) => randomId(random),
    type_of_violence: (random) => pick(random, VIOLENCE_CODES),
    event_type: (random) => pick(random, [...TYPES, ...VIOLENCE_CODES]),
    type: (random) => pick(random, TYPES),
    country: (random) => pick(random, [...COUNTRIES, null]),
  };
  const ACTOR_COLUMNS = new Set(['actor1', 'actor2', 'side_a', 'side_b', 'actor', 'actors']);
  const DATE_COLUMNS = new Set(['event_date', 'date_start', 'date', 'month', 'year', 'period']);

  function randomCell(random: Random, column: string): unknown {
    const key = column.trim().toLowerCase();
    if (CELLS[key]) return CELLS[key](random);
    if (ACTOR_COLUMNS.has(key)) return pick(random, [...ACTORS, '', null]);
    if (DATE_COLUMNS.has(key)) return random() < 0.95 ? randomDateText(random) : randomNumberText(random);
    return random() < 0.95 ? randomNumberText(random) : randomDateText(random);
  }

  /**
   * A data row; now and then an HXL tag row (after a few empty cells, sometimes), or a data row
   * whose later cell looks like a tag.
   */
  function randomRowOf(random: Random, columns: string[]): RawRow {
    const row = Object.fromEntries(columns.map((column) => [column, randomCell(random, column)]));
    const dice = random();
    if (dice < 0.02) {
      const blanks = Math.floor(random() * 3);
      columns.forEach((column, i) => (row[column] = i < blanks ? pick(random, ['', '  ', null, undefined]) : `#${column}`));
    } else if (dice < 0.04) {
      row[columns[0]] = pick(random, ['', ' ', null]);
      row[columns[columns.length - 1]] = '#not+a+tag';
    }
    return row;
  }

  it('reads the same events from dates, numbers and codes in every documented format', () => {
    const random = mulberry32(22);
    const ACLED = ['event_id_cnty', 'event_date', 'actor1', 'actor2', 'event_type', 'country', 'fatalities', 'count'];
    const setups: [string[], NormalizeOptions][] = [
      [ACLED, {}],
      [ACLED, { requireCountry: true, requireFatalities: true }],
      [ACLED, { fields: { value: 'count' }, requireCountry: true, requireFatalities: true }],
      [['id', 'date_start', 'side_a', 'side_b', 'type_of_violence', 'country', 'best'], { requireFatalities: true }],
      [['relid', 'date_start', 'side_b', 'type_of_violence', 'best'], { fields: { type: 'type_of_violence' } }],
      [['id', 'date_start', 'side_a', 'type_of_violence', 'event_type', 'best'], { fields: { type: 'event_type' } }],
      [['month', 'country', 'actor', 'type', 'deaths', 'n'], { fields: { value: 'n' } }],
    ];
    for (const [columns, options] of setups) {
      const rows = Array.from({ length: 3000 }, () => randomRowOf(random, columns));
      const fast = normalizeRows(rows, columns, options);
      expectSame(comparable(fast), comparable(referenceNormalizeRows(rows, columns, options)), JSON.stringify(options));
      expect(fast.events.length, `enough events to compare: ${JSON.stringify(options)}`).to.be.above(300);
    }
  });

  it('finds the same columns, or throws the same error, for any header and field mapping', () => {
    const random = mulberry32(23);
    // prettier-ignore
    const POOL = ['event_date', 'Event_Date ', 'actor1', 'ACTOR2', 'event_type', 'fatalities', 'country', ' Country', 'event_id_cnty',
      'date_start', 'side_a', 'side_b', 'type_of_violence', 'best', 'id', 'relid', 'date', 'Month', 'year', 'period', 'actor', 'actors',
      'type', 'deaths', 'count'];
    const NAMES = [...POOL, 'DATE', ' count ', 'missing', ''];
    const tally = { read: 0, refused: 0 };
    for (let round = 0; round < 500; round++) {
      const share = random();
      const columns = POOL.filter(() => random() < share);
      for (let i = columns.length - 1; i > 0; i--) {
        const j = Math.floor(random() * (i + 1));
        [columns[i], columns[j]] = [columns[j], columns[i]];
      }
      const fields: FieldMapping = {};
      for (const field of ['date', 'country', 'type', 'fatalities', 'value'] as const) if (random() < 0.2) fields[field] = pick(random, NAMES);
      if (random() < 0.3) fields.actor = Array.from({ length: Math.floor(random() * 4) }, () => pick(random, NAMES));
      const options: NormalizeOptions = { format: pick(random, [undefined, 'auto', 'acled', 'ucdp', 'generic'] as const), fields };
      const rows = Array.from({ length: 20 }, () => randomRowOf(random, columns));
      const expected = outcome(() => comparable(referenceNormalizeRows(rows, columns, options)));
      expectSame(outcome(() => comparable(normalizeRows(rows, columns, options))), expected, JSON.stringify({ columns, options }));
      tally['error' in expected ? 'refused' : 'read']++;
    }
    expect(tally.read, 'tables read').to.be.above(100);
    expect(tally.refused, 'tables refused').to.be.above(100);
  });
});

describe('the reference', () => {
  it('shares no code with src/ but DataError, so a shared mistake cannot hide on both sides', async () => {
    const seen = new Set<string>();
    const outside: string[] = [];
    const visit = async (url: string): Promise<void> => {
      if (seen.has(url)) return;
      seen.add(url);
      // The dev server serves the module as the browser runs it: type-only imports are gone.
      const code = await (await fetch(url)).text();
      for (const [, path] of code.matchAll(/\bfrom\s*["']([^"']+)["']/g)) {
        const target = new URL(path, url).href;
        if (target.includes('/test/data/reference/')) await visit(target);
        else outside.push(new URL(target).pathname);
      }
    };
    await visit(new URL('./reference/index.ts', import.meta.url).href);
    expect(seen.size, 'modules of the reference').to.be.above(9);
    expect([...new Set(outside)]).to.deep.equal(['/src/errors/data-error.ts']);
  });
});
