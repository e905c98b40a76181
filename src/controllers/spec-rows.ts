import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';

/**
 * The dataset holding the rows: Vega-Lite's name for a spec's top-level inline `data.values`,
 * kept by the Vega builders (src/specs/vega/frame.ts).
 */
export const ROWS_DATASET = 'source_0';

/** A Vega spec's datasets without the rows' values. */
function withoutRows(spec: Spec): Spec {
  return {
    ...spec,
    data: spec.data?.map((data) => (data.name === ROWS_DATASET ? { ...data, values: undefined } : data)),
  } as Spec;
}

const isVega = (spec: TopLevelSpec | Spec): spec is Spec => String(spec.$schema ?? '').includes('/schema/vega/');

/**
 * A spec as text without its top-level rows: two specs with the same shape draw the same chart
 * of different rows, so the second can reuse the first one's view.
 */
export function specShape(spec: TopLevelSpec | Spec): string {
  if (isVega(spec)) return JSON.stringify(withoutRows(spec));
  const { data, ...rest } = spec as TopLevelSpec & { data?: Record<string, unknown> };
  return JSON.stringify([rest, data && { ...data, values: undefined }]);
}

/** A Vega spec to hand to Vega: a copy, with copies of the rows (Vega writes parsed dates into them). */
export function drawableSpec(spec: Spec, rows: readonly object[]): Spec {
  const copy = structuredClone(withoutRows(spec));
  copy.data = copy.data?.map((data) =>
    data.name === ROWS_DATASET ? ({ ...data, values: rows.map((row) => ({ ...row })) } as typeof data) : data,
  );
  return copy;
}
