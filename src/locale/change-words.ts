import type { Interval } from '../data/types.js';
import { formatNumber } from './format.js';
import type { ChangeWords, ChartLocale } from './types.js';

/*
 * The words of "what changed since the last period", apart from the locales so that a page
 * loads them with the drawing code, not up front.
 */

const lowerEn = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** "in May 2025", "on 2 May 2025", "in the week of 5 May 2025". */
const inPeriodEn = (period: string, interval: Interval) =>
  interval === 'day' ? `on ${period}` : interval === 'week' ? `in the ${lowerEn(period)}` : `in ${period}`;
const thePeriodEn = (period: string, interval: Interval) => (interval === 'week' ? `the ${lowerEn(period)}` : period);
const LAST_FULL_EN = { day: 'day', week: 'week', month: 'month', quarter: 'quarter', year: 'year' };
const trendUp = (percent: string, year: string) => `up ${percent} on ${year}`;
const trendDown = (percent: string, year: string) => `down ${percent} on ${year}`;
const trendLevel = (year: string) => `level with ${year}`;

function changeSinceLastEn(s: ChangeWords): string {
  const before = s.previousPeriod && thePeriodEn(s.previousPeriod, s.interval);
  const against = !before
    ? ''
    : s.direction === 'up'
      ? `, ${trendUp(s.percent!, before)}`
      : s.direction === 'down'
        ? `, ${trendDown(s.percent!, before)}`
        : s.direction === 'level'
          ? `, ${trendLevel(before)}`
          : ` against ${s.previous} ${inPeriodEn(s.previousPeriod!, s.interval)}`;
  const partial = s.partial
    ? ` (the data for ${thePeriodEn(s.partial, s.interval)} is incomplete, so that ${LAST_FULL_EN[s.interval]} is left out)`
    : '';
  return `Last full ${LAST_FULL_EN[s.interval]}: ${s.last} ${inPeriodEn(s.lastPeriod, s.interval)}${against}${partial}.`;
}

const firstInRangeEn = (items: string[], more: string) =>
  `First in this range: ${items.join(', ')}${more ? `, and ${more} more` : ''}.`;

const lowerFr = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
/** « en mai 2025 », « le 2 mai 2025 », « la semaine du 5 mai 2025 », « au T2 2025 ». */
const inPeriodFr = (period: string, interval: Interval) =>
  interval === 'day'
    ? `le ${period}`
    : interval === 'week'
      ? `la ${lowerFr(period)}`
      : interval === 'quarter'
        ? `au ${period}`
        : `en ${period}`;
/** « à mai 2025 », « au 2 mai 2025 », « à la semaine du 5 mai 2025 », « au T2 2025 ». */
const toPeriodFr = (period: string, interval: Interval) =>
  interval === 'day' || interval === 'quarter' ? `au ${period}` : interval === 'week' ? `à la ${lowerFr(period)}` : `à ${period}`;
/** « de mai 2025 », « d’août 2025 », « du 2 mai 2025 », « de la semaine du 5 mai 2025 ». */
const ofPeriodFr = (period: string, interval: Interval) =>
  interval === 'day' || interval === 'quarter'
    ? `du ${period}`
    : interval === 'week'
      ? `de la ${lowerFr(period)}`
      : /^[aeiouéè]/i.test(period)
        ? `d’${period}`
        : `de ${period}`;
const LAST_FULL_FR = {
  day: 'Dernier jour complet',
  week: 'Dernière semaine complète',
  month: 'Dernier mois complet',
  quarter: 'Dernier trimestre complet',
  year: 'Dernière année complète',
};

function changeSinceLastFr(s: ChangeWords): string {
  const before = s.previousPeriod && toPeriodFr(s.previousPeriod, s.interval);
  const against = !before
    ? ''
    : s.direction === 'up'
      ? `, en hausse de ${s.percent} par rapport ${before}`
      : s.direction === 'down'
        ? `, en baisse de ${s.percent} par rapport ${before}`
        : s.direction === 'level'
          ? `, stable par rapport ${before}`
          : `, contre ${s.previous} ${inPeriodFr(s.previousPeriod!, s.interval)}`;
  const partial = s.partial
    ? ` (les données ${ofPeriodFr(s.partial, s.interval)} étant incomplètes, cette période est laissée de côté)`
    : '';
  return `${LAST_FULL_FR[s.interval]} : ${s.last} ${inPeriodFr(s.lastPeriod, s.interval)}${against}${partial}.`;
}

function firstInRangeFr(items: string[], more: string): string {
  const label = items.length > 1 || more ? 'Premières apparitions' : 'Première apparition';
  // Names may hold commas ("GATIA, MSA"): join the items, never split the text.
  const list = more
    ? `${items.join(', ')} et ${more} autres`
    : items.length > 1
      ? `${items.slice(0, -1).join(', ')} et ${items[items.length - 1]}`
      : items[0];
  return `${label} dans cette période : ${list}.`;
}

type Words = { changeSinceLast: (s: ChangeWords) => string; firstInRange: (items: string[], more: number) => string };

const BUILT_IN = {
  en: { changeSinceLast: changeSinceLastEn, firstInRange: firstInRangeEn },
  fr: { changeSinceLast: changeSinceLastFr, firstInRange: firstInRangeFr },
};

/** The change's words in the reader's language: the locale's own, else English or French, else English. */
export function changeWords(locale: ChartLocale): Words {
  const builtIn = BUILT_IN[locale.code.split('-')[0] as keyof typeof BUILT_IN] ?? BUILT_IN.en;
  return {
    changeSinceLast: locale.strings.changeSinceLast ?? builtIn.changeSinceLast,
    firstInRange:
      locale.strings.firstInRange ?? ((items, more) => builtIn.firstInRange(items, more ? formatNumber(more, locale) : '')),
  };
}
