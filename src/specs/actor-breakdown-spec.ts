import type { TopLevelSpec } from 'vega-lite';
import type { BreakdownRow } from '../data/types.js';
import {
  NUMBER_FORMAT,
  SHARE_FORMAT,
  colorEncoding,
  frame,
  groupsOf,
  labelLimit,
  valueTickCount,
  HORIZONTAL_TICK_SPACING,
  type SpecContext,
} from './common.js';

export interface BreakdownSpecOptions extends SpecContext {
  groupTitle: string;
}

/**
 * The Vega-Lite spec for `<actor-breakdown>`: one horizontal bar per actor, its length the
 * actor's share of the events (or fatalities) left after filters, stacked by group.
 */
export function actorBreakdownSpec(rows: BreakdownRow[], options: BreakdownSpecOptions): TopLevelSpec {
  const actors = [...new Set(rows.map((row) => row.actor))];
  const groups = groupsOf(rows);
  const grouped = groups.length > 0;
  const { tokens, locale } = options;

  const y = {
    field: 'actor',
    type: 'nominal' as const,
    title: null,
    sort: actors,
    axis: { labelLimit: labelLimit(options.width, 200) },
  };
  const x = {
    field: 'share',
    type: 'quantitative' as const,
    title: `${locale.strings.share} · ${options.measureLabel}`,
    stack: grouped ? ('zero' as const) : null,
    axis: {
      format: SHARE_FORMAT,
      tickCount: valueTickCount(options.width, HORIZONTAL_TICK_SPACING),
      titleLimit: options.width - 16,
    },
  };
  const tooltip = [
    { field: 'actor', type: 'nominal' as const, title: locale.strings.actor },
    ...(grouped ? [{ field: 'group', type: 'nominal' as const, title: options.groupTitle }] : []),
    { field: 'value', type: 'quantitative' as const, title: options.measureLabel, format: NUMBER_FORMAT },
    { field: 'share', type: 'quantitative' as const, title: locale.strings.share, format: '.1%' },
  ];
  const color = grouped
    ? colorEncoding('group', options.groupTitle, groups, options)
    : {
        field: 'actor',
        type: 'nominal' as const,
        legend: null,
        scale: {
          domain: actors,
          range: actors.map((a) => (a === options.otherLabel ? tokens.other : tokens.palette[0])),
        },
      };

  const layers: object[] = [{ mark: { type: 'bar' as const }, encoding: { y, x, color, tooltip } }];
  if (!grouped) {
    layers.push({
      mark: { type: 'text', align: 'left', baseline: 'middle', dx: 4, color: tokens.text },
      encoding: { y, x: { field: 'share', type: 'quantitative' }, text: { field: 'share', format: SHARE_FORMAT } },
    });
  }
  return { ...frame(options, actors.length), data: { values: rows }, layer: layers } as TopLevelSpec;
}
