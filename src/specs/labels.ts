import { humanize } from '../options/parse.js';
import type { DataFormat, Measure } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import { formatCalendarDay } from '../locale/format.js';
import { formatDay, parseCalendarDate, periodStart } from '../util/dates.js';

/** The axis title naming the measure and the dataset ("UCDP lethal events"), unless given. */
export function measureLabelFor(
  options: { measure: Measure; format: DataFormat; valueField?: string; measureLabel?: string },
  locale: ChartLocale,
): string {
  if (options.measureLabel) return options.measureLabel;
  if (options.valueField) return humanize(options.valueField);
  const s = locale.strings;
  if (options.measure === 'fatalities') {
    return options.format === 'ucdp' ? s.ucdpFatalities : options.format === 'acled' ? s.acledFatalities : s.fatalities;
  }
  return options.format === 'ucdp' ? s.ucdpEvents : options.format === 'acled' ? s.acledEvents : s.events;
}

/**
 * The credit line a dataset needs when the author gives none. ACLED's attribution policy asks
 * for the dataset, a link and the access date, so `accessed` (a date) is appended when known.
 */
export function defaultSourceFor(format: DataFormat | undefined, locale: ChartLocale, accessed?: string): string | undefined {
  const base = format === 'ucdp' ? locale.strings.sourceUcdp : format === 'acled' ? locale.strings.sourceAcled : undefined;
  const day = accessed ? parseCalendarDate(accessed) : null;
  if (!base || !day) return base;
  const date = formatCalendarDay(formatDay(periodStart(day)), day.precision === 'day' ? '%-d %B %Y' : '%B %Y', locale);
  return `${base}${locale.strings.accessedOn(date)}`;
}
