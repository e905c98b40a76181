import { loadOnce } from '../util/load-once.js';

/**
 * Loads the counting and drawing code once, on first use: a page pays for it only when a
 * chart is about to be drawn, together with the vega chunk.
 */
export const loadPipeline = loadOnce(() => import('./pipeline.js'));
