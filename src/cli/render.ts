/// <reference types="node" />
import * as vega from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { DataError } from '../errors/data-error.js';
import type { ChangeSinceLast } from '../data/change-since-last.js';
import type { DataFormat, SkippedRecord } from '../data/types.js';
import { chartKind, prepareChart, type ChartKind, type ChartOptions } from './charts.js';
import { FONT_FAMILY, fontFiles, SPACE_SUBSTITUTES } from './fonts.js';
import { composeFigure } from './frame.js';
import { readText, readTable, type DataSource } from './read.js';
import { DEFINITIONS } from '../charts/definitions.js';
import { resolveOptions } from '../options/resolve.js';
import { bundledMeasure, useBundledFontMetrics, withRawWidths } from './text-metrics.js';

/** The image to make. */
export interface RenderOutput {
  /** `svg` (default) or `png`. */
  format?: 'svg' | 'png';
  /** Width of the image and of the chart in it, in pixels (default 640). */
  width?: number;
  /** Height of the chart (without heading and source lines), as the element's `height`. */
  height?: number;
  /** PNG pixels per SVG pixel (default 1; 2 for high-density screens). */
  scale?: number;
}

/** What {@link renderChart} returns. */
export interface RenderResult {
  /** The whole figure as SVG: heading, chart, note and source line. */
  svg: string;
  /** The figure as PNG, when `format` is `png`. */
  png?: Buffer;
  /** The rows drawn: exactly the element's `chartData` for the same input and options. */
  chartData: object[];
  /** The Vega-Lite spec: drawn through Vega-Lite when `specPatch` or `customizeSpec` changed it. */
  spec: TopLevelSpec;
  /** The Vega spec drawn (written by the chart's builder, or compiled from a customized `spec`); none for an empty chart. */
  vegaSpec?: vega.Spec;
  /** Records that could not be used, with the reason (1-based records). */
  skipped: SkippedRecord[];
  /** The dataset detected. */
  format: DataFormat;
  /** The chart in words (the SVG's description). */
  summary: string;
  /** The change since the last period (the element's `change`); null when there is none to give. */
  change: ChangeSinceLast | null;
  /** Size of the image in CSS pixels (the PNG is `scale` times larger). */
  width: number;
  height: number;
  /** Warnings from Vega-Lite and Vega. */
  warnings: string[];
}

export type RenderOptions = ChartOptions & DataSource;

const DEFAULT_WIDTH = 640;

/** Renders run one at a time: the text measurer switches mode while Vega writes its SVG. */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Draws a chart as the element `kind` would, without a browser: the same readers, counting
 * and spec builder, drawn by Vega's headless renderer into SVG (and PNG through resvg with
 * the bundled Noto Sans).
 *
 * ```js
 * const { svg, chartData } = await renderChart('attack-timeline', { src: 'events.csv', interval: 'year' });
 * ```
 * @throws {DataError} with the message the element would show, for data or options it refuses.
 */
export function renderChart(kind: ChartKind, options: RenderOptions, output: RenderOutput = {}): Promise<RenderResult> {
  const run = queue.then(() => render(kind, options, output));
  queue = run.catch(() => undefined);
  return run;
}

async function render(kind: ChartKind, options: RenderOptions, output: RenderOutput): Promise<RenderResult> {
  chartKind(kind);
  const format = output.format ?? 'svg';
  if (format !== 'svg' && format !== 'png') throw new DataError(`format "${format}" is not one of: svg, png.`);
  const width = positive('width', output.width) ?? DEFAULT_WIDTH;
  const height = positive('height', output.height) ?? positive('height', options.height);
  const scale = positive('scale', output.scale) ?? 1;

  const table = await readTable(options);
  const chart = prepareChart(kind, table, { ...(await withFiles(kind, options)), height }, width);
  const warnings: string[] = [];
  useBundledFontMetrics();
  const drawn = chart.empty ? null : await drawSpec(chart.spec, chart.vegaSpec, warnings);
  const figure = composeFigure(
    drawn?.svg ?? null,
    width,
    {
      heading: options.heading,
      description: options.description,
      note: options.note,
      source: chart.source,
      title: options.heading || chart.measureLabel,
      summary: chart.summary,
      lang: chart.locale.code,
    },
    chart.tokens,
    bundledMeasure(),
    chart.locale.strings.empty,
  );
  return {
    svg: figure.svg,
    png: format === 'png' ? await toPng(figure.svg, scale) : undefined,
    chartData: chart.chartData,
    spec: chart.spec,
    vegaSpec: drawn?.vegaSpec ?? chart.vegaSpec,
    skipped: chart.skipped,
    format: chart.format,
    summary: chart.summary,
    change: chart.change,
    width: figure.width,
    height: figure.height,
    warnings,
  };
}

