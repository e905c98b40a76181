import { expect } from '@open-wc/testing';
import { aggregateActors, aggregateCountries, aggregateTimeline } from '../../src/data/aggregate.js';
import { mergeAliases } from '../../src/data/aliases.js';
import { parseCalendarDate, periodStart } from '../../src/util/dates.js';
import { DataError } from '../../src/errors/data-error.js';
import type { AggregateOptions, ConflictEvent } from '../../src/data/types.js';

const ALIASES = mergeAliases();

function options(overrides: Partial<AggregateOptions> = {}): AggregateOptions {
  return {
    measure: 'events',
    filters: {},
    aliases: ALIASES,
    actorRole: 'any',
    includeCivilians: false,
    top: 10,
    otherLabel: 'Other',
    ...overrides,
  };
}

let record = 0;
/** An event on a date written as text (`2025-07` makes a month row). */
function ev(date: string, fields: Partial<ConflictEvent> = {}): ConflictEvent {
  const parsed = parseCalendarDate(date)!;
  return {
    record: ++record, day: periodStart(parsed), precision: parsed.precision, country: 'Mali', actors: [],
    eventType: 'Battles', fatalities: 0, value: 1, ...fields,
  };
}

describe('aggregateTimeline', () => {
  it('fills every month between the first and last event with 0', () => {
    const events = [ev('2024-12-05'), ev('2025-01-31'), ev('2025-01-02'), ev('2025-03-15')];
    expect(aggregateTimeline(events, { ...options(), interval: 'month', groupBy: 'none' })).to.deep.equal([
      { period: '2024-12-01', value: 1 },
      { period: '2025-01-01', value: 2 },
      { period: '2025-02-01', value: 0 },
      { period: '2025-03-01', value: 1 },
    ]);
  });

  it('spans from and to when they are given', () => {
    const filters = { from: parseCalendarDate('2025-01')!, to: parseCalendarDate('2025-04-10')! };
    const events = [ev('2024-12-31'), ev('2025-02-10'), ev('2025-04-10'), ev('2025-04-11')];
    expect(aggregateTimeline(events, { ...options({ filters }), interval: 'month', groupBy: 'none' })).to.deep.equal([
      { period: '2025-01-01', value: 0 },
      { period: '2025-02-01', value: 1 },
      { period: '2025-03-01', value: 0 },
      { period: '2025-04-01', value: 1 },
    ]);
  });

  it('returns no rows when there is nothing to draw and no range', () => {
    expect(aggregateTimeline([], { ...options(), interval: 'month', groupBy: 'country' })).to.deep.equal([]);
  });

  it('bins ISO weeks from Monday across the new year', () => {
    const events = [ev('2020-12-28'), ev('2020-12-31'), ev('2021-01-03'), ev('2021-01-04')];
    expect(aggregateTimeline(events, { ...options(), interval: 'week', groupBy: 'none' })).to.deep.equal([
      { period: '2020-12-28', value: 3 },
      { period: '2021-01-04', value: 1 },
    ]);
  });

  it('bins quarters, also of monthly counts', () => {
    const months = [
      ev('2025-03', { value: 4, preAggregated: true }),
      ev('2025-04', { value: 5, preAggregated: true }),
      ev('2025-06', { value: 6, preAggregated: true }),
      ev('2025-10', { value: 1, preAggregated: true }),
    ];
    expect(aggregateTimeline(months, { ...options(), interval: 'quarter', groupBy: 'none' })).to.deep.equal([
      { period: '2025-01-01', value: 4 },
      { period: '2025-04-01', value: 11 },
      { period: '2025-07-01', value: 0 },
      { period: '2025-10-01', value: 1 },
    ]);
  });

  it('refuses an interval finer than the data', () => {
    const month = [ev('2025-07', { value: 3, preAggregated: true }), ev('2025-07-02')];
    const draw = (events: ConflictEvent[], interval: 'week' | 'month' | 'day') => () =>
      aggregateTimeline(events, { ...options(), interval, groupBy: 'none' });
    expect(draw(month, 'week')).to.throw(DataError, 'The data is counted by month, so it cannot be drawn by week. Use interval="month" or coarser.');
    expect(draw([ev('2025', { value: 3, preAggregated: true })], 'month')).to.throw(DataError, 'The data is counted by year, so it cannot be drawn by month. Use interval="year".');
    expect(draw([ev('2025-07-02')], 'day')).to.not.throw();
  });

  it('refuses a timeline of absurdly many periods', () => {
    const events = [ev('0025-07-15'), ev('2025-07-15')];
    expect(() => aggregateTimeline(events, { ...options(), interval: 'day', groupBy: 'none' })).to.throw(
      DataError,
      'The timeline would have more than 20,000 periods (0025-07-15 to 2025-07-15). Set from and to, or a coarser interval.',
    );
    expect(aggregateTimeline(events, { ...options(), interval: 'year', groupBy: 'none' }).length).to.equal(2001);
  });

  it('fills every group in every period, largest group first', () => {
    const events = [ev('2025-01-10', { country: 'Niger' }), ev('2025-03-10', { country: 'Mali' }), ev('2025-03-11', { country: 'Mali' })];
    expect(aggregateTimeline(events, { ...options(), interval: 'month', groupBy: 'country' })).to.deep.equal([
      { period: '2025-01-01', group: 'Mali', value: 0 },
      { period: '2025-01-01', group: 'Niger', value: 1 },
      { period: '2025-02-01', group: 'Mali', value: 0 },
      { period: '2025-02-01', group: 'Niger', value: 0 },
      { period: '2025-03-01', group: 'Mali', value: 2 },
      { period: '2025-03-01', group: 'Niger', value: 0 },
    ]);
  });

  it('counts an event with two minor actors once in Other, and puts Other last', () => {
    const events = [
      ev('2025-01-01', { actors: ['A', 'B'] }),
      ev('2025-01-02', { actors: ['A', 'C'] }),
      ev('2025-01-03', { actors: ['A'] }),
      ev('2025-01-04', { actors: ['B', 'C'] }),
      ev('2025-01-05', { actors: ['D', 'E'] }),
    ];
    const rows = aggregateTimeline(events, { ...options({ top: 1 }), interval: 'month', groupBy: 'actor' });
    expect(rows).to.deep.equal([
      { period: '2025-01-01', group: 'A', value: 3 },
      { period: '2025-01-01', group: 'Other', value: 4 },
    ]);
  });

  it('sums fatalities, or the value of pre-aggregated rows whatever the measure', () => {
    const events = [ev('2025-01-01', { fatalities: 4 }), ev('2025-01-20', { fatalities: 3 })];
    expect(aggregateTimeline(events, { ...options({ measure: 'fatalities' }), interval: 'year', groupBy: 'none' })).to.deep.equal([
      { period: '2025-01-01', value: 7 },
    ]);
    const counted = [ev('2025-01', { value: 12, fatalities: 99, preAggregated: true })];
    expect(aggregateTimeline(counted, { ...options({ measure: 'fatalities' }), interval: 'month', groupBy: 'none' })).to.deep.equal([
      { period: '2025-01-01', value: 12 },
    ]);
  });
});

