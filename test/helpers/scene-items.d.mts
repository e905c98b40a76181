/** What a reader sees of one scenegraph item. */
export interface SceneItem {
  /** Path from the root: mark types and roles ("/group:frame/text:axis-label"). */
  path: string;
  [property: string]: unknown;
}
export function sceneItems(view: unknown): SceneItem[];
export function sceneDifferences(expected: SceneItem[], actual: SceneItem[], limit?: number): string[];
