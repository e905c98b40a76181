/* The code between a loaded table and a Vega-Lite spec, shared by the elements and loaded by
 * them lazily (pipeline-loader.ts); each chart's own counting and spec come from its definition. */
export { prepareChart } from '../charts/prepare.js';
export { readEventsInSlices } from '../charts/read-events.js';
export { resolveOptions } from '../options/resolve.js';
export { ExportMenu } from '../export/export-menu.js';
export { ShadowTooltip } from './tooltip.js';
