import { aggregateCountries, type Events } from './aggregate.js';
import { asTable } from './event-table.js';
import { COUNTRY_CODES } from './geo/country-codes.js';
import { isoNumeric, normalizeCountryName } from './geo/country-name.js';
import { keptEvents } from './kept-events.js';
import type { AggregateOptions, EventTable, MapRow } from './types.js';

/**
 * Counts events per country, for `<conflict-map mark="countries">`, each with its ISO 3166-1
 * numeric code: the data's own (ACLED `iso`, a generic `iso` column) where it has one, else the
 * code of its name (English, French, or UCDP's and ACLED's spellings; never UCDP's `country_id`,
 * a Gleditsch–Ward code). A country whose name is not recognised keeps its row, without `iso`.
 */
export function aggregateMapCountries(events: Events, options: AggregateOptions): MapRow[] {
  const table = asTable(events);
  const own = ownCodes(table, options);
  return aggregateCountries(table, { ...options, groupBy: 'none', top: 0 }).map(({ country, value }) => {
    const iso = own.get(country) ?? COUNTRY_CODES[normalizeCountryName(country)];
    return iso === undefined ? { country, value } : { country, iso, value };
  });
}

/** The data's own code of each country, from the first kept event that has one. */
function ownCodes(table: EventTable, options: AggregateOptions): Map<string, string> {
  const codes = new Map<string, string>();
  const places = table.places;
  if (!places?.iso) return codes;
  const column = places.iso;
  const seen = new Uint8Array(table.countryNames.length);
  const kept = keptEvents(table, options.filters, options.aliases);
  for (let k = 0; k < kept.length; k++) {
    const country = table.country[kept[k]];
    if (seen[country]) continue;
    const iso = isoNumeric(places.row(kept[k])?.[column]);
    if (iso === undefined) continue;
    seen[country] = 1;
    codes.set(table.countryNames[country], iso);
  }
  return codes;
}
