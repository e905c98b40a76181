/** A TopoJSON topology of countries, quantized (as world-atlas publishes it). */
export interface CountryTopology {
  type: 'Topology';
  transform: { scale: [number, number]; translate: [number, number] };
  objects: { countries: { type: 'GeometryCollection'; geometries: CountryGeometry[] } };
  /** Delta-encoded integer positions. */
  arcs: [number, number][][];
}

/** One country: its ISO 3166-1 numeric `id` (absent for a few disputed areas) and arcs. */
export interface CountryGeometry {
  type: string;
  id?: string;
  properties: { name: string };
  arcs?: unknown;
}
