import { expect } from '@open-wc/testing';
import { actorsOf, asTable, Dictionary, eventsFromTable, tableFromEvents } from '../../src/data/event-table.js';
import type { ConflictEvent } from '../../src/data/types.js';

const EVENTS: ConflictEvent[] = [
  { record: 1, id: 'MLI1', day: 19000, precision: 'day', country: 'Mali', actors: ['JNIM'], eventType: 'Battles', fatalities: 3, value: 1 },
  {
    record: 2,
    day: 19031,
    precision: 'month',
    country: 'Burkina Faso',
    actors: ['JNIM', 'Military Forces of Burkina Faso', 'VDP', 'Civilians (Burkina Faso)'],
    eventType: 'Battles',
    fatalities: 0,
    value: 12,
    preAggregated: true,
  },
  { record: 4, day: 19400, precision: 'year', country: '', actors: [], eventType: '', fatalities: 0, value: 1 },
];

describe('data/event-table', () => {
  it('Dictionary: one code per distinct name, in order of first appearance', () => {
    const names = new Dictionary();
    expect(['Mali', 'Niger', 'Mali', 'mali'].map((name) => names.code(name))).to.deep.equal([0, 1, 0, 2]);
    expect(names.names).to.deep.equal(['Mali', 'Niger', 'mali']);
    expect(names.size).to.equal(3);
  });

  it('stores events by column and gives them back as they were, actors past the second included', () => {
    const table = tableFromEvents(EVENTS);
    expect(table.length).to.equal(3);
    expect(Array.from(table.day)).to.deep.equal([19000, 19031, 19400]);
    expect(table.countryNames).to.include.members(['Mali', 'Burkina Faso', '']);
    expect(actorsOf(table, 1)).to.deep.equal(['JNIM', 'Military Forces of Burkina Faso', 'VDP', 'Civilians (Burkina Faso)']);
    expect(actorsOf(table, 2)).to.deep.equal([]);
    // Fields left unset (no id, not pre-aggregated) may come back unset or as undefined/false.
    const plain = (event: ConflictEvent) => JSON.parse(JSON.stringify({ ...event, preAggregated: event.preAggregated === true }));
    expect(eventsFromTable(table).map(plain)).to.deep.equal(EVENTS.map(plain));
  });

  it('asTable: a table as it is; the events of a table count from that same table', () => {
    const table = tableFromEvents(EVENTS);
    expect(asTable(table)).to.equal(table);
    expect(asTable(eventsFromTable(table))).to.equal(table);
    expect(asTable(EVENTS)).to.not.equal(table);
  });
});
