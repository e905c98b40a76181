import { geoArea } from 'd3-geo';
import { feature as topoFeature } from 'topojson-client';
import { DataError } from '../../errors/data-error.js';
import { useMapMessages } from '../../errors/map-messages.js';
import { normalizeRegionName } from './region-name.js';

/** West, south, east, north, in degrees. */
export type RegionBox = [number, number, number, number];

/** One region of a `boundaries` file, as both spec builders draw it. */
export interface RegionFeature {
  type: 'Feature';
  /** Its name as regions are matched ({@link normalizeRegionName}); '' when it has none. */
  id: string;
  properties: { name: string };
  geometry: object;
}

/** A `boundaries` file read: its regions, the property that names them, and their extents. */
export interface Boundaries {
  /** The file's name, for captions and messages. */
  name: string;
  /** The property of the features that names each region (`boundary-key`, or the one found). */
  key: string;
  features: RegionFeature[];
  /** Each region's extent, by its id. */
  boxes: Map<string, RegionBox>;
}

/**
 * The properties that name a region in the files desks use, tried in this order when no
 * `boundary-key` is given: geoBoundaries, OCHA's common operational datasets (admin 2, then
 * admin 1), GADM, Natural Earth and most others.
 */
const KEY_GUESSES = ['shapeName', 'ADM2_EN', 'ADM1_EN', 'ADM2_FR', 'ADM1_FR', 'NAME_2', 'NAME_1', 'name_en', 'name', 'NAME'];

/**
 * Reads a TopoJSON topology (its first object) or GeoJSON (a FeatureCollection, a Feature or
 * an array of features) into regions named by `key`, else by the first of the usual properties
 * the features have.
 * @throws {DataError} naming the file when it is not TopoJSON or GeoJSON with polygons, or when
 *   the key is not a property of its features (the message lists those it has).
 */
export function readBoundaries(content: unknown, name: string, key?: string): Boundaries {
  useMapMessages();
  let json = content;
  if (typeof content === 'string') {
    try {
      json = JSON.parse(content);
    } catch (error) {
      throw new DataError('inFile', { name }, { cause: new DataError('jsonUnreadable', { detail: (error as Error).message }) });
    }
  }
  const raw = featuresOf(json).filter((f) => f && typeof f === 'object' && f.geometry);
  if (raw.length === 0) throw new DataError('boundariesNotGeo', { name });
  const properties = [...new Set(raw.flatMap((f) => Object.keys(f.properties ?? {})))];
  const chosen = key || KEY_GUESSES.find((guess) => properties.includes(guess));
  if (!chosen || !properties.includes(chosen)) {
    throw new DataError('boundaryKeyMissing', { name, key: key ?? '', properties: properties.slice(0, 12).join(', ') });
  }
  const features: RegionFeature[] = raw.map((f) => {
    const value = f.properties?.[chosen];
    const label = value === undefined || value === null ? '' : String(value).trim();
    return {
      type: 'Feature',
      id: label ? normalizeRegionName(label) : '',
      properties: { name: label },
      geometry: clockwise(f.geometry!),
    };
  });
  const boxes = new Map<string, RegionBox>();
  for (const f of features) if (f.id && !boxes.has(f.id)) boxes.set(f.id, boxOf(f.geometry));
  const boundaries = { name, key: chosen, features, boxes };
  read.add(boundaries);
  return boundaries;
}

const read = new WeakSet<object>();

/** Whether `value` is boundaries {@link readBoundaries} made (rather than a file's raw content). */
export function isBoundaries(value: unknown): value is Boundaries {
  return typeof value === 'object' && value !== null && read.has(value);
}

interface RawFeature {
  properties?: Record<string, unknown> | null;
  geometry?: object | null;
}

function featuresOf(json: unknown): RawFeature[] {
  if (Array.isArray(json)) return json as RawFeature[];
  if (!json || typeof json !== 'object') return [];
  const value = json as { type?: string; features?: unknown; objects?: Record<string, object> };
  if (value.type === 'Topology' && value.objects) {
    const first = Object.values(value.objects)[0];
    return first ? ((topoFeature(value, first).features ?? []) as RawFeature[]) : [];
  }
  if (value.type === 'FeatureCollection' && Array.isArray(value.features)) return value.features as RawFeature[];
  if (value.type === 'Feature') return [value as RawFeature];
  return [];
}

type Ring = [number, number][];

/**
 * The geometry with its polygons' outer rings clockwise, as Vega's projections (d3-geo) read
 * them. GeoJSON written to RFC 7946 (geoBoundaries, OCHA, most GIS exports) winds them the other
 * way, which a spherical projection reads as the whole globe but the region: a polygon that
 * covers more than half the sphere is reversed.
 */
function clockwise(geometry: object): object {
  const { type, coordinates } = geometry as { type: string; coordinates?: unknown };
  const polygon = (rings: Ring[]): Ring[] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  if (type === 'Polygon') return { type, coordinates: polygon(coordinates as Ring[]) };
  if (type === 'MultiPolygon') return { type, coordinates: (coordinates as Ring[][]).map(polygon) };
  return geometry;
}

/** The extent of a GeoJSON geometry's positions. */
function boxOf(geometry: object): RegionBox {
  const box: RegionBox = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (!Array.isArray(value)) return;
    if (typeof value[0] === 'number' && typeof value[1] === 'number') {
      box[0] = Math.min(box[0], value[0]);
      box[1] = Math.min(box[1], value[1]);
      box[2] = Math.max(box[2], value[0]);
      box[3] = Math.max(box[3], value[1]);
    } else value.forEach(visit);
  };
  const { coordinates, geometries } = geometry as { coordinates?: unknown; geometries?: { coordinates?: unknown }[] };
  visit(coordinates);
  geometries?.forEach((g) => visit(g.coordinates));
  return box;
}