/**
 * The files the chart needs besides its rows, read by its definition's `readFiles` as the element
 * reads them, with a path or URL opened here: a map's `boundaries`, the one such file so far.
 */
async function withFiles(kind: ChartKind, options: RenderOptions): Promise<RenderOptions> {
  const definition = DEFINITIONS[kind];
  if (!definition.readFiles) return options;
  const read = await definition.readFiles(resolveOptions(kind, options), (url) => readText(url, options.timeout));
  return { ...options, boundaries: read.boundaries };
}

function positive(name: string, value: number | undefined): number | undefined {
  if (value === undefined || value === null) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new DataError(`${name} must be a positive number, not "${value}".`);
  return n;
}

/**
 * Draws the chart's Vega spec with Vega's headless (no DOM, no canvas) renderer; a customized
 * chart (no Vega spec) is compiled from its Vega-Lite spec first, loading Vega-Lite only then.
 */
async function drawSpec(
  spec: TopLevelSpec,
  vegaSpec: vega.Spec | undefined,
  warnings: string[],
): Promise<{ svg: string; vegaSpec: vega.Spec }> {
  const logger = collectingLogger(warnings);
  const drawn = vegaSpec ?? (await import('vega-lite')).compile(structuredClone(spec), { logger: logger as never }).spec;
  const view = new vega.View(vega.parse(structuredClone(drawn)), {
    renderer: 'none',
    logger: logger as never,
    logLevel: vega.Warn,
  });
  try {
    await view.runAsync();
    return { svg: await withRawWidths(() => view.toSVG()), vegaSpec: drawn };
  } finally {
    view.finalize();
  }
}

/** A Vega logger that keeps warnings instead of printing them, and throws errors. */
function collectingLogger(warnings: string[]) {
  let level = vega.Warn;
  const logger = {
    level(value?: number) {
      if (value === undefined) return level;
      level = value;
      return logger;
    },
    error(...args: unknown[]): never {
      throw new Error(args.map(String).join(' '));
    },
    warn(...args: unknown[]) {
      warnings.push(args.map(String).join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  return logger;
}

/** The SVG as PNG through resvg, with the bundled font only (system fonts off, reproducible). */
async function toPng(svg: string, scale: number): Promise<Buffer> {
  let resvg: typeof import('@resvg/resvg-js');
  try {
    const module = await import('@resvg/resvg-js');
    resvg = ((module as { default?: unknown }).default ?? module) as typeof import('@resvg/resvg-js');
  } catch {
    throw new DataError('PNG output needs the @resvg/resvg-js package: npm install @resvg/resvg-js (or use --format svg).');
  }
  const fonts = fontFiles();
  if (!fonts.length) throw new DataError('The bundled font files are missing from dist/cli/fonts: rebuild the package.');
  // The font has no narrow no-break space (French "1 000"): draw the space it is measured as.
  let drawn = svg;
  for (const [missing, substitute] of SPACE_SUBSTITUTES) {
    drawn = drawn.replaceAll(String.fromCodePoint(missing), String.fromCodePoint(substitute));
  }
  const image = new resvg.Resvg(drawn, {
    fitTo: scale === 1 ? { mode: 'original' } : { mode: 'zoom', value: scale },
    font: {
      loadSystemFonts: false,
      fontFiles: fonts,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    shapeRendering: 2,
    textRendering: 1,
    logLevel: 'off',
  }).render();
  return image.asPng();
}
