import type { SpecContext } from '../common.js';
import { BAND_OPACITY, ERROR_BAR_WIDTH, HAS_RANGE, hasRanges, type TimelineBand } from '../uncertainty-parts.js';
import { tooltipSignal } from './frame.js';

/** The rows with a range (and, for bars, where their middle is). */
export const RANGES = 'ranges';

/**
 * The Vega twin of `timelineBandLayer` (uncertainty-parts.ts): the dataset of the rows with a
 * range, and their error bars or shaded band, drawn after the chart's other marks as Vega-Lite
 * draws its last layer.
 */
export function timelineBandVega(
  rows: readonly { low?: number }[],
  periods: string,
  band: TimelineBand,
  ctx: SpecContext,
): { data: object[]; marks: object[] } {
  if (!hasRanges(rows)) return { data: [], marks: [] };
  const bars = band.mark === 'bar';
  const data = [
    {
      name: RANGES,
      source: periods,
      transform: [{ type: 'filter', expr: HAS_RANGE }, ...(bars ? [{ type: 'formula', expr: band.midExpr, as: '_mid' }] : [])],
    },
  ];
  const y = { y: { scale: 'y', field: 'low' }, y2: { scale: 'y', field: 'high' } };
  const tooltip = tooltipSignal(band.tooltip);
  if (bars) {
    const stroke = { stroke: { value: ctx.tokens.text }, strokeWidth: { value: ERROR_BAR_WIDTH } };
    const encode = { update: { ...stroke, tooltip, x: { scale: 'x', field: '_mid' }, ...y } };
    return { data, marks: [{ type: 'rule', style: ['rule'], aria: false, from: { data: RANGES }, encode }] };
  }
  const fill = band.grouped ? { scale: 'color', field: 'group' } : { value: ctx.tokens.palette[0] };
  const area = {
    type: 'area',
    style: ['area'],
    sort: { field: 'x' },
    aria: false,
    encode: {
      update: {
        opacity: { value: BAND_OPACITY },
        orient: { value: 'vertical' },
        fill,
        tooltip,
        x: { scale: 'x', field: 'period' },
        ...y,
      },
    },
  };
  if (!band.grouped) return { data, marks: [{ ...area, from: { data: RANGES } }] };
  const facet = 'ranges_series';
  const series = {
    type: 'group',
    from: { facet: { name: facet, data: RANGES, groupby: ['group'] } },
    encode: { update: { width: { field: { group: 'width' } }, height: { field: { group: 'height' } } } },
    marks: [{ ...area, from: { data: facet } }],
  };
  return { data, marks: [series] };
}
