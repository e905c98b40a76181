// The chart elements' tags, read from the chart registry (src/options/charts.ts), for the scripts,
// benchmarks and Node tests that find charts on a page: one list, never retyped.
import { readFileSync } from 'node:fs';

const registry = readFileSync(new URL('../src/options/charts.ts', import.meta.url), 'utf8');

/** Every chart element's tag, in registry order. */
export const CHART_TAGS = [...registry.matchAll(/^ {4}tag: '([a-z-]+)',$/gm)].map((match) => match[1]);

/** A CSS selector matching every chart element. */
export const CHART_SELECTOR = CHART_TAGS.join(', ');
