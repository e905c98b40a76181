import type { Spec } from 'vega';
import type { ComparisonRow } from '../../data/types.js';
import { frame, type SpecContext } from '../common.js';
import { comparedParts, type ComparedPeriods } from '../compared-bars.js';
import { barAxes } from './bars.js';
import { colorLegend, tooltipSignal, valueSignals, vegaFrame } from './frame.js';
import { NUMBER_FORMAT } from '../common.js';

/**
 * The Vega twin of `comparedBarsSpec` (../compared-bars.ts): each country's band split in two,
 * the range's bar above the previous period's, as Vega-Lite compiles a `yOffset`.
 */
export function comparedBarsVegaSpec(
  rows: ComparisonRow[],
  periods: ComparedPeriods,
  ctx: SpecContext,
  highlight?: string,
): Spec {
  const parts = comparedParts(rows, periods, ctx, highlight);
  const { rows: source, ...top } = vegaFrame(ctx, frame(ctx, parts.countries.length * 2), rows);
  const values = valueSignals();
  const data = [
    source,
    {
      name: 'data_0',
      source: source.name,
      transform: [
        { type: 'fold', fields: parts.fold.fields, as: parts.fold.as },
        { type: 'formula', expr: parts.labelExpr, as: '_periodLabel' },
      ],
    },
  ];
  const y = { scale: 'y', field: 'country', offset: { scale: 'yOffset', field: '_periodLabel' } };
  const x = { scale: 'x', field: '_value' };
  const marks = [
    {
      name: 'layer_0_marks',
      type: 'rect',
      style: ['bar'],
      aria: false,
      from: { data: 'data_0' },
      encode: {
        update: {
          fill: { scale: 'color', field: '_periodLabel' },
          ...(parts.opacities ? { opacity: { scale: 'opacity', field: 'country' } } : {}),
          tooltip: tooltipSignal(parts.tooltip),
          x,
          x2: { scale: 'x', value: 0 },
          y,
          height: { signal: "max(0.25, bandwidth('yOffset'))" },
        },
      },
    },
    {
      name: 'layer_1_marks',
      type: 'text',
      style: ['text'],
      aria: false,
      from: { data: 'data_0' },
      encode: {
        update: {
          align: { value: 'left' },
          baseline: { value: 'middle' },
          dx: { value: 4 },
          fill: { value: ctx.tokens.text },
          x,
          y: { ...y, offset: { ...y.offset, band: 0.5 } },
          text: { signal: `format(datum._value, ${JSON.stringify(NUMBER_FORMAT)})` },
          fontSize: { value: ctx.tokens.fontSize },
        },
      },
    },
  ];
  const scales: object[] = [
    {
      name: 'x',
      type: 'linear',
      domain: { data: 'data_0', field: '_value' },
      range: [0, { signal: 'width' }],
      nice: true,
      zero: true,
    },
    {
      name: 'y',
      type: 'band',
      domain: values.ref('y_domain', [...parts.countries]),
      range: [0, { signal: 'height' }],
      // Vega-Lite's padding for bands split by an offset.
      paddingInner: 0.2,
      paddingOuter: 0.2,
    },
    { name: 'yOffset', type: 'band', domain: [...parts.domain], range: [0, { signal: "bandwidth('y')" }] },
    { name: 'color', type: 'ordinal', domain: [...parts.domain], range: [...parts.range] },
  ];
  if (parts.opacities)
    scales.push({
      name: 'opacity',
      type: 'point',
      domain: values.ref('opacity_domain', [...parts.countries]),
      range: values.ref('opacity_range', [...parts.opacities]),
    });
  const axes = barAxes(ctx, values, { title: ctx.measureLabel, format: NUMBER_FORMAT, tickMinStep: 1, widestLabel: 160 });
  const legends = [colorLegend(periods.title, parts.domain, ctx, { fill: 'color' }, values)];
  return { ...top, signals: values.signals, data, marks, scales, axes, legends } as Spec;
}
