import type { ConflictEvent, EventTable, Precision } from './types.js';

/** `EventTable.precision` codes. */
export const PRECISION_CODES: Readonly<Record<Precision, number>> = { day: 0, month: 1, year: 2 };
/** The precision of each code. */
export const PRECISIONS: readonly Precision[] = ['day', 'month', 'year'];

/** Names stored once each, by code in order of first appearance. */
export class Dictionary {
  readonly names: string[] = [];
  private readonly codes = new Map<string, number>();

  code(name: string): number {
    let code = this.codes.get(name);
    if (code === undefined) {
      code = this.names.length;
      this.names.push(name);
      this.codes.set(name, code);
    }
    return code;
  }

  get size(): number {
    return this.names.length;
  }
}

/** The table each array made by {@link eventsFromTable} came from. */
const tableOfArray = new WeakMap<readonly ConflictEvent[], EventTable>();

/**
 * The events as a table: the table itself; for `NormalizeResult.events`, the table it was
 * made from (so counting it again costs nothing); for any other array, a new table.
 */
export function asTable(events: readonly ConflictEvent[] | EventTable): EventTable {
  if (!Array.isArray(events)) return events as EventTable;
  const list = events as readonly ConflictEvent[];
  return tableOfArray.get(list) ?? tableFromEvents(list);
}

/** Stores events by column. */
export function tableFromEvents(events: readonly ConflictEvent[]): EventTable {
  const n = events.length;
  const countries = new Dictionary();
  const types = new Dictionary();
  const actors = new Dictionary();
  const record = new Int32Array(n);
  const day = new Int32Array(n);
  const precision = new Uint8Array(n);
  const country = new Int32Array(n);
  const eventType = new Int32Array(n);
  const actor1 = new Int32Array(n).fill(-1);
  const actor2 = new Int32Array(n).fill(-1);
  const moreActors = new Map<number, number[]>();
  const fatalities = new Float64Array(n);
  const value = new Float64Array(n);
  let preAggregated: Uint8Array | null = null;
  let hasId = false;
  for (let i = 0; i < n; i++) {
    const e = events[i];
    record[i] = e.record;
    day[i] = e.day;
    precision[i] = PRECISION_CODES[e.precision];
    country[i] = countries.code(e.country);
    eventType[i] = types.code(e.eventType);
    const list = e.actors;
    if (list.length > 0) actor1[i] = actors.code(list[0]);
    if (list.length > 1) actor2[i] = actors.code(list[1]);
    if (list.length > 2) moreActors.set(i, list.slice(2).map((a) => actors.code(a)));
    fatalities[i] = e.fatalities;
    value[i] = e.value;
    if (e.preAggregated) (preAggregated ??= new Uint8Array(n))[i] = 1;
    if (e.id !== undefined) hasId = true;
  }
  return {
    length: n,
    record,
    day,
    precision,
    country,
    countryNames: countries.names,
    eventType,
    eventTypeNames: types.names,
    actor1,
    actor2,
    moreActors,
    actorNames: actors.names,
    fatalities,
    value,
    preAggregated,
    id: hasId ? (i) => events[i].id : null,
    places: null,
    estimates: null,
  };
}

/** The actor names of event `i`, first actor first. */
export function actorsOf(table: EventTable, i: number): string[] {
  const names: string[] = [];
  if (table.actor1[i] >= 0) names.push(table.actorNames[table.actor1[i]]);
  if (table.actor2[i] >= 0) names.push(table.actorNames[table.actor2[i]]);
  const more = table.moreActors.get(i);
  if (more) for (const code of more) names.push(table.actorNames[code]);
  return names;
}

/** The events of a table as objects, in the shape the readers have always given. */
export function eventsFromTable(table: EventTable): ConflictEvent[] {
  const events: ConflictEvent[] = new Array(table.length);
  for (let i = 0; i < table.length; i++) {
    const event: ConflictEvent = {
      record: table.record[i],
      day: table.day[i],
      precision: PRECISIONS[table.precision[i]],
      country: table.countryNames[table.country[i]],
      actors: actorsOf(table, i),
      eventType: table.eventTypeNames[table.eventType[i]],
      fatalities: table.fatalities[i],
      value: table.value[i],
    };
    if (table.preAggregated?.[i]) event.preAggregated = true;
    const id = table.id?.(i);
    if (id !== undefined) event.id = id;
    events[i] = event;
  }
  tableOfArray.set(events, table);
  return events;
}
