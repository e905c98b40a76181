import { loadOnce } from '../util/load-once.js';

type EmbedModule = typeof import('vega-embed');
export type Embed = EmbedModule['default'];
export type EmbedResult = Awaited<ReturnType<Embed>>;
export type VegaView = EmbedResult['view'];

export interface VegaRuntime {
  embed: Embed;
  expressionInterpreter: typeof import('vega-interpreter')['expressionInterpreter'];
}

/**
 * Loads vega, vega-lite and vega-embed once, on first use, shared by every element:
 * a CMS page pays for them only when a chart is about to be drawn.
 */
export const loadVega = loadOnce(
  (): Promise<VegaRuntime> =>
    Promise.all([import('vega-embed'), import('vega-interpreter')]).then(([embedModule, interpreter]) => ({
      embed: embedModule.default,
      expressionInterpreter: interpreter.expressionInterpreter,
    })),
);
