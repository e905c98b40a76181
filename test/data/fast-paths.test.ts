import { expect } from '@open-wc/testing';
import { aggregateActors, aggregateCountries, aggregateTimeline } from '../../src/data/aggregate.js';
import { mergeAliases } from '../../src/data/aliases.js';
import { DateCellReader, DATE_IS_MISSING, DATE_IS_UNRECOGNISED, DATE_OK, IdIndex, numberOfCell } from '../../src/data/cells.js';
import { dayNumber, parseCalendarDate, periodStart } from '../../src/util/dates.js';
import { eventsFromTable, tableFromEvents } from '../../src/data/event-table.js';
import { EventTableBuilder, normalizeRows, normalizeRowsInSlices, shareNormalization } from '../../src/data/normalize.js';
import { parseNumber } from '../../src/data/numbers.js';
import type {
  AggregateOptions,
  ConflictEvent,
  EventFilters,
  Interval,
  NormalizeOptions,
  Precision,
  RawRow,
} from '../../src/data/types.js';
import { referenceActors, referenceCountries, referenceNormalizeRows, referenceTimeline } from './reference-impl.js';
import { mulberry32 } from '../../bench/generate.js';

/* The fast paths (columnar events, dates from character codes, dictionary codes, typed-array
   counts) against the simple per-event implementation they replaced, on seeded random inputs
   full of awkward cases. Same numbers, same order, same errors; never timings. */

type Random = () => number;
const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)];

const COUNTRIES = ['Mali', 'Burkina Faso', ' Niger ', 'niger', 'Benin', '', 'Other'];
const ACTORS = [
  'JNIM: Group for Support of Islam and Muslims',
  'jnim: group for support of islam and muslims ',
  'JNIM',
  'Islamic State Sahel Province',
  'Islamic State (Greater Sahara)',
  'Military Forces of Mali (2021-)',
  'Civilians (Mali)',
  'civilians',
  'Wagner Group',
  'Koglweogo',
  'Other',
  'Dozo Communal Militia',
  'Unidentified Armed Group (Niger)',
  'Z',
  'a',
];
const TYPES = ['Battles', 'battles', 'Violence against civilians', '', 'Explosions/Remote violence', 'Riots'];

/** Random events as the readers could give them, and as tests write them by hand. */
function randomEvents(random: Random, count: number): ConflictEvent[] {
  const events: ConflictEvent[] = [];
  const first = dayNumber(2019, 11, 20);
  for (let i = 0; i < count; i++) {
    const precision: Precision = random() < 0.85 ? 'day' : random() < 0.7 ? 'month' : 'year';
    const raw = first + Math.floor(random() * 900);
    const date = parseCalendarDate(new Date(raw * 86400000).toISOString().slice(0, 10))!;
    const day = periodStart({ ...date, precision });
    const actorCount = Math.floor(random() * random() * 5);
    const actors = Array.from({ length: actorCount }, () => pick(random, ACTORS));
    const preAggregated = random() < 0.1;
    const event: ConflictEvent = {
      record: i + 1,
      day,
      precision,
      country: pick(random, COUNTRIES),
      actors,
      eventType: pick(random, TYPES),
      fatalities: random() < 0.5 ? 0 : random() < 0.8 ? Math.floor(random() * 40) : Math.round(random() * 100) / 10,
      value: preAggregated ? Math.floor(random() * 50) : 1,
    };
    if (preAggregated) event.preAggregated = true;
    events.push(event);
  }
  return events;
}

function randomFilters(random: Random): EventFilters {
  const filters: EventFilters = {};
  if (random() < 0.3) filters.from = parseCalendarDate(pick(random, ['2020', '2020-03', '2020-03-15', '2019-12-31']))!;
  if (random() < 0.3) filters.to = parseCalendarDate(pick(random, ['2021', '2021-02', '2020-11-30', '2020-06-01']))!;
  if (random() < 0.2) filters.countries = [pick(random, COUNTRIES), pick(random, ['NIGER', 'mali', 'Atlantis'])];
  if (random() < 0.2) filters.eventTypes = [pick(random, TYPES)];
  if (random() < 0.2) filters.actors = [pick(random, ['jnim', 'IS Sahel', 'Wagner Group', 'civilians (mali)', 'Other'])];
  return filters;
}

function randomOptions(random: Random): AggregateOptions {
  return {
    measure: random() < 0.5 ? 'events' : 'fatalities',
    filters: randomFilters(random),
    aliases: random() < 0.8 ? mergeAliases() : mergeAliases({ Koglweogo: 'JNIM', 'Wagner Group': 'Africa Corps' }),
    actorRole: random() < 0.7 ? 'any' : 'primary',
    includeCivilians: random() < 0.3,
    top: pick(random, [0, 1, 2, 3, 8, 100, -1, NaN, Infinity, 2.5]),
    otherLabel: pick(random, ['Other', 'Autres', 'Mali', '']),
  };
}

