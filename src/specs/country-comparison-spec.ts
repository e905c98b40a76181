import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import type { ComparisonRow } from '../data/types.js';
import {
  NUMBER_FORMAT,
  colorEncoding,
  colorRange,
  frame,
  groupsOf,
  labelLimit,
  valueTickCount,
  HORIZONTAL_TICK_SPACING,
  type SpecContext,
} from './common.js';
import { horizontalBarsSpec, type HorizontalBars } from './vega/bars.js';
import { comparedBarsSpec, type ComparedPeriods } from './compared-bars.js';
import { comparedBarsVegaSpec } from './vega/compared-bars.js';
import { ERROR_BAR_WIDTH, HAS_RANGE, hasRanges, LABEL_AT_EXPR, rangeTooltip } from './uncertainty-parts.js';

export interface ComparisonSpecOptions extends SpecContext {
  /** A country drawn in the accent colour. */
  highlight?: string;
  groupTitle: string;
  /** `compare="previous"`: the two periods drawn side by side (rows carry `previous`). */
  periods?: ComparedPeriods;
}

/**
 * What both builders draw: countries in the order the rows give them (largest first, "Other"
 * last), groups in legend order, and the colours. Highlighting maps each country to a colour
 * (or an opacity) through a scale: no data value ever enters a Vega expression.
 */
export function comparisonBars(rows: ComparisonRow[], options: ComparisonSpecOptions): HorizontalBars {
  const countries = [...new Set(rows.map((row) => row.country))];
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const { tokens } = options;
  const highlight = options.highlight?.trim().toLowerCase();
  const isHighlight = (country: string) => country.toLowerCase() === highlight;
  return {
    category: 'country',
    categories: countries,
    widestLabel: 160,
    measure: 'value',
    title: options.measureLabel,
    format: NUMBER_FORMAT,
    tickMinStep: 1,
    tooltip: [
      { field: 'country', title: options.locale.strings.country },
      ...(grouped ? [{ field: 'group', title: options.groupTitle }] : []),
      { field: 'value', title: options.measureLabel, format: NUMBER_FORMAT },
      ...rangeTooltip(rows, options),
    ],
    ranged: hasRanges(rows),
    groups,
    groupTitle: options.groupTitle,
    colors: grouped
      ? colorRange(groups, tokens, options.otherLabel, options.colors)
      : countries.map((c) => (isHighlight(c) ? tokens.accent : c === options.otherLabel ? tokens.other : tokens.palette[0])),
    opacities: grouped && highlight ? countries.map((c) => (isHighlight(c) ? 1 : 0.45)) : undefined,
  };
}

/** The Vega spec for `<country-comparison>`: the same chart as its Vega-Lite spec, drawn without compiling. */
export function countryComparisonVegaSpec(rows: ComparisonRow[], options: ComparisonSpecOptions): Spec {
  if (options.periods) return comparedBarsVegaSpec(rows, options.periods, options, options.highlight);
  return horizontalBarsSpec(rows, comparisonBars(rows, options), options);
}

/**
 * The Vega-Lite spec for `<country-comparison>`: one horizontal bar per country,
 * stacked by group when rows carry one, with the value written at the bar's end (with
 * `compare="previous"`, beside the period's before it: compared-bars.ts).
 */
export function countryComparisonSpec(rows: ComparisonRow[], options: ComparisonSpecOptions): TopLevelSpec {
  if (options.periods) return comparedBarsSpec(rows, options.periods, options, options.highlight);
  const bars = comparisonBars(rows, options);
  const grouped = bars.groups.length > 0;
  const countries = bars.categories;

  const y = {
    field: 'country',
    type: 'nominal' as const,
    title: null,
    sort: [...countries],
    axis: { labelLimit: labelLimit(options.width, bars.widestLabel) },
  };
  const x = {
    field: 'value',
    type: 'quantitative' as const,
    title: options.measureLabel,
    stack: grouped ? ('zero' as const) : null,
    axis: {
      format: NUMBER_FORMAT,
      tickMinStep: 1,
      tickCount: valueTickCount(options.width, HORIZONTAL_TICK_SPACING),
      titleLimit: options.width - 16,
    },
  };
  const tooltip = bars.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative' as const, title, format } : { field, type: 'nominal' as const, title },
  );
  const color = grouped
    ? colorEncoding('group', options.groupTitle, bars.groups, options)
    : { field: 'country', type: 'nominal' as const, legend: null, scale: { domain: [...countries], range: [...bars.colors] } };
  const opacity = bars.opacities
    ? {
        opacity: {
          field: 'country',
          type: 'nominal' as const,
          legend: null,
          scale: { domain: [...countries], range: [...bars.opacities] },
        },
      }
    : {};

  const layers: object[] = [{ mark: { type: 'bar' as const }, encoding: { y, x, color, ...opacity, tooltip } }];
  if (!grouped) {
    // With error bars, the value is written past the bar's high estimate.
    layers.push({
      ...(bars.ranged ? { transform: [{ calculate: LABEL_AT_EXPR, as: '_labelAt' }] } : {}),
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: options.tokens.text },
      encoding: {
        y,
        x: { field: bars.ranged ? '_labelAt' : 'value', type: 'quantitative' },
        text: { field: 'value', format: NUMBER_FORMAT },
      },
    });
  }
  if (bars.ranged) {
    layers.push({
      transform: [{ filter: HAS_RANGE }],
      mark: { type: 'rule', color: options.tokens.text, strokeWidth: ERROR_BAR_WIDTH },
      encoding: { y, x: { field: 'low', type: 'quantitative' }, x2: { field: 'high' }, tooltip },
    });
  }
  return { ...frame(options, countries.length), data: { values: rows }, layer: layers } as TopLevelSpec;
}
