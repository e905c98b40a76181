import type { TopLevelSpec } from 'vega-lite';
import type { ComparisonRow } from '../data/types.js';
import {
  NUMBER_FORMAT,
  colorEncoding,
  frame,
  groupsOf,
  labelLimit,
  valueTickCount,
  HORIZONTAL_TICK_SPACING,
  type SpecContext,
} from './common.js';

export interface ComparisonSpecOptions extends SpecContext {
  /** A country drawn in the accent colour. */
  highlight?: string;
  groupTitle: string;
}

/** Countries in the order the rows give them (largest first, "Other" last). */
function countriesOf(rows: ComparisonRow[]): string[] {
  return [...new Set(rows.map((row) => row.country))];
}

/**
 * The Vega-Lite spec for `<country-comparison>`: one horizontal bar per country,
 * stacked by group when rows carry one, with the value written at the bar's end.
 */
export function countryComparisonSpec(rows: ComparisonRow[], options: ComparisonSpecOptions): TopLevelSpec {
  const countries = countriesOf(rows);
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const { tokens } = options;
  const highlight = options.highlight?.trim().toLowerCase();

  const y = {
    field: 'country',
    type: 'nominal' as const,
    title: null,
    sort: countries,
    axis: { labelLimit: labelLimit(options.width, 160) },
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
  const tooltip = [
    { field: 'country', type: 'nominal' as const, title: options.locale.strings.country },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: options.groupTitle }] : []),
    { field: 'value', type: 'quantitative' as const, title: options.measureLabel, format: NUMBER_FORMAT },
  ];
  // Highlighting maps each country to a colour through the scale: no data value ever
  // enters a Vega expression.
  const color = grouped
    ? colorEncoding('group', options.groupTitle, groups, options)
    : {
        field: 'country',
        type: 'nominal' as const,
        legend: null,
        scale: {
          domain: countries,
          range: countries.map((c) =>
            c.toLowerCase() === highlight ? tokens.accent : c === options.otherLabel ? tokens.other : tokens.palette[0],
          ),
        },
      };
  const opacity =
    grouped && highlight
      ? {
          opacity: {
            field: 'country',
            type: 'nominal' as const,
            legend: null,
            scale: { domain: countries, range: countries.map((c) => (c.toLowerCase() === highlight ? 1 : 0.45)) },
          },
        }
      : {};

  const bars = { mark: { type: 'bar' as const }, encoding: { y, x, color, ...opacity, tooltip } };
  const layers: object[] = [bars];
  if (!grouped) {
    layers.push({
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: tokens.text },
      encoding: { y, x: { field: 'value', type: 'quantitative' }, text: { field: 'value', format: NUMBER_FORMAT } },
    });
  }
  return { ...frame(options, countries.length), data: { values: rows }, layer: layers } as TopLevelSpec;
}
