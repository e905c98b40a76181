/* The code between a loaded table and a Vega-Lite spec, shared by the three elements and loaded
 * by them lazily (pipeline-loader.ts); each chart's own counting and spec come from its definition. */
export { countingContext, groupNames, readEventsInSlices } from '../core/chart-definitions.js';
export { assignColours } from '../themes/colour-assignment.js';
export { chartConfig } from '../themes/config.js';
export { ExportMenu } from '../export/export-menu.js';
export { ShadowTooltip } from './tooltip.js';
