import { expect } from '@open-wc/testing';
import { aliasActor, DEFAULT_ALIASES, isCivilian, mergeAliases } from '../../src/data/aliases.js';
import { aggregateTimeline } from '../../src/data/aggregate.js';
import { dayNumber, parseCalendarDate } from '../../src/util/dates.js';
import type { ConflictEvent, EventFilters, Precision } from '../../src/data/types.js';
import { filterEvents as referenceFilter } from './reference/index.js';

const JOINT = 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)';

describe('aliases', () => {
  it('gives the short names of renamed Sahel groups', () => {
    const cases: [string, string][] = [
      ['JNIM: Group for Support of Islam and Muslims', 'JNIM'],
      ['Islamic State (Greater Sahara)', 'IS Sahel'],
      ['Islamic State (West Africa) - Greater Sahara Faction', 'IS Sahel'],
      ['Islamic State Sahel Province', 'IS Sahel'],
      ['Islamic State West Africa Province', 'ISWAP'],
      ['Islamic State (West Africa)', 'ISWAP'],
      ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'Boko Haram (JAS)'],
      ['Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Boko Haram (JAS)'],
    ];
    for (const [name, alias] of cases) expect(aliasActor(name, DEFAULT_ALIASES), name).to.equal(alias);
  });

  it('keeps an and/or joint attribution as an actor of its own', () => {
    expect(aliasActor(JOINT, DEFAULT_ALIASES)).to.equal(JOINT);
  });

  it('matches ignoring case and surrounding spaces, and leaves unknown names alone', () => {
    expect(aliasActor(' islamic state sahel province ', DEFAULT_ALIASES)).to.equal('IS Sahel');
    expect(aliasActor('Koglweogo', DEFAULT_ALIASES)).to.equal('Koglweogo');
    expect(aliasActor('constructor', DEFAULT_ALIASES)).to.equal('constructor');
  });

  it('lets custom aliases extend and override the defaults', () => {
    const aliases = mergeAliases({ IS: 'Islamic State', 'Islamic State Sahel Province': 'ISSP' });
    expect(aliasActor('IS', aliases)).to.equal('Islamic State');
    expect(aliasActor('Islamic State Sahel Province', aliases)).to.equal('ISSP');
    expect(aliasActor('Islamic State (Greater Sahara)', aliases)).to.equal('IS Sahel');
    // Merging the author's aliases leaves the built-in ones as the README documents them.
    const builtIn = mergeAliases();
    for (const [raw, shown] of [
      ['JNIM: Group for Support of Islam and Muslims', 'JNIM'],
      ['Islamic State (Greater Sahara)', 'IS Sahel'],
      ['Islamic State (West Africa) - Greater Sahara Faction', 'IS Sahel'],
      ['Islamic State Sahel Province', 'IS Sahel'],
      ['Islamic State West Africa Province', 'ISWAP'],
      ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'Boko Haram (JAS)'],
    ]) {
      expect(aliasActor(raw, builtIn), raw).to.equal(shown);
    }
    expect(aliasActor('IS', builtIn)).to.equal('IS');
    // A custom alias equal to a built-in name ignoring case wins for names matched that way.
    const shouted = mergeAliases({ 'ISLAMIC STATE SAHEL PROVINCE': 'ISSP' });
    expect(aliasActor(' islamic state sahel province', shouted)).to.equal('ISSP');
    expect(aliasActor('Islamic State Sahel Province', shouted)).to.equal('IS Sahel');
  });

  it('recognises civilians with or without a country', () => {
    for (const name of ['Civilians', 'Civilians (Mali)', 'Civilians (International)', 'civilians (Burkina Faso)']) {
      expect(isCivilian(name), name).to.equal(true);
    }
    for (const name of ['Civilian militia', 'Protesters (Mali)', 'JNIM', 'Civiliansfoo']) {
      expect(isCivilian(name), name).to.equal(false);
    }
  });
});

let record = 0;
function event(date: [number, number, number], precision: Precision = 'day', fields: Partial<ConflictEvent> = {}): ConflictEvent {
  return {
    record: ++record, day: dayNumber(...date), precision, country: 'Mali', actors: ['JNIM'],
    eventType: 'Battles', fatalities: 0, value: 1, ...fields,
  };
}
const period = (text: string) => parseCalendarDate(text)!;

type Filter = (events: ConflictEvent[], filters: EventFilters, aliases: Record<string, string>) => ConflictEvent[];

