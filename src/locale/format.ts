import type { Interval } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';

/**
 * Formats a `YYYY-MM-DD` calendar date with the few d3-time-format directives the locale
 * strings use (%-d %d %B %b %m %Y), reading the fields directly so no time zone applies and
 * the lightweight part of the library does not need d3-time-format.
 */
export function formatCalendarDay(day: string, pattern: string, locale: ChartLocale): string {
  const [year, month, date] = day.split('-').map(Number);
  const fields: Record<string, string> = {
    '-d': String(date),
    d: String(date).padStart(2, '0'),
    B: locale.time.months[month - 1],
    b: locale.time.shortMonths[month - 1],
    m: String(month).padStart(2, '0'),
    Y: String(year),
  };
  return pattern.replace(/%(-?[a-zA-Z])/g, (match, directive: string) => fields[directive] ?? match);
}

/** A bin start in words: "September 2019", "Q3 2019", "Week of 2 Sep 2019". */
export function formatPeriod(period: string, interval: Interval, locale: ChartLocale): string {
  if (interval === 'quarter') {
    const [year, month] = period.split('-').map(Number);
    return `${locale.strings.quarterLabel}${Math.floor((month - 1) / 3) + 1} ${year}`;
  }
  return formatCalendarDay(period, locale.strings.periodFormat[interval], locale);
}

const numberFormats = new Map<string, Intl.NumberFormat>();
const defaultFormats = new Map<string, Intl.NumberFormat>();

/** A number in the locale's digits and separators (formatters are cached: making one is slow). */
export function formatNumber(value: number, locale: ChartLocale, options?: Intl.NumberFormatOptions): string {
  const cache = options ? numberFormats : defaultFormats;
  // Called for every cell of the data table: no JSON of the options for the common case.
  const key = options ? `${locale.code} ${JSON.stringify(options)}` : locale.code;
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale.code, { maximumFractionDigits: 1, ...options });
    cache.set(key, format);
  }
  const text = format.format(value);
  // Intl's French group separator is a narrow no-break space already; normalise other spaces to it.
  return locale.code === 'fr' ? text.replace(/[\s\u00a0]/g, '\u202f') : text;
}

export function formatShare(share: number, locale: ChartLocale): string {
  return formatNumber(share, locale, { style: 'percent', maximumFractionDigits: 0 });
}
