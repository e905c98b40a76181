import { addLateMessages } from './late-messages.js';

/*
 * The sentences of the errors only a map's own boundaries meet, in English and French: loaded
 * with the map's code, not by every page. Every function that throws them calls
 * `useMapMessages()` first (a call rather than an import for its effect, which bundlers that
 * trust package.json's `sideEffects` would drop).
 */

const quoted = (text: string) => `«\u00a0${text}\u00a0»`;

let added = false;

/** Adds the sentences, once. */
export function useMapMessages(): void {
  if (added) return;
  added = true;
  addLateMessages('en', {
    noBoundaries: () =>
      'mark="regions" shades the regions of a boundaries file: set boundaries to its URL (TopoJSON or GeoJSON).',
    noRegionColumn: () =>
      "A map of regions needs a column naming each event's region (UCDP adm_1, ACLED admin1, or region), and the data has none. Set region-field.",
    boundariesNotGeo: ({ name }) => `${name} has no regions: expected TopoJSON or GeoJSON with polygons.`,
    boundaryKeyMissing: ({ name, key, properties }) =>
      `${key ? `The regions of ${name} have no property "${key}"` : `No property of the regions of ${name} names them`}: set boundary-key to one of ${properties || '(none)'}.`,
  });
  addLateMessages('fr', {
    noBoundaries: () =>
      'mark="regions" colore les régions d’un fichier de limites : indiquez son adresse dans boundaries (TopoJSON ou GeoJSON).',
    noRegionColumn: () =>
      'Une carte des régions a besoin d’une colonne qui nomme la région de chaque événement (UCDP adm_1, ACLED admin1 ou region), et les données n’en ont pas. Indiquez region-field.',
    boundariesNotGeo: ({ name }) => `${name} ne contient aucune région : TopoJSON ou GeoJSON avec des polygones attendu.`,
    boundaryKeyMissing: ({ name, key, properties }) =>
      `${key ? `Les régions de ${name} n’ont pas de propriété ${quoted(key)}` : `Aucune propriété des régions de ${name} ne les nomme`} : indiquez dans boundary-key l’une de ${properties || '(aucune)'}.`,
  });
}
