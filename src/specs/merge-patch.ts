/** A JSON object: what a merge patch and the specs it patches are made of. */
export type JsonObject = { [key: string]: unknown };

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * `target` with `patch` merged in, as JSON Merge Patch (RFC 7396) defines it: an object merges
 * key by key, `null` removes a key, anything else (arrays included) replaces the value. Returns
 * a new value; neither argument is changed.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const result: JsonObject = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key];
    else result[key] = mergePatch(result[key], value);
  }
  return result;
}
