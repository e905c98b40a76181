import { humanise } from '../base/attribute-values.js';
import type { DataFormat, Measure } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';

/** The axis title naming the measure and the dataset ("UCDP lethal events"), unless given. */
export function measureLabelFor(
  options: { measure: Measure; format: DataFormat; valueField?: string; measureLabel?: string },
  locale: ChartLocale,
): string {
  if (options.measureLabel) return options.measureLabel;
  if (options.valueField) return humanise(options.valueField);
  const s = locale.strings;
  if (options.measure === 'fatalities') {
    return options.format === 'ucdp' ? s.ucdpFatalities : options.format === 'acled' ? s.acledFatalities : s.fatalities;
  }
  return options.format === 'ucdp' ? s.ucdpEvents : options.format === 'acled' ? s.acledEvents : s.events;
}

/** The credit line a dataset needs when the author gives none. */
export function defaultSourceFor(format: DataFormat | undefined, locale: ChartLocale): string | undefined {
  if (format === 'ucdp') return locale.strings.sourceUcdp;
  if (format === 'acled') return locale.strings.sourceAcled;
  return undefined;
}
