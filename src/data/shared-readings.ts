import type { NormalizeResult, RawRow } from './types.js';

/**
 * Results per rows array whose reading is shared (a file several charts load, see
 * {@link shareNormalization}), by columns and options. Apart from normalize.ts so that loading
 * a file does not load the reading code with it.
 */
export const sharedResults = new WeakMap<readonly RawRow[], Map<string, NormalizeResult | Promise<NormalizeResult>>>();

/**
 * Lets every chart that reads `rows` with the same options share one reading of them (a file
 * loaded once for several charts). Only for rows nobody changes afterwards.
 */
export function shareNormalization(rows: readonly RawRow[]): void {
  if (!sharedResults.has(rows)) sharedResults.set(rows, new Map());
}
