import { ATLAS_110M } from '../data/geo/atlas-110m.js';
import type { RegionBox, RegionFeature } from '../data/geo/boundaries.js';
import type { MapMark, MapRow } from '../data/types.js';
import { mapWords } from '../locale/map-words.js';
import { MAP_HEIGHT } from '../options/charts.js';
import { NUMBER_FORMAT, colorRange, groupsOf, legendLayout, type SpecContext } from './common.js';
import { dataExtent, fitFeature } from './map-extent.js';

export interface MapSpecOptions extends SpecContext {
  mark: MapMark;
  groupTitle: string;
  /** Countries counted whose names no code was found for, with their values, in words. */
  notOnMap?: string;
  /** Regions counted whose names no region of `boundaries` has, with their values, in words. */
  notInBoundaries?: string;
  /** `boundaries`: the desk's own regions, drawn as outlines or (`mark="regions"`) shaded. */
  regions?: { name: string; features: RegionFeature[]; boxes: ReadonlyMap<string, RegionBox> };
  /** `small-multiples`: the panels' periods and titles, and how many periods the range has. */
  panels?: MapPanelsOptions;
}

/** The small maps of `small-multiples`: one per period, in order. */
export interface MapPanelsOptions {
  periods: string[];
  /** Each panel's title ("2019", "T2 2019"). */
  titles: string[];
  /** The periods in the range, of which the last `periods.length` are drawn. */
  total: number;
}

/**
 * Keeps the countries whose projected box meets the plot: the others would be drawn only to be
 * clipped away (and an SVG full of them is slower, and crashes resvg's PNG output).
 */
export const VISIBLE_COUNTRY = visibleCountry('width', 'height');

/** {@link VISIBLE_COUNTRY} for a plot of another size (a small map's `childWidth`, `childHeight`). */
export function visibleCountry(width: string, height: string): string {
  return ['[1][0] >= 0', `[0][0] <= ${width}`, '[1][1] >= 0', `[0][1] <= ${height}`]
    .map((side) => `geoBounds('projection', datum)${side}`)
    .join(' && ');
}

/** A country label's size, and the room it needs around it. */
export const LABEL_FONT_SIZE = 10;
const LABEL_CHARACTER = 5.6;

/**
 * The country labels' data: each country shown, with its name, its projected box, and the
 * centre of the part of it on the map (`_x`, `_y`, in pixels: the outline as the projection
 * clips it), kept when its name fits inside that part and the part is large enough to hold
 * it (`width` and `height` name the plot's size). Both builders use these transforms as Vega-Lite writes them; the Vega twin as `formula`
 * and `filter` transforms.
 */
export function labelTransforms(width: string, height: string): { calculate?: string; filter?: string; as?: string }[] {
  const half = `length(datum._name) * ${LABEL_CHARACTER / 2} + 4`;
  const fits = [
    `min(datum._box[1][0], ${width}) - max(datum._box[0][0], 0) >= 2 * (${half})`,
    `min(datum._box[1][1], ${height}) - max(datum._box[0][1], 0) >= ${LABEL_FONT_SIZE * 2}`,
    `datum._at[0] >= ${half}`,
    `datum._at[0] <= ${width} - (${half})`,
    `datum._at[1] >= ${LABEL_FONT_SIZE}`,
    `datum._at[1] <= ${height} - ${LABEL_FONT_SIZE}`,
    // A sliver at the map's edge (Morocco above Western Sahara) is no place for a name: the part
    // shown must be three times the label's box.
    `geoArea('projection', datum) >= 3 * 2 * (${half}) * ${LABEL_FONT_SIZE * 2}`,
  ].join(' && ');
  return [
    { filter: visibleCountry(width, height) },
    { calculate: 'datum.properties.name', as: '_name' },
    { calculate: "geoBounds('projection', datum)", as: '_box' },
    { calculate: "geoCentroid('projection', datum)", as: '_at' },
    { filter: fits },
    { calculate: 'datum._at[0]', as: '_x' },
    { calculate: 'datum._at[1]', as: '_y' },
  ];
}

/**
 * The projection cuts the outlines at the plot's edges (rather than an SVG clip path, which
 * resvg's PNG output draws wrongly when the chart is framed).
 */
export const CLIP_EXTENT = '[[0, 0], [width, height]]';

/** How opaque a solid dot's fill is (its outline is opaque; an approximate dot has no fill). */
export const DOT_FILL_OPACITY = 0.6;

/** The name the atlas dataset has in both builders' specs. */
export const ATLAS = 'atlas';
/** How the atlas is read: its countries as GeoJSON features. */
export const ATLAS_FORMAT = { type: 'topojson', feature: 'countries' } as const;
/** The name the `boundaries` regions' dataset (GeoJSON features, `id` the matched name) has in both builders' specs. */
export const REGIONS = 'regions';

/** Shades of a choropleth, lightest for the least: one hue's lightness, readable by colour-blind readers, per theme. */
const RAMPS = {
  light: ['#fdebd3', '#fdb57a', '#e8603c', '#a61c1c'],
  dark: ['#4a2a17', '#8f4b1d', '#d9772b', '#ffbd7a'],
};