describe('actor groupings', () => {
  const events = [
    ev('2025-07-01', { actors: ['JNIM: Group for Support of Islam and Muslims', 'Civilians (Mali)'], fatalities: 5 }),
    ev('2025-07-02', { actors: ['Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims'], fatalities: 2 }),
    ev('2025-07-03', { actors: ['Islamic State (Greater Sahara)', 'Islamic State Sahel Province'], fatalities: 1 }),
    ev('2025-07-04', { actors: ['JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)'] }),
  ];
  const byActor = (overrides: Partial<AggregateOptions>) =>
    aggregateActors(events, { ...options(overrides), groupBy: 'none' }).map((r) => [r.actor, r.value]);

  it('counts each distinct aliased actor on either side once', () => {
    expect(byActor({})).to.deep.equal([
      ['JNIM', 2],
      ['IS Sahel', 1],
      ['JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', 1],
      ['Military Forces of Mali (2021-)', 1],
    ]);
  });

  it('counts only the first actor with actor-role primary', () => {
    expect(byActor({ actorRole: 'primary' })).to.deep.equal([
      ['IS Sahel', 1],
      ['JNIM', 1],
      ['JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', 1],
      ['Military Forces of Mali (2021-)', 1],
    ]);
  });

  it('leaves civilians out unless asked', () => {
    expect(byActor({ includeCivilians: true })).to.deep.include(['Civilians (Mali)', 1]);
    expect(byActor({}).map(([actor]) => actor)).to.not.include('Civilians (Mali)');
  });

  it('counts fatalities once under each actor', () => {
    expect(byActor({ measure: 'fatalities' })).to.deep.equal([
      ['JNIM', 7],
      ['Military Forces of Mali (2021-)', 2],
      ['IS Sahel', 1],
      ['JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)', 0],
    ]);
  });

  it('keeps only the filtered actors when filtering by actor', () => {
    expect(byActor({ filters: { actors: ['jnim'] } })).to.deep.equal([['JNIM', 2]]);
  });

  it('gives each actor its share of the distinct events', () => {
    const rows = aggregateActors(events, { ...options(), groupBy: 'none' });
    expect(rows.map((r) => r.share)).to.deep.equal([2 / 4, 1 / 4, 1 / 4, 1 / 4]);
    const deaths = aggregateActors(events, { ...options({ measure: 'fatalities' }), groupBy: 'none' });
    expect(deaths.map((r) => r.share)).to.deep.equal([7 / 8, 2 / 8, 1 / 8, 0]);
  });
});

