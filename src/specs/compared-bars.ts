import type { TopLevelSpec } from 'vega-lite';
import type { ComparisonRow } from '../data/types.js';
import {
  NUMBER_FORMAT,
  frame,
  labelLimit,
  legendLayout,
  valueTickCount,
  HORIZONTAL_TICK_SPACING,
  type SpecContext,
} from './common.js';

/** The two periods `compare="previous"` draws, as the legend names them ("Q3 2025", "Q2 2025"). */
export interface ComparedPeriods {
  current: string;
  previous: string;
  /** The legend's title ("Period"). */
  title: string;
}

/** What both builders of the compared bars draw (this Vega-Lite spec and vega/compared-bars.ts). */
export function comparedParts(rows: readonly ComparisonRow[], periods: ComparedPeriods, ctx: SpecContext, highlight?: string) {
  const countries = [...new Set(rows.map((row) => row.country))];
  const wanted = highlight?.trim().toLowerCase();
  return {
    countries,
    /** Each row twice: its range's value, then the period's before it, named for the legend. */
    fold: { fields: ['value', 'previous'], as: ['_period', '_value'] },
    /** The labels are the chart's own words (dates), never a data value. */
    labelExpr: `datum._period === 'value' ? ${JSON.stringify(periods.current)} : ${JSON.stringify(periods.previous)}`,
    domain: [periods.current, periods.previous],
    range: [ctx.tokens.palette[0], ctx.tokens.other],
    /** A highlighted country stays opaque, the others fade. */
    opacities: wanted ? countries.map((c) => (c.toLowerCase() === wanted ? 1 : 0.45)) : undefined,
    tooltip: [
      { field: 'country', title: ctx.locale.strings.country },
      { field: '_periodLabel', title: periods.title },
      { field: '_value', title: ctx.measureLabel, format: NUMBER_FORMAT },
    ],
    legend: legendLayout([periods.current, periods.previous], ctx),
  };
}

/**
 * The Vega-Lite spec of `<country-comparison compare="previous">`: for each country, the range's
 * bar and, beside it in grey, the period's of the same length before it, each with its value.
 */
export function comparedBarsSpec(
  rows: ComparisonRow[],
  periods: ComparedPeriods,
  ctx: SpecContext,
  highlight?: string,
): TopLevelSpec {
  const parts = comparedParts(rows, periods, ctx, highlight);
  const transform = [
    { fold: parts.fold.fields, as: parts.fold.as },
    { calculate: parts.labelExpr, as: '_periodLabel' },
  ];
  const y = {
    field: 'country',
    type: 'nominal' as const,
    title: null,
    sort: [...parts.countries],
    axis: { labelLimit: labelLimit(ctx.width, 160) },
  };
  const yOffset = { field: '_periodLabel', type: 'nominal' as const, sort: [...parts.domain] };
  const x = {
    field: '_value',
    type: 'quantitative' as const,
    title: ctx.measureLabel,
    axis: {
      format: NUMBER_FORMAT,
      tickMinStep: 1,
      tickCount: valueTickCount(ctx.width, HORIZONTAL_TICK_SPACING),
      titleLimit: ctx.width - 16,
    },
  };
  const color = {
    field: '_periodLabel',
    type: 'nominal' as const,
    title: periods.title,
    sort: null,
    scale: { domain: [...parts.domain], range: [...parts.range] },
    legend: parts.legend,
  };
  const opacity = parts.opacities
    ? {
        opacity: {
          field: 'country',
          type: 'nominal' as const,
          legend: null,
          scale: { domain: [...parts.countries], range: [...parts.opacities] },
        },
      }
    : {};
  const tooltip = parts.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative' as const, title, format } : { field, type: 'nominal' as const, title },
  );
  return {
    ...frame(ctx, parts.countries.length * 2),
    data: { values: rows },
    transform,
    layer: [
      { mark: { type: 'bar' as const }, encoding: { y, yOffset, x, color, ...opacity, tooltip } },
      {
        mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: ctx.tokens.text },
        encoding: { y, yOffset, x: { field: '_value', type: 'quantitative' }, text: { field: '_value', format: NUMBER_FORMAT } },
      },
    ],
  } as TopLevelSpec;
}
