type EmbedModule = typeof import('vega-embed');
export type Embed = EmbedModule['default'];
export type EmbedResult = Awaited<ReturnType<Embed>>;
export type VegaView = EmbedResult['view'];

export interface VegaRuntime {
  embed: Embed;
  expressionInterpreter: typeof import('vega-interpreter')['expressionInterpreter'];
}

let runtime: Promise<VegaRuntime> | undefined;

/**
 * Loads vega, vega-lite and vega-embed once, on first use, shared by every element:
 * a CMS page pays for them only when a chart is about to be drawn.
 */
export function loadVega(): Promise<VegaRuntime> {
  runtime ??= Promise.all([import('vega-embed'), import('vega-interpreter')]).then(([embedModule, interpreter]) => {
    return { embed: embedModule.default, expressionInterpreter: interpreter.expressionInterpreter };
  });
  runtime.catch(() => (runtime = undefined));
  return runtime;
}
