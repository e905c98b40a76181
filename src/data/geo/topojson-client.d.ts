// topojson-client publishes no types; this is what the boundaries reader uses of it.
declare module 'topojson-client' {
  /** The GeoJSON of one of a topology's objects: a FeatureCollection for a GeometryCollection. */
  export function feature(topology: object, object: object): { type: string; features?: object[] };
}
