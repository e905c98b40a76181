import type { ChangeSinceLast } from '../data/change-since-last.js';
import { changeWords } from '../locale/change-words.js';
import { formatNumber, formatPeriod, formatShare } from '../locale/format.js';
import type { ChangeWords, ChartLocale } from '../locale/types.js';

/** Below this many events (or fatalities) in the earlier period, both figures are given, not a percentage. */
export const PERCENT_FROM = 10;
/** Series named in "first in this range" before "and N more". */
const LISTED = 3;

/**
 * The change since the last period in words: "Last full month: 40 in December 2019, up 67% on
 * November 2019." — a percentage only when the earlier period has at least {@link PERCENT_FROM}
 * (so never from 0), both figures otherwise ("3 in June 2025 against 7 in May 2025"); a partial
 * last period is named as left out; nothing when both periods are empty. Then "First in this
 * range: …", at most three series and how many more. '' without a change (no events, no full period).
 */
export function changeSummary(change: ChangeSinceLast | null | undefined, locale: ChartLocale): string {
  if (!change) return '';
  const { interval, last, previous, partialLeftOut } = change;
  const s = changeWords(locale);
  const period = (day: string) => formatPeriod(day, interval, locale);
  const words: ChangeWords = { interval, last: formatNumber(last.value, locale), lastPeriod: period(last.period) };
  if (partialLeftOut) words.partial = period(partialLeftOut);
  if (previous) {
    words.previous = formatNumber(previous.value, locale);
    words.previousPeriod = period(previous.period);
    if (previous.value >= PERCENT_FROM) {
      const ratio = (last.value - previous.value) / previous.value;
      words.direction = Math.abs(ratio) < 0.005 ? 'level' : ratio > 0 ? 'up' : 'down';
      words.percent = formatShare(Math.abs(ratio), locale);
    }
  }
  // Nothing in either period (sparse data, a quiet month): "0 in October against 0 in September" says nothing.
  const quiet = last.value === 0 && (!previous || previous.value === 0);
  const sentences = quiet ? [] : [s.changeSinceLast(words)];
  const firsts = change.firstInRange;
  if (firsts.length) {
    const items = firsts
      .slice(0, LISTED)
      .map(({ name, period: day }) => `${name} (${period(day)}${day === partialLeftOut ? ` ${locale.strings.toDate}` : ''})`);
    sentences.push(s.firstInRange(items, Math.max(0, firsts.length - LISTED)));
  }
  return sentences.join(' ');
}
