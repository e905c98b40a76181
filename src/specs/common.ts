import type { Config, TopLevelSpec } from 'vega-lite';
import type { ChartLocale } from '../locale/types.js';
import type { ChartTokens } from '../themes/tokens.js';

export const SCHEMA = 'https://vega.github.io/schema/vega-lite/v6.json';

/** What every spec builder needs besides its rows. */
export interface SpecContext {
  /** Axis title naming the measure and dataset ("UCDP lethal events"). */
  measureLabel: string;
  locale: ChartLocale;
  tokens: ChartTokens;
  config: Config;
  /** Drawing width in CSS pixels (the container's). */
  width: number;
  /** Drawing height in CSS pixels; omitted → a height derived from the bar count. */
  height?: number;
  /** Accessible description of the SVG. */
  description: string;
  /** The label of the top-N remainder bucket, coloured apart. */
  otherLabel: string;
  /** Colours by series name (stable across the page, or pinned); palette order otherwise. */
  colors?: Readonly<Record<string, string>>;
}

/** Thousands grouped in the view's locale (narrow no-break space in French), no trailing zeros. */
export const NUMBER_FORMAT = ',~f';
export const SHARE_FORMAT = '.0%';

/** Below this width (px) a chart is laid out for a phone. */
export const NARROW_WIDTH = 480;

/** Rough width of a legend label character, and room for the swatch and gap, in pixels. */
const LEGEND_CHARACTER_WIDTH = 6.5;
const LEGEND_SWATCH = 28;
/** Space Vega leaves between legend columns, in pixels. */
const LEGEND_GAP = 16;

/**
 * About one value tick per `spacing` px of axis, so labels never touch: 70 px up a vertical
 * axis, more along a horizontal one, where labels ("48 %", "1,500") sit side by side.
 */
export function valueTickCount(length: number, spacing = 70): number {
  return Math.max(2, Math.floor(length / spacing));
}

/** Spacing of value ticks along a horizontal axis, in pixels. */
export const HORIZONTAL_TICK_SPACING = 110;

/** Category labels take at most 40 % of a narrow chart's width. */
export function labelLimit(width: number, widest: number): number {
  return Math.min(widest, Math.round(width * 0.4));
}

/** Groups in first-seen order (builders receive rows already ordered by total, "Other" last). */
export function groupsOf(rows: readonly { group?: string }[]): string[] {
  const seen = new Set<string>();
  for (const row of rows) if (row.group !== undefined) seen.add(row.group);
  return [...seen];
}

/** A colour per name: the assigned one, else palette order; the "Other" bucket always grey. */
export function colorRange(
  domain: readonly string[],
  tokens: ChartTokens,
  otherLabel: string,
  colors: Readonly<Record<string, string>> = {},
): string[] {
  let next = 0;
  return domain.map((name) =>
    name === otherLabel ? tokens.other : (colors[name] ?? tokens.palette[next++ % tokens.palette.length]),
  );
}

/**
 * Stacks `value` per `dimension` in the order of `domain` (legend order, "Other" last) into
 * `_y0`/`_y1`. The order comes from a lookup table, so no data value enters an expression.
 */
export function stackTransforms(dimension: string, domain: readonly string[]) {
  return [
    {
      lookup: 'group',
      from: { data: { values: domain.map((group, order) => ({ group, order })) }, key: 'group', fields: ['order'] },
      as: ['_order'],
    },
    { stack: 'value', groupby: [dimension], sort: [{ field: '_order', order: 'ascending' as const }], as: ['_y0', '_y1'] },
  ];
}

/**
 * The colour legend's layout: columns as wide as the longest label (up to the chart's width), so
 * names stay whole, wrapped into rows that fit the width instead of running off a phone screen,
 * and under the chart there so the bars keep the top of the screen.
 */
export function legendLayout(domain: readonly string[], ctx: SpecContext) {
  const longest = Math.max(...domain.map((name) => name.length), 4);
  const entry = Math.min(ctx.width - 16, longest * LEGEND_CHARACTER_WIDTH + LEGEND_SWATCH + LEGEND_GAP);
  return {
    columns: Math.max(1, Math.floor((ctx.width - 16) / entry)),
    labelLimit: Math.max(60, entry - LEGEND_SWATCH - LEGEND_GAP),
    orient: ctx.width < NARROW_WIDTH ? ('bottom' as const) : ('top' as const),
  };
}

/** A nominal colour encoding over `domain`, in that order, with "Other" grey. */
export function colorEncoding(field: string, title: string, domain: readonly string[], ctx: SpecContext) {
  return {
    field,
    type: 'nominal' as const,
    title,
    // The domain alone orders the legend and colours; a `sort` array would add a per-row
    // comparison chain, and stacking order is set by the explicit stack transform.
    sort: null,
    scale: { domain: [...domain], range: colorRange(domain, ctx.tokens, ctx.otherLabel, ctx.colors) },
    legend: legendLayout(domain, ctx),
  };
}

/** The frame every element's spec shares: size, autosize, config, accessible description. */
export function frame(
  ctx: SpecContext,
  barCount?: number,
): Pick<TopLevelSpec, '$schema' | 'description' | 'config'> & {
  width: number;
  height: number;
  autosize: { type: 'fit' | 'fit-x'; contains: 'padding' };
} {
  // Bar charts without a set height grow with their bars; the height is the plot's own, so
  // axes and legends add to it ('fit-x'). A step height would do the same but makes
  // Vega-Lite warn about every fit type.
  const step = barCount !== undefined && barCount > 12 ? 20 : 26;
  const height = ctx.height ?? (barCount !== undefined ? Math.max(1, barCount) * step : 300);
  return {
    $schema: SCHEMA,
    description: ctx.description,
    width: Math.max(120, Math.floor(ctx.width)),
    height,
    autosize: { type: ctx.height !== undefined || barCount === undefined ? 'fit' : 'fit-x', contains: 'padding' },
    config: ctx.config,
  };
}
