import type { Spec } from 'vega';
import { frame, labelLimit, valueTickCount, HORIZONTAL_TICK_SPACING, type SpecContext } from '../common.js';
import { ERROR_BAR_WIDTH, HAS_RANGE, LABEL_AT_EXPR } from '../uncertainty-parts.js';
import { colorLegend, gridAxis, tooltipSignal, valueSignals, vegaFrame } from './frame.js';

/** What a horizontal bar chart (one bar per category, stacked by group) is drawn from. */
export interface HorizontalBars {
  /** The field naming the category of each bar (`country`, `actor`), and the categories in order. */
  category: string;
  categories: readonly string[];
  /** Room for category labels (before the 40 % cap on narrow charts). */
  widestLabel: number;
  /** The field measured along x, its axis title and format. */
  measure: string;
  title: string;
  format: string;
  /** At least one step between value ticks (whole counts). */
  tickMinStep?: number;
  tooltip: { title: string; field: string; format?: string }[];
  /** Groups stacked in each bar, in legend order, and their legend title. */
  groups: readonly string[];
  groupTitle: string;
  /** The colour of each group (grouped) or each category (not grouped). */
  colors: readonly string[];
  /** Grouped only: each category's opacity (a highlighted country stays opaque). */
  opacities?: readonly number[];
  /** Rows carry `low` and `high`: an error bar on each bar (`uncertainty="band"`). */
  ranged?: boolean;
}

/**
 * The Vega spec of a horizontal bar chart, drawn exactly as Vega-Lite compiles the builders in
 * src/specs/ (country-comparison-spec.ts, actor-breakdown-spec.ts): one band per category,
 * stacked by group in legend order, or a single bar with its value written at its end.
 */
export function horizontalBarsSpec(rows: readonly object[], bars: HorizontalBars, ctx: SpecContext): Spec {
  const grouped = bars.groups.length > 0;
  const size = frame(ctx, bars.categories.length);
  const { rows: source, ...top } = vegaFrame(ctx, size, rows);
  const values = valueSignals();
  const [x, x2] = grouped ? ['_x1', '_x0'] : [bars.measure, undefined];
  const data: object[] = [source];
  if (bars.ranged) data.push({ name: 'ranged', source: source.name, transform: [{ type: 'filter', expr: HAS_RANGE }] });
  if (grouped) {
    data.push(
      { name: 'order', values: bars.groups.map((group, order) => ({ group, order })) },
      {
        name: 'stacked',
        source: source.name,
        transform: [
          { type: 'lookup', from: 'order', key: 'group', fields: ['group'], values: ['order'], as: ['_order'] },
          {
            type: 'stack',
            groupby: [bars.category],
            field: bars.measure,
            sort: { field: ['_order'], order: ['ascending'] },
            as: ['_x0', '_x1'],
            offset: 'zero',
          },
        ],
      },
    );
  }
  const from = { data: grouped ? 'stacked' : source.name };
  const band = { scale: 'y', field: bars.category };
  const marks: object[] = [
    {
      name: 'layer_0_marks',
      type: 'rect',
      style: ['bar'],
      aria: false,
      from,
      encode: {
        update: {
          fill: { scale: 'color', field: grouped ? 'group' : bars.category },
          ...(bars.opacities ? { opacity: { scale: 'opacity', field: bars.category } } : {}),
          tooltip: tooltipSignal(bars.tooltip),
          x: { scale: 'x', field: x },
          x2: x2 ? { scale: 'x', field: x2 } : { scale: 'x', value: 0 },
          y: band,
          height: { signal: "max(0.25, bandwidth('y'))" },
        },
      },
    },
  ];
  if (!grouped) {
    marks.push({
      name: 'layer_1_marks',
      type: 'text',
      style: ['text'],
      aria: false,
      from,
      encode: {
        update: {
          align: { value: 'left' },
          baseline: { value: 'middle' },
          dx: { value: 4 },
          fill: { value: ctx.tokens.text },
          x: bars.ranged ? { scale: 'x', signal: LABEL_AT_EXPR } : { scale: 'x', field: bars.measure },
          y: { ...band, band: 0.5 },
          text: { signal: `format(datum[${JSON.stringify(bars.measure)}], ${JSON.stringify(bars.format)})` },
          fontSize: { value: ctx.tokens.fontSize },
        },
      },
    });
  }
  if (bars.ranged) marks.push(errorBars(bars, ctx, band));
  const scales: object[] = [
    {
      name: 'x',
      type: 'linear',
      domain: {
        data: from.data,
        fields: grouped ? ['_x0', '_x1'] : bars.ranged ? [bars.measure, 'low', 'high'] : [bars.measure],
      },
      range: [0, { signal: 'width' }],
      nice: true,
      zero: true,
    },
    {
      name: 'y',
      type: 'band',
      domain: values.ref('y_domain', [...bars.categories]),
      range: [0, { signal: 'height' }],
      paddingInner: 0.1,
      paddingOuter: 0.05,
    },
    {
      name: 'color',
      type: 'ordinal',
      domain: values.ref('color_domain', grouped ? [...bars.groups] : [...bars.categories]),
      range: values.ref('color_range', [...bars.colors]),
    },
  ];
  if (bars.opacities)
    scales.push({
      name: 'opacity',
      type: 'point',
      domain: values.ref('opacity_domain', [...bars.categories]),
      range: values.ref('opacity_range', [...bars.opacities]),
    });
  const axes = barAxes(ctx, values, bars);
  const legends = grouped ? [colorLegend(bars.groupTitle, bars.groups, ctx, { fill: 'color' }, values)] : undefined;
  return { ...top, signals: values.signals, data, marks, scales, axes, ...(legends ? { legends } : {}) } as Spec;
}

/**
 * The axes of horizontal bars as Vega-Lite draws them: the grid, the value axis along the
 * bottom, the category labels on the left (cut at 40 % of a narrow chart).
 */
export function barAxes(
  ctx: SpecContext,
  values: ReturnType<typeof valueSignals>,
  bars: Pick<HorizontalBars, 'title' | 'format' | 'tickMinStep' | 'widestLabel'>,
): object[] {
  return [
    gridAxis('y', 'left', 'x'),
    {
      scale: 'x',
      orient: 'bottom',
      grid: false,
      title: bars.title,
      format: bars.format,
      tickCount: valueTickCount(ctx.width, HORIZONTAL_TICK_SPACING),
      ...(bars.tickMinStep ? { tickMinStep: bars.tickMinStep } : {}),
      titleLimit: ctx.width - 16,
      labelFlush: true,
      labelOverlap: true,
      zindex: 0,
    },
    {
      scale: 'y',
      orient: 'left',
      grid: false,
      labelLimit: values.ref('y_label_limit', labelLimit(ctx.width, bars.widestLabel)),
      zindex: 0,
    },
  ];
}

/** A line from each bar's low to its high estimate, across the middle of the bar. */
function errorBars(bars: HorizontalBars, ctx: SpecContext, band: { scale: string; field: string }): object {
  return {
    type: 'rule',
    style: ['rule'],
    aria: false,
    from: { data: 'ranged' },
    encode: {
      update: {
        stroke: { value: ctx.tokens.text },
        strokeWidth: { value: ERROR_BAR_WIDTH },
        tooltip: tooltipSignal(bars.tooltip),
        x: { scale: 'x', field: 'low' },
        x2: { scale: 'x', field: 'high' },
        y: { ...band, band: 0.5 },
      },
    },
  };
}
