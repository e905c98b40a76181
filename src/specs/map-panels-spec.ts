import type { TopLevelSpec } from 'vega-lite';
import type { MapRow } from '../data/types.js';
import { NARROW_WIDTH, SCHEMA } from './common.js';
import { captionTitle, mapDatasets, type MapLayers, type MapParts, type MapSpecOptions } from './map-parts.js';

/** The narrowest a small map is drawn, and the room between two. */
const PANEL_WIDTH = 240;
const SPACING = 12;
/** A small map's height for its width. */
const PANEL_RATIO = 0.8;

/** Columns of small maps: one under 480 px, else as many as fit at 240 px or more each. */
export function panelColumns(width: number, panels: number): number {
  if (width < NARROW_WIDTH) return 1;
  return Math.max(1, Math.min(panels, Math.floor((width + SPACING) / (PANEL_WIDTH + SPACING))));
}

/**
 * `small-multiples`: one small map per period, each the same `layers` over its period's rows
 * alone, with the same projection fitted to the whole data's extent and the same size and colour
 * scales, so a dot or a shade means the same in every panel; titled with its period.
 */
export function mapPanelsSpec(
  rows: MapRow[],
  parts: MapParts,
  options: MapSpecOptions,
  layersFor: (width: string, height: string) => MapLayers,
): TopLevelSpec {
  const panels = options.panels!;
  const columns = panelColumns(parts.width, panels.periods.length);
  const width = Math.max(100, Math.floor((parts.width - (columns - 1) * SPACING) / columns));
  const height = Math.round(width * PANEL_RATIO);
  // Every panel has the same size, written out: Vega-Lite merges the panels' equal projections
  // into one, and the plot's size signals are not named the same in every layout.
  const projection = {
    type: 'equalEarth',
    fit: parts.fit,
    clipExtent: [
      [0, 0],
      [width, height],
    ],
  };
  const layers = layersFor(String(width), String(height));
  const { marks } = layers;
  return {
    $schema: SCHEMA,
    description: options.description,
    autosize: { type: 'pad', contains: 'padding' },
    // Panels placed by their size alone: an outline's stroke at a panel's edge must not move the next one.
    bounds: 'flush',
    config: { ...parts.config, concat: { spacing: SPACING } },
    data: { values: rows },
    datasets: mapDatasets(options),
    columns,
    concat: panels.periods.map((period, index) => ({
      title: { text: panels.titles[index], fontSize: 12, anchor: 'start', color: options.tokens.text },
      width,
      height,
      projection,
      layer: [
        ...layers.under,
        // The period is the chart's own `YYYY-MM-DD`, never a data value.
        { ...marks, transform: [{ filter: `datum.period === ${JSON.stringify(period)}` }, ...(marks.transform ?? [])] },
        ...layers.over,
      ],
    })),
    resolve: { scale: { size: 'shared', fill: 'shared', stroke: 'shared' } },
    title: captionTitle(parts, options),
  } as unknown as TopLevelSpec;
}
