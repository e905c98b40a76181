/* The code between a loaded table and a drawn chart, shared by the elements and loaded by them
 * lazily (chart-controller.ts) with the Vega chunk; each chart's own counting and spec come from
 * its definition. */
export { dataTable } from '../a11y/data-table.js';
export { prepareChart } from '../charts/prepare.js';
export { readEventsInSlices } from '../charts/read-events.js';
export { withFiles } from '../charts/read-files.js';
export { resolveOptions } from '../options/resolve.js';
export { ExportMenu } from '../export/export-menu.js';
export { KeyboardReader } from './keyboard-reader.js';
export { ShadowTooltip } from './shadow-tooltip.js';
