import type { Config } from 'vega-lite';
import type { ChartLocale } from '../locale/types.js';
import type { ChartTokens } from './tokens.js';

/**
 * A Vega-Lite config that draws with the given tokens and formats numbers and dates in the
 * given locale. The locale travels in the spec, so it applies to this view only (Vega's global
 * `formatLocale`/`timeFormatLocale` would change every chart on the page).
 */
export function chartConfig(tokens: ChartTokens, locale: ChartLocale): Config {
  // Axes and legends: the same type and colours for their labels and titles.
  const text = {
    labelColor: tokens.muted,
    titleColor: tokens.text,
    labelFont: tokens.fontFamily,
    titleFont: tokens.fontFamily,
    labelFontSize: tokens.fontSize,
    titleFontSize: tokens.titleFontSize,
    titleFontWeight: 'normal' as const,
  };
  return {
    locale: { number: locale.number, time: locale.time } as Config['locale'],
    background: tokens.background,
    font: tokens.fontFamily,
    view: { stroke: null },
    // No ARIA description per bar or point: readers get every value from the element's table and
    // keyboard reading, and hundreds of per-mark descriptions cost a formatted string each.
    mark: { aria: false },
    padding: { top: 4, right: 8, bottom: 4, left: 4 },
    axis: {
      ...text,
      gridColor: tokens.grid,
      domainColor: tokens.muted,
      tickColor: tokens.muted,
    },
    axisX: { grid: false },
    axisY: { grid: true, domain: false, ticks: false },
    legend: {
      ...text,
      orient: 'top',
      direction: 'horizontal',
      symbolType: 'square',
      labelLimit: 180,
    },
    text: { color: tokens.text, font: tokens.fontFamily, fontSize: tokens.fontSize },
    bar: { color: tokens.palette[0] },
    line: { color: tokens.palette[0], strokeWidth: 2 },
    area: { color: tokens.palette[0] },
    rule: { color: tokens.muted },
    range: { category: tokens.palette },
  };
}
