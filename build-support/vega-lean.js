// What the CMS bundle uses in place of the `vega` package: the same exports as
// vega/build/vega.module.js, minus the transforms no chart of ours compiles to (geo and
// projections, force, hierarchy, label, regression, voronoi, wordcloud, crossfilter). Those are
// about 125 KB of the 842 KB chunk. Apps that install the package bundle the real `vega`.
// rollup.config.js points `import 'vega'` here for dist/conflict-charts.js only; the element
// tests draw every option through the full package, the story and dist checks through this one.
import { extend } from 'vega-util';
import { transforms } from 'vega-dataflow';
import * as tx from 'vega-transforms';
import * as vtx from 'vega-view-transforms';
import * as encode from 'vega-encode';

export * from 'vega-util';
export {
  Dataflow,
  EventStream,
  MultiPulse,
  Operator,
  Parameters,
  Pulse,
  Transform,
  changeset,
  definition,
  ingest,
  isTuple,
  transform,
  transforms,
  tupleid,
} from 'vega-dataflow';
export * from 'vega-statistics';
export * from 'vega-time';
export * from 'vega-loader';
export * from 'vega-scenegraph';
export { interpolate, interpolateColors, interpolateRange, quantizeInterpolator, scale, scheme } from 'vega-scale';
export { View } from 'vega-view';
export {
  defaultLocale,
  numberFormatDefaultLocale as formatLocale,
  locale,
  resetDefaultLocale,
  timeFormatDefaultLocale as timeFormatLocale,
} from 'vega-format';
export { expressionFunction } from 'vega-functions';
export { parse } from 'vega-parser';
export { context as runtimeContext } from 'vega-runtime';
export { codegenExpression, parseExpression } from 'vega-expression';
export { parseSelector } from 'vega-event-selector';
// rollup.config.js writes in the installed vega's version; run unbuilt (the tests), it is unknown.
export const version = typeof __VEGA_VERSION__ === 'undefined' ? 'unknown' : __VEGA_VERSION__;

const registered = [tx, vtx, encode];
extend(transforms, ...registered);

/** The transforms this module registers (vega-lite imports a few helpers from the full `vega`, so
 * a page that loads vega-lite unbundled has them all registered anyway; tests check against this). */
export const leanTransforms = registered.flatMap((module) => Object.keys(module));
