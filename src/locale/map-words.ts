import type { ChartLocale, MapStrings } from './types.js';

/*
 * <conflict-map>'s words, apart from the locales so that pages without a map never load them:
 * they come with the map's own code.
 */

const EN_MAP_WORDS: MapStrings = {
  place: 'Place',
  approximate: 'Approximate location',
  exact: 'Exact location',
  credit: 'Map: Natural Earth, which draws de facto borders',
  countsNotRates: 'Shading shows counts, not rates.',
  noData: 'Grey: no data.',
  notOnMap: (items) => `Not on the map (name not recognised): ${items}.`,
  byPlace: 'by place',
  location: 'Location',
  hollowKey: 'Hollow dots: approximate location (a region or a line between places, not a point).',
  approximateCount: (count, total) => `${count} of ${total} places are approximate (hollow dots).`,
  panelsCut: (shown, total) => `Showing the last ${shown} of ${total} periods, each map on the same scale.`,
  panelsSummary: (items) => `One map per period: ${items}.`,
  region: 'Region',
  byRegion: 'by region',
  regionsCredit: (name) => `Regions: ${name}`,
  notInBoundaries: (items) => `Not on the map (no region of that name in the boundaries): ${items}.`,
  noRegion: '(no region)',
};

const FR_MAP_WORDS: MapStrings = {
  place: 'Lieu',
  approximate: 'Lieu approximatif',
  exact: 'Lieu précis',
  credit: 'Carte : Natural Earth, qui trace les frontières de fait',
  countsNotRates: 'Les teintes montrent des nombres, pas des taux.',
  noData: 'Gris : pas de données.',
  notOnMap: (items) => `Absents de la carte (nom non reconnu) : ${items}.`,
  byPlace: 'par lieu',
  location: 'Localisation',
  hollowKey: 'Points creux : lieu approximatif (une région ou une ligne entre deux lieux, pas un point).',
  approximateCount: (count, total) => `${count} lieux sur ${total} sont approximatifs (points creux).`,
  panelsCut: (shown, total) => `Les ${shown} dernières périodes sur ${total}, chaque carte à la même échelle.`,
  panelsSummary: (items) => `Une carte par période : ${items}.`,
  region: 'Région',
  byRegion: 'par région',
  regionsCredit: (name) => `Régions : ${name}`,
  notInBoundaries: (items) => `Absentes de la carte (aucune région de ce nom dans les limites) : ${items}.`,
  noRegion: '(sans région)',
};

const BUILT_IN: Readonly<Record<string, MapStrings>> = { en: EN_MAP_WORDS, fr: FR_MAP_WORDS };

/** A map's words in the reader's language: the locale's own, else English or French, else English. */
export function mapWords(locale: ChartLocale): MapStrings {
  return locale.strings.map ?? BUILT_IN[locale.code.split('-')[0]] ?? EN_MAP_WORDS;
}
