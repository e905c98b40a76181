import type { ChartLocale, UncertaintyStrings } from './types.js';

/*
 * The words of `uncertainty="band"` and of approximate dates, apart from the locales so that
 * pages load them with the drawing code, not up front.
 */

const EN: UncertaintyStrings = {
  low: 'Low estimate',
  high: 'High estimate',
  range: (low, high, best) => `between ${low} and ${high}, best estimate ${best}`,
  total: (range) => `In all: ${range} (the band runs from the low to the high estimate).`,
  peak: (label, range) => `Peak: ${label}, ${range}.`,
  noBand: {
    measure: 'No uncertainty band: it is drawn for fatalities (measure="fatalities") only.',
    columns: 'No uncertainty band: the data has no low and high estimates (set low-field and high-field).',
    stacked: 'No uncertainty band on stacked series: it is drawn for one series, or for lines (mark="line").',
  },
  approximateDates: (count, one) =>
    one
      ? `In the data, 1 event has an approximate date (known only to the week, month or year) and is counted on the date given.`
      : `In the data, ${count} events have an approximate date (known only to the week, month or year) and are counted on the date given.`,
};

const FR: UncertaintyStrings = {
  low: 'Estimation basse',
  high: 'Estimation haute',
  range: (low, high, best) => `entre ${low} et ${high}, meilleure estimation ${best}`,
  total: (range) => `Au total : ${range} (la bande va de l’estimation basse à l’estimation haute).`,
  peak: (label, range) => `Pic : ${label}, ${range}.`,
  noBand: {
    measure: 'Pas de bande d’incertitude : elle n’est tracée que pour les morts (measure="fatalities").',
    columns:
      'Pas de bande d’incertitude : les données n’ont pas d’estimations basse et haute (indiquer low-field et high-field).',
    stacked:
      'Pas de bande d’incertitude sur des séries empilées : elle est tracée pour une seule série, ou pour des lignes (mark="line").',
  },
  approximateDates: (count, one) =>
    one
      ? `Dans les données, 1 événement a une date approximative (connue seulement à la semaine, au mois ou à l’année) ; il est compté à la date indiquée.`
      : `Dans les données, ${count} événements ont une date approximative (connue seulement à la semaine, au mois ou à l’année) ; ils sont comptés à la date indiquée.`,
};

const BUILT_IN: Readonly<Record<string, UncertaintyStrings>> = { en: EN, fr: FR };

/** The words in the reader's language: the locale's own, else English or French, else English. */
export function uncertaintyWords(locale: ChartLocale): UncertaintyStrings {
  return locale.strings.uncertainty ?? BUILT_IN[locale.code.split('-')[0]] ?? EN;
}