describe('aggregateCountries', () => {
  const events = [
    ev('2025-07-01', { country: 'Niger', eventType: 'Battles', actors: ['JNIM: Group for Support of Islam and Muslims'] }),
    ev('2025-07-02', { country: 'Mali', eventType: 'Battles', actors: ['JNIM: Group for Support of Islam and Muslims', 'Islamic State Sahel Province'] }),
    ev('2025-07-03', { country: 'Mali', eventType: 'Violence against civilians', actors: ['Islamic State Sahel Province', 'Civilians (Mali)'] }),
    ev('2025-07-04', { country: 'Burkina Faso', eventType: 'Battles', actors: ['Koglweogo'] }),
    ev('2025-07-05', { country: '', eventType: 'Battles' }),
  ];

  it('counts per country, largest first, ties by name, without empty countries', () => {
    expect(aggregateCountries(events, { ...options(), groupBy: 'none' })).to.deep.equal([
      { country: 'Mali', value: 2 },
      { country: 'Burkina Faso', value: 1 },
      { country: 'Niger', value: 1 },
    ]);
  });

  it('splits each country by event type', () => {
    expect(aggregateCountries(events, { ...options(), groupBy: 'event-type' })).to.deep.equal([
      { country: 'Mali', group: 'Battles', value: 1 },
      { country: 'Mali', group: 'Violence against civilians', value: 1 },
      { country: 'Burkina Faso', group: 'Battles', value: 1 },
      { country: 'Niger', group: 'Battles', value: 1 },
    ]);
  });

  it('splits each country by actor, with Other', () => {
    expect(aggregateCountries(events, { ...options({ top: 1 }), groupBy: 'actor' })).to.deep.equal([
      { country: 'Mali', group: 'IS Sahel', value: 2 },
      { country: 'Mali', group: 'Other', value: 1 },
      { country: 'Other', group: 'Other', value: 2 },
    ]);
  });
});

describe('aggregateActors grouped', () => {
  it('gives one row per actor and group with its share of all events', () => {
    const events = [
      ev('2025-07-01', { country: 'Mali', actors: ['JNIM: Group for Support of Islam and Muslims'] }),
      ev('2025-07-02', { country: 'Mali', actors: ['JNIM: Group for Support of Islam and Muslims'] }),
      ev('2025-07-03', { country: 'Niger', actors: ['JNIM: Group for Support of Islam and Muslims', 'IS'] }),
      ev('2025-07-04', { country: 'Niger', actors: ['Civilians'] }),
    ];
    expect(aggregateActors(events, { ...options(), groupBy: 'country' })).to.deep.equal([
      { actor: 'JNIM', group: 'Mali', value: 2, share: 0.5 },
      { actor: 'JNIM', group: 'Niger', value: 1, share: 0.25 },
      { actor: 'IS', group: 'Niger', value: 1, share: 0.25 },
    ]);
  });
});
