import type { TopLevelSpec } from 'vega-lite';

/** The dataset Vega-Lite names a spec's top-level inline `data.values`. */
export const ROWS_DATASET = 'source_0';

/**
 * A spec as text without its top-level rows: two specs with the same shape draw the same
 * chart of different rows, so the second can reuse the first one's Vega view.
 */
export function specShape(spec: TopLevelSpec): string {
  const { data, ...rest } = spec as TopLevelSpec & { data?: Record<string, unknown> };
  return JSON.stringify([rest, data && { ...data, values: undefined }]);
}
