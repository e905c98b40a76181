import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View, type Spec } from 'vega';
import { expressionInterpreter } from 'vega-interpreter';
import { sceneItems, type SceneItem } from '../../helpers/scene-items.mjs';

export { sceneDifferences, type SceneItem } from '../../helpers/scene-items.mjs';

/** Draws a Vega spec headless (no renderer: layout, text metrics and scenegraph only). */
export async function sceneOfVega(spec: Spec): Promise<SceneItem[]> {
  const view = new View(parse(structuredClone(spec), undefined, { ast: true }), {
    renderer: 'none',
    expr: expressionInterpreter,
  });
  await view.runAsync();
  const drawn = sceneItems(view);
  view.finalize();
  return drawn;
}

/** The same for a Vega-Lite spec, compiled by vega-lite as the elements did before. */
export function sceneOfVegaLite(spec: TopLevelSpec): Promise<SceneItem[]> {
  return sceneOfVega(compile(structuredClone(spec)).spec);
}