/** The outcome of a call: its value, or the error it threw. */
function outcome<T>(fn: () => T): T | { error: string } {
  try {
    return fn();
  } catch (error) {
    return { error: `${(error as Error).name}: ${(error as Error).message}` };
  }
}

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
        expect(outcome(() => aggregateTimeline(table, timeline)), what).to.deep.equal(outcome(() => referenceTimeline(events, timeline)));
        expect(outcome(() => aggregateTimeline(events, timeline)), what).to.deep.equal(outcome(() => referenceTimeline(events, timeline)));
        const countries = { ...options, groupBy: pick(random, ['none', 'event-type', 'actor'] as const) };
        expect(aggregateCountries(table, countries), what).to.deep.equal(referenceCountries(events, countries));
        const actors = { ...options, groupBy: pick(random, ['none', 'event-type', 'country'] as const) };
        expect(aggregateActors(table, actors), what).to.deep.equal(referenceActors(events, actors));
      }
    });
  }

  it('stops at 20,000 periods with the same message', () => {
    const events = randomEvents(mulberry32(9), 20);
    events[0].day = dayNumber(25, 1, 1);
    const options = { ...randomOptions(mulberry32(1)), filters: {}, interval: 'day' as const, groupBy: 'none' as const };
    expect(outcome(() => aggregateTimeline(events, options))).to.deep.equal(outcome(() => referenceTimeline(events, options)));
    expect(outcome(() => aggregateTimeline(events, options))).to.have.property('error');
    const yearly = { ...options, interval: 'year' as const };
    expect(aggregateTimeline(events, yearly)).to.deep.equal(referenceTimeline(events, yearly));
  });

  it('turns events into a table and back unchanged', () => {
    const events = randomEvents(mulberry32(10), 200);
    events[3].id = 'MLI12';
    expect(eventsFromTable(tableFromEvents(events))).to.deep.equal(events);
  });
});

// ---- reading rows -----------------------------------------------------------------------------

const DATE_CELLS = [
  '2025-07-15', '2025/07/15', '2025-07/15', '2024-02-29', '2025-02-29', '2025-13-01', '2025-00-10', '2025-07-00',
  '2025-07-32', '1899-12-31', '1900-01-01', '2099-12-31', '2100-03-01', '0000-01-01', '9999-12-31', '2025-7-15',
  ' 2025-07-15', '2025-07-15 ', '2025-07-15T00:00:00Z', '2019-06-30 00:00:00.000', '15 July 2025', '16-Feb-21',
  '15/07/2025', 'July 2025', '2025-07', '2025', 'last Tuesday', '', '   ', '2O25-07-15', '2025–07–15', '"2025-07-15"',
  '１２３４-05-06', 2025, 2025.5, 12, null, undefined, true, {},
];
const NUMBER_CELLS = ['0', '7', '12', '123456789', '1234567890', '007', '1,234', '1 234', '2,5', '1.5', '-3', '+4', 'n/a', 'NA', '-', '', '  ', ' 5 ', '1e3', 'Infinity', 5, 0, -2.5, NaN, Infinity, null, undefined, 12n, {}];
const ID_CELLS = ['BFO1', 'BFO12', 'BFO012', 'bfo12', 'BFO12', 'MLI99999', 'MLI-1', '237272.0', '237272', ' BFO12', 'BFO12 ', 'A1', 'ABCD12', 'BF12', '12', '', 237272, 237272.0, 'BFO12.0', 'NIG1000000000', null];

function randomRow(random: Random): RawRow {
  return {
    event_id_cnty: pick(random, ID_CELLS),
    event_date: random() < 0.7 ? `${2018 + Math.floor(random() * 8)}-0${1 + Math.floor(random() * 9)}-1${Math.floor(random() * 10)}` : pick(random, DATE_CELLS),
    actor1: pick(random, [...ACTORS, '', '  ', null]),
    actor2: pick(random, [...ACTORS, '', undefined]),
    event_type: pick(random, [...TYPES, ' Battles ', 3, null]),
    country: pick(random, [...COUNTRIES, null, '  ']),
    fatalities: pick(random, NUMBER_CELLS),
    count: pick(random, NUMBER_CELLS),
  };
}

const HXL: RawRow = { event_id_cnty: '#event+code', event_date: '#date', actor1: '#group', country: '#country' };

