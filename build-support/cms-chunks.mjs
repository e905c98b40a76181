/**
 * Splits the CMS build in three: the entry (what a page loads up front: the elements, reading
 * files, and every module those import statically), the counting and drawing code (loaded by an
 * element about to draw, with the vega chunk) in one chunk rather than a trickle of small ones,
 * vega (src/controllers/vega-runtime.ts and what it imports), a map's own code (with the atlas and
 * Vega's geographic transforms), and Vega-Lite's compiler, for customized specs only. Without this, rollup pulls shared helpers into whichever chunk it meets first.
 */
const MAP_CODE =
  /\/src\/(charts\/(conflict-map|map-)|specs\/conflict-map-spec|specs\/map-|specs\/vega\/(conflict-map|geo-transforms)|data\/(locations|map-countries|regions|geo\/)|a11y\/map-summary|locale\/map-words|errors\/map-messages)|\/node_modules\/(vega-geo|vega-projection|d3-geo-projection)\//;

export function cmsChunks() {
  let loadedUpFront;
  return (id, { getModuleIds, getModuleInfo }) => {
    if (!loadedUpFront) {
      const entry = [...getModuleIds()].find((module) => getModuleInfo(module)?.isEntry);
      loadedUpFront = new Set();
      const visit = (module) => {
        if (loadedUpFront.has(module)) return;
        loadedUpFront.add(module);
        getModuleInfo(module)?.importedIds.forEach(visit);
      };
      visit(entry);
    }
    if (loadedUpFront.has(id)) return 'conflict-charts';
    // Vega and the interpreter: one chunk, fetched in parallel with the drawing code when a
    // chart nears the viewport. Vega-Lite's compiler is a chunk of its own, fetched only for a
    // chart whose Vega-Lite spec was customized (spec-patch, customizeSpec).
    if (id.endsWith('/src/controllers/vega-runtime.ts') || id.endsWith('/src/controllers/vega-expressions.ts')) return 'vega';
    // Vega reads TopoJSON with it, as a map's own boundaries do: in Vega's chunk, which the map's imports.
    if (id.includes('/node_modules/topojson-client/')) return 'vega';
    if (id.endsWith('/src/controllers/vega-lite-runtime.ts') || id.includes('/node_modules/vega-lite/')) return 'vega-lite';
    // A map's code, atlas and Vega's geographic transforms (with their own copy of d3-geo, see
    // mapOwnD3Geo in lean-vega.mjs): fetched only by a page with a map.
    if (MAP_CODE.test(id) || id.endsWith('/d3-geo.mjs?map')) return 'map';
    if (/\/src\/(controllers\/|export\/export-menu|charts\/|options\/|specs\/|a11y\/|themes\/|data\/|util\/|errors\/)/.test(id))
      return 'drawing';
  };
}
