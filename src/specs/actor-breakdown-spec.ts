import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import type { BreakdownRow } from '../data/types.js';
import {
  NUMBER_FORMAT,
  SHARE_FORMAT,
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

export interface BreakdownSpecOptions extends SpecContext {
  groupTitle: string;
}

/** What both builders draw: actors in the rows' order ("Other" last), groups in legend order, the colours. */
export function breakdownBars(rows: BreakdownRow[], options: BreakdownSpecOptions): HorizontalBars {
  const actors = [...new Set(rows.map((row) => row.actor))];
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const { tokens, locale } = options;
  return {
    category: 'actor',
    categories: actors,
    widestLabel: 200,
    measure: 'share',
    title: `${locale.strings.share} · ${options.measureLabel}`,
    format: SHARE_FORMAT,
    tooltip: [
      { field: 'actor', title: locale.strings.actor },
      ...(grouped ? [{ field: 'group', title: options.groupTitle }] : []),
      { field: 'value', title: options.measureLabel, format: NUMBER_FORMAT },
      { field: 'share', title: locale.strings.share, format: '.1%' },
    ],
    groups,
    groupTitle: options.groupTitle,
    colors: grouped
      ? colorRange(groups, tokens, options.otherLabel, options.colors)
      : actors.map((a) => (a === options.otherLabel ? tokens.other : tokens.palette[0])),
  };
}

/** The Vega spec for `<actor-breakdown>`: the same chart as its Vega-Lite spec, drawn without compiling. */
export function actorBreakdownVegaSpec(rows: BreakdownRow[], options: BreakdownSpecOptions): Spec {
  return horizontalBarsSpec(rows, breakdownBars(rows, options), options);
}

/**
 * The Vega-Lite spec for `<actor-breakdown>`: one horizontal bar per actor, its length the
 * actor's share of the events (or fatalities) left after filters, stacked by group.
 */
export function actorBreakdownSpec(rows: BreakdownRow[], options: BreakdownSpecOptions): TopLevelSpec {
  const bars = breakdownBars(rows, options);
  const grouped = bars.groups.length > 0;
  const actors = [...bars.categories];

  const y = {
    field: 'actor',
    type: 'nominal' as const,
    title: null,
    sort: actors,
    axis: { labelLimit: labelLimit(options.width, bars.widestLabel) },
  };
  const x = {
    field: 'share',
    type: 'quantitative' as const,
    title: bars.title,
    stack: grouped ? ('zero' as const) : null,
    axis: {
      format: SHARE_FORMAT,
      tickCount: valueTickCount(options.width, HORIZONTAL_TICK_SPACING),
      titleLimit: options.width - 16,
    },
  };
  const tooltip = bars.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative' as const, title, format } : { field, type: 'nominal' as const, title },
  );
  const color = grouped
    ? colorEncoding('group', options.groupTitle, bars.groups, options)
    : { field: 'actor', type: 'nominal' as const, legend: null, scale: { domain: actors, range: [...bars.colors] } };

  const layers: object[] = [{ mark: { type: 'bar' as const }, encoding: { y, x, color, tooltip } }];
  if (!grouped) {
    layers.push({
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: options.tokens.text },
      encoding: { y, x: { field: 'share', type: 'quantitative' }, text: { field: 'share', format: SHARE_FORMAT } },
    });
  }
  return { ...frame(options, actors.length), data: { values: rows }, layer: layers } as TopLevelSpec;
}
