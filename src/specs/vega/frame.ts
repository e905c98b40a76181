import type { Config as VegaLiteConfig } from 'vega-lite';
import type { Config, Spec } from 'vega';
import { legendLayout, NARROW_WIDTH, type SpecContext } from '../common.js';

export const VEGA_SCHEMA = 'https://vega.github.io/schema/vega/v6.json';

/** The dataset holding the rows drawn: the same name as in Vega-Lite's output, so a view swaps them alike. */
export const ROWS = 'source_0';

/**
 * The Vega config for a chart's Vega-Lite config (src/themes/config.ts): the parts Vega reads
 * as they are, and what Vega-Lite turns into named styles (fonts of guides, the borderless
 * cell, line widths, text marks). Mark colours are written into each mark instead.
 */
export function vegaConfig(config: VegaLiteConfig): Config {
  const font = config.font as string;
  const text = config.text as { font: string; fontSize: number };
  const line = config.line as { strokeWidth: number };
  return {
    locale: config.locale,
    range: config.range,
    mark: config.mark,
    axis: config.axis,
    axisX: config.axisX,
    axisY: config.axisY,
    legend: config.legend,
    style: {
      'guide-label': { font },
      'guide-title': { font },
      'group-title': { font },
      'group-subtitle': { font },
      cell: { stroke: null },
      line: { strokeWidth: line.strokeWidth },
      text: { font: text.font, fontSize: text.fontSize },
    },
  } as Config;
}

/**
 * The frame every chart's Vega spec shares: size, autosize, padding, background and config,
 * the rows as the first dataset. `fit` charts have a set height; bar charts without one grow
 * with their bars (`fit-x`), as the Vega-Lite builders decide (src/specs/common.ts).
 */
export function vegaFrame(
  ctx: SpecContext,
  size: { width: number; height: number; autosize: { type: string } },
  rows: readonly object[],
) {
  const config = ctx.config;
  return {
    $schema: VEGA_SCHEMA,
    description: ctx.description,
    autosize: { type: size.autosize.type, contains: 'padding' },
    background: config.background as string,
    padding: config.padding as Spec['padding'],
    width: size.width,
    height: size.height,
    style: 'cell',
    // Tells a spec written here from one Vega-Lite compiled (a customized chart).
    usermeta: { builder: 'conflict-charts' },
    config: vegaConfig(config),
    rows: { name: ROWS, values: rows as object[] },
  };
}

/** A top-level signal holding a value the rows decide. */
export interface ValueSignal {
  name: string;
  value: unknown;
}

/**
 * The values a chart takes from its rows (groups and their colours, categories, tick counts, the
 * legend's layout) as top-level signals, referenced where the spec uses them. Two specs of one
 * chart that differ only in these and in their datasets' values have the same shape
 * (src/controllers/spec-rows.ts): a filter change swaps them into the view already drawn rather
 * than parsing a new one.
 */
export function valueSignals() {
  const signals: ValueSignal[] = [];
  return {
    signals,
    /** A reference to a signal holding `value`. */
    ref(name: string, value: unknown): { signal: string } {
      signals.push({ name, value });
      return { signal: name };
    },
  };
}

/**
 * A tooltip: the titled values as an object, shown as text by the element's tooltip. Titles and
 * formats enter the expression as JSON strings; data values only through `datum`.
 */
export function tooltipSignal(entries: readonly { title: string; field: string; format?: string }[]): { signal: string } {
  const parts = entries.map(({ title, field, format }) => {
    const value = `datum[${JSON.stringify(field)}]`;
    return `${JSON.stringify(title)}: ${format ? `format(${value}, ${JSON.stringify(format)})` : `'' + ${value}`}`;
  });
  return { signal: `{${parts.join(', ')}}` };
}

/** The grid lines across the plot, drawn under the marks by an axis of its own (as Vega-Lite does). */
export function gridAxis(scale: string, orient: 'left' | 'bottom', gridScale: string, extra: object = {}) {
  return {
    scale,
    orient,
    ...extra,
    gridScale,
    grid: true,
    domain: false,
    labels: false,
    aria: false,
    maxExtent: 0,
    minExtent: 0,
    ticks: false,
    zindex: 0,
  };
}

/** A legend of the `color` scale laid out as the Vega-Lite builders lay it out (columns that fit the width). */
export function colorLegend(
  title: string,
  domain: readonly string[],
  ctx: SpecContext,
  channels: object,
  values: ReturnType<typeof valueSignals>,
  symbols?: object,
) {
  const { columns, labelLimit, orient } = legendLayout(domain, ctx);
  return {
    columns: values.ref('legend_columns', columns),
    labelLimit: values.ref('legend_label_limit', labelLimit),
    orient,
    title,
    ...channels,
    ...(symbols ? { encode: { symbols: { update: symbols } } } : {}),
  };
}

export { NARROW_WIDTH };
