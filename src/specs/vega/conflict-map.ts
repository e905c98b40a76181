import type { Spec } from 'vega';
import { ATLAS_110M } from '../../data/geo/atlas-110m.js';
import type { MapRow } from '../../data/types.js';
import { NUMBER_FORMAT, type SpecContext } from '../common.js';
import {
  ATLAS,
  ATLAS_FORMAT,
  CLIP_EXTENT,
  DOT_FILL_OPACITY,
  LABEL_FONT_SIZE,
  REGIONS,
  labelTransforms,
  VISIBLE_COUNTRY,
  precisionWords,
  type MapParts,
  type MapSpecOptions,
} from '../map-parts.js';
import { tooltipSignal, vegaFrame } from './frame.js';

const SHAPES = 'data_0';
const BASEMAP = 'atlas_shown';
const REGIONS_SHOWN = 'regions_shown';
const LABELS = 'labels';

/**
 * The Vega spec of a map, drawn exactly as Vega-Lite compiles `conflictMapSpec`
 * (src/specs/conflict-map-spec.ts): the atlas's countries, then a dot per row placed by the
 * projection, or each row's country shaded, with the same scales, legends and caption.
 */
export function mapVegaSpec(rows: readonly MapRow[], parts: MapParts, ctx: MapSpecOptions): Spec {
  const { rows: source, ...top } = vegaFrame(
    { ...ctx, config: parts.config } as SpecContext,
    { ...parts, autosize: { type: 'fit' } },
    rows,
  );
  const points = parts.mark === 'points';
  const words = precisionWords(ctx);
  const key = parts.mark === 'regions' ? 'regionKey' : 'iso';
  const shapes = {
    name: SHAPES,
    source: source.name,
    transform: points
      ? [
          {
            type: 'formula',
            expr: `datum.approximate ? ${JSON.stringify(words.approximate)} : ${JSON.stringify(words.exact)}`,
            as: '_precision',
          },
          { type: 'geopoint', projection: 'projection', fields: ['longitude', 'latitude'], as: ['_x', '_y'] },
          validValue,
        ]
      : [
          { type: 'filter', expr: `isValid(datum.${key})` },
          { type: 'lookup', from: parts.mark === 'regions' ? REGIONS : ATLAS, key: 'id', fields: [key], as: ['geo'] },
          { type: 'filter', expr: 'isValid(datum["geo"])' },
          validValue,
        ],
  };
  const outline = (name: string, data: string, fill: string | undefined) => ({
    name,
    type: 'shape',
    style: ['geoshape'],
    aria: false,
    from: { data },
    encode: {
      update: fill
        ? { fill: { value: fill }, stroke: { value: parts.border }, strokeWidth: { value: 0.5 } }
        : { fill: { value: null }, stroke: { value: ctx.tokens.muted }, strokeWidth: { value: 0.5 } },
    },
    transform: [{ type: 'geoshape', projection: 'projection' }],
  });
  const basemap = outline('basemap', BASEMAP, parts.land);
  const regions = ctx.regions
    ? outline('regions_outlines', REGIONS_SHOWN, parts.mark === 'regions' ? parts.land : undefined)
    : undefined;
  const label = (paint: Record<string, unknown>) => ({
    type: 'text',
    style: ['text'],
    aria: false,
    from: { data: LABELS },
    encode: {
      update: {
        ...Object.fromEntries(Object.entries(paint).map(([key, value]) => [key, { value }])),
        fontSize: { value: LABEL_FONT_SIZE },
        x: { field: '_x' },
        y: { field: '_y' },
        text: { field: '_name' },
        align: { value: 'center' },
        baseline: { value: 'middle' },
      },
    },
  });
  const labels = [
    label({ fill: parts.border, stroke: parts.border, strokeWidth: 3, strokeJoin: 'round' }),
    label({ fill: ctx.tokens.muted }),
  ];
  const tooltip = tooltipSignal(parts.tooltip);
  const layer = points
    ? {
        name: 'marks',
        type: 'symbol',
        style: ['circle'],
        aria: false,
        from: { data: SHAPES },
        encode: {
          update: {
            opacity: { value: 1 },
            strokeWidth: { value: 1.5 },
            ...dotColors(parts),
            fillOpacity: [{ test: 'datum.approximate', value: 0 }, { value: DOT_FILL_OPACITY }],
            tooltip,
            x: { field: '_x' },
            y: { field: '_y' },
            size: { scale: 'size', field: 'value' },
            shape: { value: 'circle' },
          },
        },
      }
    : {
        name: 'marks',
        type: 'shape',
        style: ['geoshape'],
        aria: false,
        from: { data: SHAPES },
        encode: {
          update: {
            stroke: { value: parts.border },
            strokeWidth: { value: 0.5 },
            fill: { scale: 'fill', field: 'value' },
            tooltip,
          },
        },
        transform: [{ type: 'geoshape', projection: 'projection', field: 'datum["geo"]' }],
      };
  return {
    ...top,
    // Vega-Lite's style for a view without axes, with its x and y channels (the labels' pixels).
    style: ['view', 'cell'],
    title: {
      text: parts.caption,
      orient: 'bottom',
      anchor: 'start',
      fontSize: 11,
      fontWeight: 'normal',
      color: ctx.tokens.muted,
      offset: 6,
    },
    data: [
      source,
      { name: ATLAS, format: ATLAS_FORMAT, values: ATLAS_110M },
      ...(ctx.regions ? [{ name: REGIONS, values: ctx.regions.features }] : []),
      shapes,
      { name: BASEMAP, source: ATLAS, transform: [{ type: 'filter', expr: VISIBLE_COUNTRY }] },
      ...(ctx.regions ? [{ name: REGIONS_SHOWN, source: REGIONS, transform: [{ type: 'filter', expr: VISIBLE_COUNTRY }] }] : []),
      {
        name: LABELS,
        source: BASEMAP,
        transform: [
          // The labels' transforms after the visibility filter, which BASEMAP has applied.
          ...labelTransforms('width', 'height')
            .slice(1)
            .map((t) => (t.filter ? { type: 'filter', expr: t.filter } : { type: 'formula', expr: t.calculate, as: t.as })),
        ],
      },
    ],
    projections: [
      {
        name: 'projection',
        size: { signal: '[width, height]' },
        fit: parts.fit,
        clipExtent: { signal: CLIP_EXTENT },
        type: 'equalEarth',
      },
    ],
    marks: markOrder(parts.mark, basemap, regions, labels, layer),
    scales: points ? pointScales(parts) : [countryScale(parts)],
    legends: points ? pointLegends(parts, ctx) : [countryLegend(parts, ctx)],
  } as Spec;
}

