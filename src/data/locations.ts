import { DataError } from '../errors/data-error.js';
import { numberOfCell } from './cells.js';
import { asTable } from './event-table.js';
import { keptEvents, weights } from './kept-events.js';
import { dimension, keysOf, scratch, type Dimension } from './group-dimensions.js';
import { LOCATION_COUNTRY_ONLY, LOCATION_INVALID } from './skip-reasons.js';
import { withTop } from './top-groups.js';
import { compareNames } from './compare-names.js';
import type { Events } from './aggregate.js';
import type { AggregateOptions, DataFormat, EventTable, MapGroupBy, MapRow, PlaceColumns, SkippedRecord } from './types.js';

/** How exactly an event's location is known: a dot, a hollow dot, or no dot. */
type LocationKind = 'exact' | 'approximate' | 'country';

/**
 * UCDP `where_prec`: 1–3 a place, a place within 25 km or a second-order region (exact);
 * 4–5 a first-order region or a line between places (approximate); 6–7 the country only, or
 * waters and airspace (no dot). ACLED `geo_precision`: 1–2 exact, 3 a region (approximate).
 */
export function locationKind(format: DataFormat, precision: number | null): LocationKind {
  if (precision === null || Number.isNaN(precision)) return 'exact';
  if (format === 'ucdp') return precision >= 6 ? 'country' : precision >= 4 ? 'approximate' : 'exact';
  if (format === 'acled') return precision >= 3 ? 'approximate' : 'exact';
  return 'exact';
}

/** Latitude and longitude, or null when missing, not numbers, out of range or 0,0 (a blank filled with zeros). */
function coordinates(places: PlaceColumns, row: Record<string, unknown>): [number, number] | null {
  const latitude = numberOfCell(row[places.latitude]);
  const longitude = numberOfCell(row[places.longitude]);
  if (latitude === null || longitude === null || Number.isNaN(latitude) || Number.isNaN(longitude)) return null;
  if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || (latitude === 0 && longitude === 0)) return null;
  return [latitude, longitude];
}

/** The dots of a points map and the events that have none, each with its reason. */
export interface LocationCounts {
  rows: MapRow[];
  skipped: SkippedRecord[];
}

/** The place columns, or the error that says a points map needs them. */
export function placesOf(table: EventTable): PlaceColumns {
  if (!table.places) throw new DataError('noCoordinates', {});
  return table.places;
}

/**
 * Counts events per location, for `<conflict-map mark="points">`: one row per distinct
 * latitude, longitude and precision (and group, when coloured by one), largest first. Events
 * located only to their country (UCDP `where_prec` 6–7) or without usable coordinates have no
 * dot: they are returned in `skipped` with their reason, once each. Rows with nothing to count
 * (no fatalities at a place) are not drawn.
 * @throws {DataError} `noCoordinates` when the data has no latitude and longitude columns.
 */
export function aggregateLocations(events: Events, options: AggregateOptions & { groupBy: MapGroupBy }): LocationCounts {
  const table = asTable(events);
  const places = placesOf(table);
  const kept = keptEvents(table, options.filters, options.aliases);
  const weight = weights(table, options.measure);
  const dim: Dimension | null =
    options.groupBy === 'none'
      ? null
      : withTop(dimension(table, options.groupBy, options), table, kept, weight, options.top, options.otherLabel, null);
  const out = scratch(table);
  const byKey = new Map<string, MapRow>();
  const skipped: SkippedRecord[] = [];
  for (let k = 0; k < kept.length; k++) {
    const i = kept[k];
    const row = places.row(i) ?? {};
    const kind = locationKind(places.format, places.precision === undefined ? null : numberOfCell(row[places.precision]));
    const at = coordinates(places, row);
    if (kind === 'country' || at === null) {
      skipped.push({ record: table.record[i], reason: kind === 'country' ? LOCATION_COUNTRY_ONLY : LOCATION_INVALID });
      continue;
    }
    const approximate = kind === 'approximate';
    const location = `${at[0]} ${at[1]} ${approximate ? 1 : 0}`;
    const groups = dim === null ? 1 : keysOf(dim, i, out);
    for (let g = 0; g < groups; g++) {
      const group = dim === null ? undefined : dim.names[out[g]];
      const key = group === undefined ? location : `${location} ${group}`;
      let dot = byKey.get(key);
      if (!dot) {
        const placeCell = places.place === undefined ? undefined : row[places.place];
        const place = typeof placeCell === 'string' && placeCell.trim() ? placeCell.trim() : `${at[0]}, ${at[1]}`;
        dot = {
          country: table.countryNames[table.country[i]],
          place,
          latitude: at[0],
          longitude: at[1],
          ...(approximate ? { approximate } : {}),
          ...(group === undefined ? {} : { group }),
          value: 0,
        };
        byKey.set(key, dot);
      }
      dot.value += weight[i];
    }
  }
  const rows = [...byKey.values()].filter((dot) => dot.value > 0);
  rows.sort((a, b) => b.value - a.value || compareNames(a.place!, b.place!) || compareNames(a.group ?? '', b.group ?? ''));
  return { rows, skipped };
}
