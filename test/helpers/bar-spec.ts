import type { TopLevelSpec } from 'vega-lite';

/** A small Vega-Lite bar chart of `rows` in one colour, for tests of drawing and spec shapes. */
export const barSpec = (rows: { name: string; value: number }[], color = '#336699'): TopLevelSpec => ({
  width: 300,
  height: 100,
  data: { values: rows },
  mark: { type: 'bar', color },
  encoding: { x: { field: 'name', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } },
});