/** The marks in the order of conflictMapSpec's layers (src/specs/conflict-map-spec.ts, mapLayers). */
function markOrder(
  mark: MapParts['mark'],
  basemap: object,
  regions: object | undefined,
  labels: object[],
  layer: object,
): object[] {
  const own = regions ? [regions] : [];
  if (mark === 'points') return [basemap, ...own, ...labels, layer];
  if (mark === 'regions') return [basemap, ...own, layer, ...labels];
  return [basemap, layer, ...own, ...labels];
}

const validValue = { type: 'filter', expr: 'isValid(datum["value"]) && isFinite(+datum["value"])' };

function dotColors(parts: MapParts) {
  if (!parts.groups.length) return { fill: { value: parts.colors[0] }, stroke: { value: parts.colors[0] } };
  return { fill: { scale: 'fill', field: 'group' }, stroke: { scale: 'stroke', field: 'group' } };
}

function pointScales(parts: MapParts) {
  const colors = parts.groups.length
    ? ['fill', 'stroke'].map((name) => ({ name, type: 'ordinal', domain: parts.groups, range: parts.colors }))
    : [];
  return [...colors, { name: 'size', type: 'linear', domain: [0, parts.maxValue], range: [0, parts.maxArea], zero: true }];
}

function pointLegends(parts: MapParts, ctx: MapSpecOptions) {
  const size = {
    format: NUMBER_FORMAT,
    orient: parts.legend.orient,
    symbolType: 'circle',
    tickCount: 3,
    title: ctx.measureLabel,
    size: 'size',
    encode: {
      symbols: {
        // As Vega-Lite draws a size legend: the dots' own colour when they have one, else grey.
        update: parts.groups.length
          ? { fill: { value: parts.sizeKey }, fillOpacity: { value: 1 }, opacity: { value: 1 }, stroke: { value: 'transparent' } }
          : { fill: { value: parts.colors[0] }, stroke: { value: parts.colors[0] }, opacity: { value: 1 } },
      },
    },
  };
  if (!parts.groups.length) return [size];
  return [
    size,
    {
      columns: parts.legend.columns,
      labelLimit: parts.legend.labelLimit,
      orient: parts.legend.orient,
      title: ctx.groupTitle,
      fill: 'fill',
      encode: { symbols: { update: { opacity: { value: 1 } } } },
      stroke: 'stroke',
      values: parts.groups,
    },
  ];
}

function countryScale(parts: MapParts) {
  return { name: 'fill', type: 'linear', domain: parts.rampDomain, range: parts.ramp, interpolate: 'hcl', zero: true };
}

function countryLegend(parts: MapParts, ctx: MapSpecOptions) {
  return {
    format: NUMBER_FORMAT,
    gradientLength: Math.min(200, parts.width - 40),
    orient: parts.legend.orient,
    title: ctx.measureLabel,
    fill: 'fill',
  };
}
