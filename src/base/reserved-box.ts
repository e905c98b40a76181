import { html } from 'lit';
import { CHARTS, MAP_HEIGHT } from '../options/charts.js';

/*
 * The box a chart keeps while it loads, so that the article's text under it does not move when
 * the drawing arrives (Cumulative Layout Shift): the drawing's expected height, and a row as tall
 * as the buttons under it.
 */

/** A bar's height (as specs/common.ts steps up to 12 bars), the room axes take, a legend's row. */
const BAR_HEIGHT = 26;
const BAR_AXES = 44;
const LEGEND_ROW = 40;
/** Bars reserved for at most: more would leave a gap under a chart of a few countries. */
const RESERVED_BARS = 6;
/** A timeline's height without a `height` attribute (it fits this box exactly). */
const PERIODS_HEIGHT = 300;

/** A chart's layout (see the registry), by its tag: bars for a tag it does not know. */
export const layoutOf = (tag: string) => CHARTS.find((chart) => chart.tag === tag)?.layout ?? 'bars';

/**
 * The height a chart's drawing is expected to take, reserved while it loads so that the text
 * under it does not move when it is drawn: the `height` attribute (the drawing fits it exactly),
 * a timeline's 300 px, a map's 400 px, or for bars, room for `top` bars and "Other" (at most six) with their axis
 * and, when grouped (`groupBy` other than `none`), a legend.
 */
export function expectedHeight(
  layout: 'periods' | 'bars' | 'map',
  height: number | undefined,
  top: number,
  groupBy = 'none',
): number {
  if (height !== undefined && height > 0) return height;
  if (layout === 'periods') return PERIODS_HEIGHT;
  if (layout === 'map') return MAP_HEIGHT;
  const bars = Math.min(RESERVED_BARS, (Number.isFinite(top) && top > 0 ? Math.floor(top) : 8) + 1);
  return bars * BAR_HEIGHT + BAR_AXES + (groupBy !== 'none' ? LEGEND_ROW : 0);
}

/** While the chart loads, an empty caption line where the credit line will be. */
export const reservedCaption = html`<figcaption aria-hidden="true"><p class="line-size">&nbsp;</p></figcaption>`;

/** While the chart loads, an empty row as tall as its tools will be (the buttons' own metrics). */
export const reservedTools = html`<div class="tools" aria-hidden="true"><span class="tool-size">&nbsp;</span></div>`;

/** What the reserved box is worked out from: a chart element (each declares its own `group-by`). */
export interface ReservingChart {
  readonly localName: string;
  readonly status: string;
  readonly height?: number;
  readonly top: number;
  readonly groupBy?: string;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/**
 * While `chart` loads or waits, sets its frame's reserved height as `--chart-reserve`: the
 * height it was last drawn at, else the expected one; clears it otherwise. Set through the
 * CSSOM, which a strict `style-src` policy allows where it would block a style attribute.
 */
export function reserveFrame(chart: ReservingChart, drawnHeight: number | undefined): void {
  const loading = chart.status === 'loading' || chart.status === 'waiting';
  const reserve = loading
    ? (drawnHeight ?? expectedHeight(layoutOf(chart.localName), chart.height, chart.top, chart.groupBy))
    : 0;
  chart.renderRoot
    .querySelector<HTMLElement>('.chart-frame')
    ?.style.setProperty('--chart-reserve', reserve ? `${reserve}px` : '');
}
