/*
 * What a chart is drawn with, in one module so a page loads it as one chunk on first use:
 * vega-lite's compiler, vega's parser and View, and vega-interpreter's expression evaluator
 * (Vega expressions run without `eval`, so a strict Content-Security-Policy needs no
 * 'unsafe-eval'). No vega-embed: its menu, themes and injected styles are not used.
 */
export { parse, View } from 'vega';
export { compile } from 'vega-lite';
export { expressionInterpreter } from 'vega-interpreter';
