import type { ChartLocale } from './types.js';

/*
 * The words of `compare="previous"`, apart from the locales so that pages load them with the
 * drawing code, not up front.
 */

export interface CompareWords {
  /** The data table's column and the keyboard reader's words for the earlier period. */
  previous: string;
  /** "Against June 2025: Burkina Faso 54 against 40, Mali 36 against 30 and 2 more." (items arrive formatted) */
  summary: (period: string, items: string[], more: number) => string;
  /** "54 against 40" */
  against: (value: string, previous: string) => string;
  /** Why the previous period is not drawn on stacked bars. */
  grouped: string;
}

const list = (items: string[], and: string) =>
  items.length > 1 ? `${items.slice(0, -1).join(', ')} ${and} ${items[items.length - 1]}` : items.join('');

const EN: CompareWords = {
  previous: 'Period before',
  summary: (period, items, more) => `Against ${period}: ${list(more ? [...items, `${more} more`] : items, 'and')}.`,
  against: (value, previous) => `${value} against ${previous}`,
  grouped: 'No comparison with the period before on stacked bars: it is drawn with group-by="none".',
};

const FR: CompareWords = {
  previous: 'Période précédente',
  summary: (period, items, more) => `Par rapport à ${period} : ${list(more ? [...items, `${more} autres`] : items, 'et')}.`,
  against: (value, previous) => `${value} contre ${previous}`,
  grouped: 'Pas de comparaison avec la période précédente sur des barres empilées : elle est tracée avec group-by="none".',
};

const BUILT_IN: Readonly<Record<string, CompareWords>> = { en: EN, fr: FR };

/** The words in the reader's language: English or French, else English. */
export function compareWords(locale: ChartLocale): CompareWords {
  return BUILT_IN[locale.code.split('-')[0]] ?? EN;
}
