import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import { ATLAS_110M } from '../data/geo/atlas-110m.js';
import type { MapRow } from '../data/types.js';
import { mapVegaSpec } from './vega/conflict-map.js';
import { mapPanelsSpec } from './map-panels-spec.js';
import { NUMBER_FORMAT, SCHEMA } from './common.js';
import {
  ATLAS,
  ATLAS_FORMAT,
  DOT_FILL_OPACITY,
  VISIBLE_COUNTRY,
  CLIP_EXTENT,
  captionTitle,
  mapParts,
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
  if (options.panels) return mapPanelsSpec(rows, parts, options, mapLayers(parts, options));
  return {
    $schema: SCHEMA,
    description: options.description,
    width: parts.width,
    height: parts.height,
    autosize: { type: 'fit', contains: 'padding' },
    config: parts.config,
    data: { values: rows },
    datasets: { [ATLAS]: ATLAS_110M },
    projection: { type: 'equalEarth', fit: parts.fit, clipExtent: { expr: CLIP_EXTENT } },
    title: captionTitle(parts, options),
    layer: mapLayers(parts, options),
  } as unknown as TopLevelSpec;
}

/** The basemap, then the dots or the shaded countries. */
export function mapLayers(parts: MapParts, options: MapSpecOptions): object[] {
  const words = precisionWords(options);
  const atlas = { name: ATLAS, format: ATLAS_FORMAT };
  const basemap = {
    data: atlas,
    transform: [{ filter: VISIBLE_COUNTRY }],
    mark: { type: 'geoshape', fill: parts.land, stroke: parts.border, strokeWidth: 0.5 },
  };
  const tooltip = parts.tooltip.map(({ field, title, format }) =>
    format ? { field, type: 'quantitative', title, format } : { field, type: 'nominal', title },
  );
  const layer =
    parts.mark === 'points'
      ? {
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
        }
      : {
          // A few disputed areas have no id in the atlas: a row without a code must not find them.
          transform: [{ filter: 'isValid(datum.iso)' }, { lookup: 'iso', from: { data: atlas, key: 'id' }, as: 'geo' }],
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
  return [basemap, layer];
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
