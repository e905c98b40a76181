import { expect } from '@open-wc/testing';
import { DEFAULT_ALIASES } from '../../src/data/aliases.js';
import { aggregateTimeline } from '../../src/data/aggregate.js';
import { dayNumber, parseCalendarDate } from '../../src/util/dates.js';
import type { ConflictEvent, EventFilters, Precision } from '../../src/data/types.js';
import { filterEvents as referenceFilter } from './reference/index.js';

const JOINT = 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)';

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
