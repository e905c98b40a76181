import { DataError } from '../errors/data-error.js';
import { useMapMessages } from '../errors/map-messages.js';
import { asTable } from './event-table.js';
import type { Events } from './aggregate.js';
import { normalizeRegionName } from './geo/region-name.js';
import { keptEvents, weights } from './kept-events.js';
import type { AggregateOptions, MapRow } from './types.js';

/**
 * Counts events per region, for `<conflict-map mark="regions">`: one row per country and region
 * as the data writes them ('' for events without one), each with the key of the `boundaries`
 * region it matches (`known` holds the keys; names compared by {@link normalizeRegionName}).
 * A region that matches none keeps its row, without `regionKey`, so the chart can name it.
 * Largest first.
 * @throws {DataError} when the data has no region column.
 */
export function aggregateRegions(events: Events, options: AggregateOptions, known: ReadonlySet<string>): MapRow[] {
  useMapMessages();
  const table = asTable(events);
  const regions = table.regions;
  if (!regions) throw new DataError('noRegionColumn');
  const kept = keptEvents(table, options.filters, options.aliases);
  const weight = weights(table, options.measure);
  const totals = new Map<string, MapRow>();
  for (let k = 0; k < kept.length; k++) {
    const event = kept[k];
    const cell = regions.row(event)?.[regions.column];
    const region = cell === undefined || cell === null ? '' : String(cell).trim();
    const country = table.country[event] >= 0 ? table.countryNames[table.country[event]] : '';
    const id = `${country}\u0000${region}`;
    let row = totals.get(id);
    if (!row) {
      const key = region ? normalizeRegionName(region) : '';
      row = known.has(key) ? { country, region, regionKey: key, value: 0 } : { country, region, value: 0 };
      totals.set(id, row);
    }
    row.value += weight[event];
  }
  return [...totals.values()].sort((a, b) => b.value - a.value);
}
