import { transforms } from 'vega-dataflow';
import * as geo from 'vega-geo';
import { extend } from 'vega-util';

let registered = false;

/**
 * Registers Vega's geographic transforms (projection, geopoint, geoshape…) with the Vega the
 * charts draw with. The CMS file's Vega leaves them out (build-support/vega-lean.js), so a map
 * brings them in its own chunk; in the full `vega` package they are registered already, and
 * registering them again changes nothing.
 */
export function registerGeoTransforms(): void {
  if (registered) return;
  extend(transforms, geo);
  registered = true;
}