/** What both builders draw: the frame, the projection's fit, the layers' colours and the words. */
export interface MapParts {
  mark: MapMark;
  width: number;
  height: number;
  fit: ReturnType<typeof fitFeature>;
  land: string;
  border: string;
  /** Points: groups in legend order and their colours; one colour when not grouped. */
  groups: string[];
  colors: string[];
  /** Points: the largest dot's area in px², for the largest value. */
  maxArea: number;
  /** Points: the colour of the size legend's dots. */
  sizeKey: string;
  /** The chart's config, with the size legend's dots in the muted colour. */
  config: SpecContext['config'];
  /** Countries: the colour ramp and the values its colours stand at. */
  ramp: string[];
  rampDomain: number[];
  maxValue: number;
  /** Lines under the map: credits and what the shading means. */
  caption: string[];
  tooltip: { title: string; field: string; format?: string }[];
  legend: ReturnType<typeof legendLayout>;
}

/** The atlas, and the desk's own regions when `boundaries` gives them. */
export function mapDatasets(options: MapSpecOptions): Record<string, unknown> {
  return options.regions ? { [ATLAS]: ATLAS_110M, [REGIONS]: options.regions.features } : { [ATLAS]: ATLAS_110M };
}

/** A map's layers: the outlines under the marks (dots or shapes), and the outlines over them. */
export interface MapLayers {
  /** The outlines (and, on a points map, the labels) under the marks. */
  under: object[];
  marks: { transform?: object[] };
  over: object[];
}

/** The words a dot's precision is written in (tooltip and legend), for both builders. */
export function precisionWords(options: MapSpecOptions) {
  const words = mapWords(options.locale);
  return { approximate: words.approximate, exact: words.exact };
}

/** Works out what the map is drawn with from its rows and options. */
export function mapParts(rows: readonly MapRow[], options: MapSpecOptions): MapParts {
  const { tokens, locale } = options;
  const words = mapWords(locale);
  const width = Math.max(120, Math.floor(options.width));
  const groups = groupsOf(rows);
  const maxValue = Math.max(1, ...rows.map((row) => row.value));
  const dark = isDark(tokens.background);
  const points = options.mark === 'points';
  const caption = [
    options.regions && words.regionsCredit ? `${words.credit}. ${words.regionsCredit(options.regions.name)}` : words.credit,
  ];
  if (options.mark !== 'points') caption.push(`${words.countsNotRates} ${words.noData}`);
  if (points && rows.some((row) => row.approximate)) caption.push(words.hollowKey);
  if (options.notOnMap) caption.push(words.notOnMap(options.notOnMap));
  if (options.notInBoundaries && words.notInBoundaries) caption.push(words.notInBoundaries(options.notInBoundaries));
  const panels = options.panels;
  if (panels && panels.total > panels.periods.length && words.panelsCut) {
    caption.push(words.panelsCut(String(panels.periods.length), String(panels.total)));
  }
  const tooltip = points
    ? [
        { title: words.place, field: 'place' },
        { title: locale.strings.country, field: 'country' },
        ...(groups.length ? [{ title: options.groupTitle, field: 'group' }] : []),
        { title: options.measureLabel, field: 'value', format: NUMBER_FORMAT },
        { title: words.location, field: '_precision' },
      ]
    : [
        ...(options.mark === 'regions' ? [{ title: words.region ?? 'Region', field: 'region' }] : []),
        { title: locale.strings.country, field: 'country' },
        { title: options.measureLabel, field: 'value', format: NUMBER_FORMAT },
      ];
  const radius = Math.min(22, Math.max(9, width / 32));
  return {
    mark: options.mark,
    width,
    height: options.height ?? MAP_HEIGHT,
    fit: fitFeature(dataExtent(rows, options.regions?.boxes)),
    land: tokens.grid,
    border: tokens.background,
    groups,
    colors: groups.length ? colorRange(groups, tokens, options.otherLabel, options.colors) : [tokens.palette[0]],
    maxArea: Math.round(Math.PI * radius * radius),
    sizeKey: tokens.muted,
    config: { ...options.config, legend: { ...options.config.legend, symbolBaseFillColor: tokens.muted } },
    ramp: dark ? RAMPS.dark : RAMPS.light,
    rampDomain: [0, maxValue / 3, (2 * maxValue) / 3, maxValue],
    maxValue,
    caption: wrapLines(caption, width),
    tooltip,
    legend: legendLayout(groups.length ? groups : [options.measureLabel], options),
  };
}

/** The caption under the map: credits and what the marks mean, in the muted colour. */
export function captionTitle(parts: MapParts, options: MapSpecOptions) {
  return {
    text: parts.caption,
    orient: 'bottom',
    anchor: 'start',
    fontSize: 11,
    fontWeight: 'normal',
    color: options.tokens.muted,
    offset: 6,
  };
}

/** A caption character's width at 11 px, generously: lines are wrapped before they outgrow the map. */
const CAPTION_CHARACTER = 6;

/**
 * Lines of the caption under the map, wrapped at spaces to fit `width`: a line wider than the
 * map would make Vega's autosize shrink the map to make room for it.
 */
export function wrapLines(lines: readonly string[], width: number): string[] {
  const most = Math.max(20, Math.floor((width - 8) / CAPTION_CHARACTER));
  return lines.flatMap((line) => {
    const out: string[] = [];
    let current = '';
    for (const word of line.split(' ')) {
      if (current && current.length + 1 + word.length > most) {
        out.push(current);
        current = word;
      } else current = current ? `${current} ${word}` : word;
    }
    return [...out, current];
  });
}

/** Whether a background colour is dark (the dark theme, or an author's dark `--cc-background`). */
function isDark(color: string): boolean {
  const hex = /^#([0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return false;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b < 110;
}
