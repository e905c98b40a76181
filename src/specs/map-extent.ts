import { ATLAS_110M } from '../data/geo/atlas-110m.js';
import type { MapRow } from '../data/types.js';

/** West, south, east, north, in degrees. */
export type Box = [number, number, number, number];

const WORLD: Box = [-180, -60, 180, 85];

let boxes: Map<string, Box> | undefined;

/**
 * Each atlas country's bounding box (its id → box), from the TopoJSON arcs its polygons use.
 * Countries crossing the antimeridian (Russia, Fiji) get the box of their larger side's extent.
 */
export function countryBoxes(): Map<string, Box> {
  if (boxes) return boxes;
  const { scale, translate } = ATLAS_110M.transform;
  const arcBoxes = ATLAS_110M.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    for (const [dx, dy] of arc) {
      x += dx;
      y += dy;
      const lon = x * scale[0] + translate[0];
      const lat = y * scale[1] + translate[1];
      box[0] = Math.min(box[0], lon);
      box[1] = Math.min(box[1], lat);
      box[2] = Math.max(box[2], lon);
      box[3] = Math.max(box[3], lat);
    }
    return box;
  });
  boxes = new Map();
  for (const geometry of ATLAS_110M.objects.countries.geometries) {
    if (geometry.id === undefined || !geometry.arcs) continue;
    const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
    const visit = (value: unknown): void => {
      if (Array.isArray(value)) value.forEach(visit);
      else if (typeof value === 'number') merge(box, arcBoxes[value < 0 ? ~value : value]);
    };
    visit(geometry.arcs);
    boxes.set(geometry.id, box);
  }
  return boxes;
}

function merge(into: Box, box: Box): void {
  into[0] = Math.min(into[0], box[0]);
  into[1] = Math.min(into[1], box[1]);
  into[2] = Math.max(into[2], box[2]);
  into[3] = Math.max(into[3], box[3]);
}

/**
 * What the map shows: the dots' extent, or the boxes of the countries or regions shaded, with a margin
 * (a tenth of the span, at least 1°, and at least 6° across), so the data fills the frame; the
 * world when there is nothing to show.
 */
export function dataExtent(rows: readonly MapRow[], regions?: ReadonlyMap<string, Box>): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity];
  const known = countryBoxes();
  for (const row of rows) {
    if (row.longitude !== undefined && row.latitude !== undefined) {
      merge(box, [row.longitude, row.latitude, row.longitude, row.latitude]);
    } else if (row.regionKey !== undefined && regions?.has(row.regionKey)) {
      merge(box, regions.get(row.regionKey)!);
    } else if (row.iso !== undefined && known.has(row.iso)) {
      merge(box, known.get(row.iso)!);
    }
  }
  // Nothing matched: the regions given, rather than the world.
  if (!Number.isFinite(box[0])) regions?.forEach((region) => merge(box, region));
  if (!Number.isFinite(box[0])) return WORLD;
  const grow = (low: number, high: number, min: number, max: number): [number, number] => {
    const margin = Math.max(1, (high - low) / 10, (6 - (high - low)) / 2);
    return [Math.max(min, low - margin), Math.min(max, high + margin)];
  };
  const [west, east] = grow(box[0], box[2], -180, 180);
  const [south, north] = grow(box[1], box[3], -85, 85);
  return [west, south, east, north];
}

/**
 * The extent as a GeoJSON feature a projection fits: a 5 × 5 grid of points over the box, as
 * the box's edges curve under an equal-area projection.
 */
export function fitFeature(box: Box) {
  const coordinates: [number, number][] = [];
  for (let i = 0; i <= 4; i++) {
    for (let j = 0; j <= 4; j++) {
      coordinates.push([round(box[0] + ((box[2] - box[0]) * i) / 4), round(box[1] + ((box[3] - box[1]) * j) / 4)]);
    }
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates } };
}

const round = (degrees: number) => Math.round(degrees * 1000) / 1000;
