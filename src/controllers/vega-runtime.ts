/*
 * What a chart is drawn with, in one module so a page loads it as one chunk on first use:
 * vega's parser and View, and vega-interpreter's expression evaluator (Vega expressions run
 * without `eval`, so a strict Content-Security-Policy needs no 'unsafe-eval'). Vega-Lite's
 * compiler is in vega-lite-runtime.ts, loaded only for a customized spec. What the view does
 * with specs and rows comes along, so the page's first file carries none of it.
 */
export { parse, View } from 'vega';
export { expressionInterpreter } from 'vega-interpreter';
export { expressionEvaluator } from './vega-expressions.js';
export { drawableSpec, specShape, swapValues } from './spec-rows.js';
