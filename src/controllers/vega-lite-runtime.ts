/*
 * Vega-Lite's compiler, in a chunk of its own: loaded only when a page customizes a chart's
 * Vega-Lite spec (`spec-patch`, `customizeSpec`). Every other chart is drawn from the Vega spec
 * its builder writes (src/specs/vega/).
 */
export { compile } from 'vega-lite';
