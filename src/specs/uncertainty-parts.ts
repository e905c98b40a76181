import { uncertaintyWords } from '../locale/uncertainty-words.js';
import { NUMBER_FORMAT, type SpecContext } from './common.js';

/*
 * The low–high range of `uncertainty="band"`, as both builders draw it: a shaded band behind a
 * line or area, an error bar on each bar. Rows carry `low` and `high` (src/charts/uncertainty.ts);
 * a row without them (a grouped chart's "Other") has no band.
 */

/** Opacity of the shaded band, so the line and the grid show through. */
export const BAND_OPACITY = 0.22;
/** Width of an error bar's line, in pixels. */
export const ERROR_BAR_WIDTH = 1.5;
/** Only rows with a range are drawn in the band. */
export const HAS_RANGE = 'isValid(datum.low) && isValid(datum.high)';

/** Whether the rows carry a range to draw. */
export function hasRanges(rows: readonly { low?: number }[]): boolean {
  return rows.some((row) => row.low !== undefined);
}

/** The tooltip's two extra lines (when every row has a range: a missing one would read "undefined"). */
export function rangeTooltip(rows: readonly { low?: number }[], ctx: SpecContext) {
  if (!rows.length || rows.some((row) => row.low === undefined)) return [];
  const words = uncertaintyWords(ctx.locale);
  return [
    { field: 'low', title: words.low, format: NUMBER_FORMAT },
    { field: 'high', title: words.high, format: NUMBER_FORMAT },
  ];
}

/** Where a bar's value is written with an error bar: past the bar's end and the bar's high estimate. */
export const LABEL_AT_EXPR = 'max(datum.value, isValid(datum.high) ? datum.high : 0)';

/** What a timeline's band needs from its builder. */
export interface TimelineBand {
  mark: 'bar' | 'line' | 'area';
  grouped: boolean;
  /** The middle of a bar, where its error bar stands. */
  midExpr: string;
  /** The period in words, for the tooltip. */
  labelExpr: string;
  tooltip: { field: string; title: string; format?: string }[];
}

/** The Vega-Lite layer of a timeline's range: error bars on bars, a shaded band under lines and areas. */
export function timelineBandLayer(
  rows: readonly { low?: number }[],
  band: TimelineBand,
  color: object | undefined,
  ctx: SpecContext,
): object[] {
  if (!hasRanges(rows)) return [];
  const y = { field: 'low', type: 'quantitative' as const, title: ctx.measureLabel, stack: null };
  const tooltip = band.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative' as const, title, format } : { field, type: 'nominal' as const, title },
  );
  const x = (field: string) => ({ field, type: 'temporal' as const, title: null, scale: { type: 'utc' as const } });
  if (band.mark === 'bar') {
    return [
      {
        transform: [{ filter: HAS_RANGE }, { calculate: band.labelExpr, as: '_label' }, { calculate: band.midExpr, as: '_mid' }],
        mark: { type: 'rule', color: ctx.tokens.text, strokeWidth: ERROR_BAR_WIDTH },
        encoding: { x: x('_mid'), y, y2: { field: 'high' }, tooltip },
      },
    ];
  }
  return [
    {
      transform: [{ filter: HAS_RANGE }, { calculate: band.labelExpr, as: '_label' }],
      mark: { type: 'area', opacity: BAND_OPACITY, ...(band.grouped ? {} : { color: ctx.tokens.palette[0] }) },
      encoding: { x: x('period'), y, y2: { field: 'high' }, ...(band.grouped && color ? { color } : {}), tooltip },
    },
  ];
}
