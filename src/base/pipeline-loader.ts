type Pipeline = typeof import('./pipeline.js');

let pipeline: Promise<Pipeline> | undefined;

/**
 * Loads the counting and drawing code once, on first use: a page pays for it only when a
 * chart is about to be drawn, together with the vega chunk.
 */
export function loadPipeline(): Promise<Pipeline> {
  pipeline ??= import('./pipeline.js');
  pipeline.catch(() => (pipeline = undefined));
  return pipeline;
}
