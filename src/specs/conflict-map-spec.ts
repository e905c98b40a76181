import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import type { MapRow } from '../data/types.js';
import { mapVegaSpec } from './vega/conflict-map.js';
import { mapPanelsSpec } from './map-panels-spec.js';
import { NUMBER_FORMAT, SCHEMA } from './common.js';
import {
  ATLAS,
  ATLAS_FORMAT,
  DOT_FILL_OPACITY,
  LABEL_FONT_SIZE,
  REGIONS,
  labelTransforms,
  visibleCountry,
  CLIP_EXTENT,
  captionTitle,
  mapDatasets,
  mapParts,
  type MapLayers,
  precisionWords,
  type MapParts,
  type MapSpecOptions,
} from './map-parts.js';

export type { MapSpecOptions } from './map-parts.js';

/** The Vega spec for `<conflict-map>`: the same map as its Vega-Lite spec, drawn without compiling. */
export function conflictMapVegaSpec(rows: MapRow[], options: MapSpecOptions): Spec {
  return mapVegaSpec(rows, mapParts(rows, options), options);
}

/**
 * The Vega-Lite spec for `<conflict-map>`: Natural Earth's countries under either a dot per
 * location (area by value, colour by group, hollow where approximate) or the countries shaded
 * by their count, on an equal-area projection fitted to the data.
 */
export function conflictMapSpec(rows: MapRow[], options: MapSpecOptions): TopLevelSpec {
  const parts = mapParts(rows, options);
  if (options.panels) return mapPanelsSpec(rows, parts, options, (width, height) => mapLayers(parts, options, width, height));
  const { under, marks, over } = mapLayers(parts, options);
  return {
    $schema: SCHEMA,
    description: options.description,
    width: parts.width,
    height: parts.height,
    autosize: { type: 'fit', contains: 'padding' },
    config: parts.config,
    data: { values: rows },
    datasets: mapDatasets(options),
    projection: { type: 'equalEarth', fit: parts.fit, clipExtent: { expr: CLIP_EXTENT } },
    title: captionTitle(parts, options),
    layer: [...under, marks, ...over],
  } as unknown as TopLevelSpec;
}

/**
 * The basemap, then the dots or the shaded countries or regions, on a plot of `width` and
 * `height` (signals, or a small map's pixels). Own regions are drawn under the dots, filled as
 * land under shaded regions, and over shaded countries; countries' names where they fit, under
 * the dots and over shading.
 */
export function mapLayers(parts: MapParts, options: MapSpecOptions, width = 'width', height = 'height'): MapLayers {
  const outline = (data: object, fill: string | undefined) => ({
    data,
    transform: [{ filter: visibleCountry(width, height) }],
    mark: fill
      ? { type: 'geoshape', fill, stroke: parts.border, strokeWidth: 0.5 }
      : { type: 'geoshape', fill: null, stroke: options.tokens.muted, strokeWidth: 0.5 },
  });
  const basemap = outline({ name: ATLAS, format: ATLAS_FORMAT }, parts.land);
  const regions = options.regions ? { name: REGIONS } : undefined;
  const marks = markLayer(parts, options);
  const labels = labelLayers(parts, options, width, height);
  if (parts.mark === 'points') {
    return { under: [basemap, ...(regions ? [outline(regions, undefined)] : []), ...labels], marks, over: [] };
  }
  if (parts.mark === 'regions') return { under: [basemap, outline(regions!, parts.land)], marks, over: labels };
  return { under: [basemap], marks, over: [...(regions ? [outline(regions, undefined)] : []), ...labels] };
}

/** Countries' names where they fit: a halo in the background colour, then the name in the muted one. */
function labelLayers(parts: MapParts, options: MapSpecOptions, width: string, height: string): object[] {
  const layer = (paint: object) => ({
    data: { name: ATLAS, format: ATLAS_FORMAT },
    transform: labelTransforms(width, height),
    mark: { type: 'text', fontSize: LABEL_FONT_SIZE, ...paint },
    encoding: {
      x: { field: '_x', type: 'quantitative', scale: null },
      y: { field: '_y', type: 'quantitative', scale: null },
      text: { field: '_name', type: 'nominal' },
    },
  });
  return [
    layer({ fill: parts.border, stroke: parts.border, strokeWidth: 3, strokeJoin: 'round' }),
    layer({ fill: options.tokens.muted }),
  ];
}

function markLayer(parts: MapParts, options: MapSpecOptions) {
  const words = precisionWords(options);
  const tooltip = parts.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative', title, format } : { field, type: 'nominal', title },
  );
  if (parts.mark === 'points') {
    return {
      transform: [
        {
          calculate: `datum.approximate ? ${JSON.stringify(words.approximate)} : ${JSON.stringify(words.exact)}`,
          as: '_precision',
        },
      ],
      mark: { type: 'circle', opacity: 1, strokeWidth: 1.5 },
      encoding: {
        longitude: { field: 'longitude', type: 'quantitative' },
        latitude: { field: 'latitude', type: 'quantitative' },
        size: {
          field: 'value',
          type: 'quantitative',
          title: options.measureLabel,
          scale: { domain: [0, parts.maxValue], range: [0, parts.maxArea] },
          legend: { orient: parts.legend.orient, format: NUMBER_FORMAT, tickCount: 3, symbolType: 'circle' },
        },
        ...dotColors(parts, options),
        fillOpacity: { condition: { test: 'datum.approximate', value: 0 }, value: DOT_FILL_OPACITY },
        tooltip,
      },
    };
  }
  // A country by its ISO code (a few disputed areas have none in the atlas: a row without a
  // code must not find them), a region by its matched name.
  const [key, from] =
    parts.mark === 'regions' ? ['regionKey', { name: REGIONS }] : ['iso', { name: ATLAS, format: ATLAS_FORMAT }];
  return {
    transform: [{ filter: `isValid(datum.${key})` }, { lookup: key, from: { data: from, key: 'id' }, as: 'geo' }],
    mark: { type: 'geoshape', stroke: parts.border, strokeWidth: 0.5 },
    encoding: {
      shape: { field: 'geo', type: 'geojson' },
      fill: {
        field: 'value',
        type: 'quantitative',
        title: options.measureLabel,
        scale: { domain: parts.rampDomain, range: parts.ramp },
        legend: { orient: parts.legend.orient, format: NUMBER_FORMAT, gradientLength: Math.min(200, parts.width - 40) },
      },
      tooltip,
    },
  };
}

/** A dot's fill and outline: the group's colour, or the first palette colour. */
function dotColors(parts: MapParts, options: MapSpecOptions) {
  if (!parts.groups.length) return { fill: { value: parts.colors[0] }, stroke: { value: parts.colors[0] } };
  const scale = { domain: parts.groups, range: parts.colors };
  return {
    fill: {
      field: 'group',
      type: 'nominal',
      title: options.groupTitle,
      sort: null,
      scale,
      legend: { orient: parts.legend.orient, columns: parts.legend.columns, labelLimit: parts.legend.labelLimit },
    },
    stroke: { field: 'group', type: 'nominal', sort: null, scale },
  };
}