/**
 * The events the aggregations keep: each event weighs a distinct power of two (as a
 * pre-aggregated value, which is the measure whatever it is), so the total they count is a bit
 * mask of the events that passed the filters.
 */
const keptByAggregation: Filter = (events, filters, aliases) => {
  const probes = events.map((event, i) => ({ ...event, preAggregated: true, value: 2 ** i }));
  const counting = { measure: 'events', filters, aliases, actorRole: 'any', includeCivilians: false, top: 0, otherLabel: 'Other' } as const;
  const rows = aggregateTimeline(probes, { ...counting, interval: 'year', groupBy: 'none' });
  const mask = rows.reduce((sum, row) => sum + row.value, 0);
  return events.filter((_, i) => Math.floor(mask / 2 ** i) % 2 === 1);
};

for (const [name, filterEvents] of [
  ['the aggregations', keptByAggregation],
  ['the reference', referenceFilter],
] as [string, Filter][]) describe(`filters, in ${name}`, () => {
  it('includes the whole last month of an inclusive `to`', () => {
    const events = [event([2025, 6, 30]), event([2025, 7, 1]), event([2025, 7, 31]), event([2025, 8, 1])];
    const kept = filterEvents(events, { from: period('2025-07'), to: period('2025-07') }, DEFAULT_ALIASES);
    expect(kept).to.deep.equal([events[1], events[2]]);
  });

  it('treats a day or a year as inclusive bounds too', () => {
    const events = [event([2024, 12, 31]), event([2025, 1, 1]), event([2025, 12, 31]), event([2026, 1, 1])];
    expect(filterEvents(events, { from: period('2025'), to: period('2025') }, {})).to.deep.equal([events[1], events[2]]);
    expect(filterEvents(events, { to: period('2025-01-01') }, {})).to.deep.equal([events[0], events[1]]);
    expect(filterEvents(events, { from: period('2025-12-31') }, {})).to.deep.equal([events[2], events[3]]);
  });

  it('keeps a pre-aggregated row only when its whole period is inside', () => {
    const june = event([2025, 6, 1], 'month', { preAggregated: true, value: 5 });
    const july = event([2025, 7, 1], 'month', { preAggregated: true, value: 7 });
    const year = event([2025, 1, 1], 'year', { preAggregated: true, value: 9 });
    const rows = [june, july, year];
    expect(filterEvents(rows, { from: period('2025-06-15'), to: period('2025-07') }, {})).to.deep.equal([july]);
    expect(filterEvents(rows, { from: period('2025-06'), to: period('2025-07-30') }, {})).to.deep.equal([june]);
    expect(filterEvents(rows, { from: period('2025'), to: period('2025-12-31') }, {})).to.deep.equal(rows);
  });

  it('matches countries and event types ignoring case and spaces', () => {
    const events = [event([2025, 7, 1]), event([2025, 7, 2], 'day', { country: 'Burkina Faso', eventType: 'Explosions/Remote violence' })];
    expect(filterEvents(events, { countries: [' burkina faso '] }, {})).to.deep.equal([events[1]]);
    expect(filterEvents(events, { eventTypes: ['BATTLES'] }, {})).to.deep.equal([events[0]]);
    expect(filterEvents(events, { countries: ['Mali', 'Niger'], eventTypes: ['battles'] }, {})).to.deep.equal([events[0]]);
  });

  it('matches actors by raw or aliased name, on either side', () => {
    const events = [
      event([2025, 7, 1], 'day', { actors: ['Military Forces of Mali (2021-)', 'JNIM: Group for Support of Islam and Muslims'] }),
      event([2025, 7, 2], 'day', { actors: [JOINT] }),
      event([2025, 7, 3], 'day', { actors: ['Islamic State Sahel Province'] }),
    ];
    expect(filterEvents(events, { actors: ['jnim'] }, DEFAULT_ALIASES)).to.deep.equal([events[0]]);
    expect(filterEvents(events, { actors: ['JNIM: Group for Support of Islam and Muslims'] }, DEFAULT_ALIASES)).to.deep.equal([events[0]]);
    expect(filterEvents(events, { actors: ['IS Sahel', JOINT] }, DEFAULT_ALIASES)).to.deep.equal([events[1], events[2]]);
  });

  it('returns everything with no filters', () => {
    const events = [event([2025, 7, 1])];
    expect(filterEvents(events, {}, {})).to.deep.equal(events);
  });
});
