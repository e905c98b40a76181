import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
// The dataset holding the rows, as the Vega builders and Vega-Lite name it.
import { ROWS as ROWS_DATASET } from '../specs/vega/frame.js';

type Dataset = NonNullable<Spec['data']>[number] & { values?: unknown };
type Signal = NonNullable<Spec['signals']>[number] & { value?: unknown };

/** A top-level signal that only holds a value (src/specs/vega/frame.ts, valueSignals): the rows decide it. */
const holdsValue = (signal: Signal) => Object.keys(signal).every((key) => key === 'name' || key === 'value');

/** A Vega spec without its datasets' values and its value signals' values: what the rows do not decide. */
function withoutValues(spec: Spec): Spec {
  return {
    ...spec,
    data: spec.data?.map((data: Dataset) => ('values' in data ? { ...data, values: undefined } : data)),
    signals: spec.signals?.map((signal: Signal) => (holdsValue(signal) ? { ...signal, value: undefined } : signal)),
  } as Spec;
}

const isVega = (spec: TopLevelSpec | Spec): spec is Spec => String(spec.$schema ?? '').includes('/schema/vega/');

/**
 * A spec as text without what its rows decide: two specs with the same shape draw the same chart
 * of different rows, so the second can reuse the first one's view. A Vega-Lite spec's rows are
 * its top-level values; a Vega spec's are its datasets' values and its value signals.
 */
export function specShape(spec: TopLevelSpec | Spec): string {
  if (isVega(spec)) return JSON.stringify(withoutValues(spec));
  const { data, ...rest } = spec as TopLevelSpec & { data?: Record<string, unknown> };
  return JSON.stringify([rest, data && { ...data, values: undefined }]);
}

/** Copies of rows: Vega writes parsed dates into the rows it is given. */
const copies = (rows: readonly object[]) => rows.map((row) => ({ ...row }));

/** A Vega spec to hand to Vega: a copy, with copies of the rows. */
export function drawableSpec(spec: Spec, rows: readonly object[]): Spec {
  const data = spec.data?.map((data) => (data.name === ROWS_DATASET ? { ...data, values: undefined } : data));
  const copy = structuredClone({ ...spec, data } as Spec);
  copy.data = copy.data?.map((data) => (data.name === ROWS_DATASET ? ({ ...data, values: copies(rows) } as Dataset) : data));
  return copy;
}

/** What `swapValues` needs of a view: Vega's View, or a stand-in in tests. */
export interface ValueTarget {
  data(name: string, values: object[]): unknown;
  signal(name: string, value: unknown): unknown;
}

/**
 * Puts what the rows decide into a view drawn from `drawn`: the rows, then, when `next` (a spec
 * of the same shape) is given, every other dataset's values and every value signal that differ.
 * A customized chart's compiled spec has only the rows to swap. The caller runs the view.
 */
export function swapValues(view: ValueTarget, drawn: Spec | undefined, next: Spec | undefined, rows: readonly object[]): void {
  view.data(ROWS_DATASET, copies(rows));
  if (!next) return;
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const data of (next.data ?? []) as Dataset[]) {
    if (data.name === ROWS_DATASET || !('values' in data)) continue;
    const before = (drawn?.data as Dataset[] | undefined)?.find((old) => old.name === data.name);
    if (!same(before?.values, data.values)) view.data(data.name, structuredClone(data.values) as object[]);
  }
  for (const signal of (next.signals ?? []) as Signal[]) {
    if (!holdsValue(signal)) continue;
    const before = (drawn?.signals as Signal[] | undefined)?.find((old) => old.name === signal.name);
    if (!same(before?.value, signal.value)) view.signal(signal.name, structuredClone(signal.value));
  }
}