function randomRows(random: Random, count: number): RawRow[] {
  const rows: RawRow[] = [];
  for (let i = 0; i < count; i++) rows.push(random() < 0.01 ? { ...HXL } : randomRow(random));
  return rows;
}

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
        expect(comparable(fast), `seed ${seed}`).to.deep.equal(comparable(reference));
        const shapes = { ...randomOptions(random), filters: {} };
        expect(aggregateTimeline(fast.table, { ...shapes, interval: 'year', groupBy: 'actor' })).to.deep.equal(
          referenceTimeline(reference.events, { ...shapes, interval: 'year', groupBy: 'actor' }),
        );
      }
    });
  }

  it('gives the same result read in chunks', () => {
    const random = mulberry32(14);
    const rows = randomRows(random, 900);
    const builder = new EventTableBuilder(COLUMNS, {}, 16);
    for (let from = 0; from < rows.length; from += 97) builder.add(rows, from, Math.min(rows.length, from + 97));
    expect(comparable(builder.finish())).to.deep.equal(comparable(referenceNormalizeRows(rows, COLUMNS, {})));
  });

  it('gives the same result read in slices between which the page runs', async () => {
    const rows = randomRows(mulberry32(18), 20000);
    const sliced = await normalizeRowsInSlices(rows, COLUMNS, { requireCountry: true }, { sliceMs: 0 });
    expect(comparable(sliced)).to.deep.equal(comparable(referenceNormalizeRows(rows, COLUMNS, { requireCountry: true })));
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
    expect(comparable(other)).to.deep.equal(comparable(referenceNormalizeRows(rows, COLUMNS, { requireCountry: true })));
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
    expect(comparable(fast)).to.deep.equal(comparable(referenceNormalizeRows(rows, columns)));
    expect(fast.mergedRecords).to.equal(3);
    expect(fast.events.map((e) => e.actors)).to.deep.equal([
      ['JNIM', 'Civilians (Burkina Faso)', 'D', 'E'],
      ['Koglweogo'],
      ['A', 'B', 'C'],
    ]);
  });
});

describe('cell readers against the general parsers', () => {
  it('reads dates like parseCalendarDate', () => {
    const random = mulberry32(15);
    const cells: unknown[] = [...DATE_CELLS];
    for (let i = 0; i < 3000; i++) {
      const y = String(Math.floor(random() * 10000)).padStart(4, '0');
      const m = String(Math.floor(random() * 14)).padStart(2, '0');
      const d = String(Math.floor(random() * 33)).padStart(2, '0');
      cells.push(`${y}${pick(random, ['-', '/', '.'])}${m}${pick(random, ['-', '/'])}${d}`);
    }
    const reader = new DateCellReader();
    for (const cell of [...cells, ...cells]) {
      const status = reader.read(cell);
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      const expected = text === '' ? null : parseCalendarDate(typeof cell === 'number' ? cell : text);
      if (text === '') expect(status, String(cell)).to.equal(DATE_IS_MISSING);
      else if (expected === null) expect(status, String(cell)).to.equal(DATE_IS_UNRECOGNISED);
      else {
        expect(status, String(cell)).to.equal(DATE_OK);
        expect([reader.day, reader.precision], String(cell)).to.deep.equal([
          periodStart(expected),
          ['day', 'month', 'year'].indexOf(expected.precision),
        ]);
      }
    }
  });

  it('reads numbers like parseNumber', () => {
    const random = mulberry32(16);
    const cells: unknown[] = [...NUMBER_CELLS];
    for (let i = 0; i < 2000; i++) cells.push(String(Math.floor(random() * 10 ** Math.floor(random() * 12))));
    for (const cell of cells) {
      const expected = parseNumber(cell);
      const actual = numberOfCell(cell);
      if (expected === null) expect(actual, String(cell)).to.equal(null);
      else if (Number.isNaN(expected)) expect(Number.isNaN(actual), String(cell)).to.equal(true);
      else expect(actual, String(cell)).to.equal(expected);
    }
  });

  it('finds repeated ids like a Map', () => {
    const random = mulberry32(17);
    const index = new IdIndex();
    const map = new Map<string, number>();
    for (let event = 0; event < 20000; event++) {
      const id =
        random() < 0.7
          ? `${pick(random, ['BFO', 'MLI', 'NIG', 'bfo', 'Ab'])}${Math.floor(random() * 10 ** Math.floor(1 + random() * 8))}`
          : pick(random, [...ID_CELLS.filter((c): c is string => typeof c === 'string' && c !== ''), 'X0', 'MLI0', 'MLI00']);
      const expected = map.get(id) ?? -1;
      if (expected < 0) map.set(id, event);
      expect(index.firstOrAdd(id, event), id).to.equal(expected);
    }
  });
});
