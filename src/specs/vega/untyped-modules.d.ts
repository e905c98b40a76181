// The two Vega packages a map imports directly publish no types; this is what we use of them.
declare module 'vega-dataflow' {
  /** Vega's registry of transforms, by type name. */
  export const transforms: Record<string, unknown>;
}

declare module 'vega-geo' {
  const geoTransforms: Record<string, unknown>;
  export = geoTransforms;
}
