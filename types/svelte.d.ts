// Typings for Svelte 5 (svelte-check, the language server): `import type {} from
// 'conflict-charts/svelte';` once in the app.
//
// Svelte 5 sets a custom element's properties as properties when the element has a setter for
// them (`data={rows}` passes the array), and `oncc-select={handler}` listens for `cc-select`.
import type { HTMLAttributes } from 'svelte/elements';
import type { CcAnnotation } from '../dist/index.js';
import type { CcAnnotationInputs, ChartEventMap, ChartTags } from './shared.js';

/** Event attributes of a chart element under Svelte 5. */
export interface SvelteChartEvents<Row> {
  /** A mark chosen by click or keyboard; `event.detail` is its `chartData` row. */
  'oncc-select'?: (event: ChartEventMap<Row>['cc-select']) => void;
  /** After each successful render; `event.detail` is `{chartData, skipped}`. */
  'oncc-render'?: (event: ChartEventMap<Row>['cc-render']) => void;
  /** On every failure to load, read or draw; `event.detail` is `{message}`. */
  'oncc-error'?: (event: ChartEventMap<Row>['cc-error']) => void;
}

export type SvelteChartAttributes<Tag extends keyof ChartTags> = Omit<
  HTMLAttributes<ChartTags[Tag]['element']>,
  keyof ChartTags[Tag]['inputs']
> &
  ChartTags[Tag]['inputs'] &
  SvelteChartEvents<ChartTags[Tag]['row']>;

/** Every chart tag of ChartTags (types/attributes.d.ts, from the chart registry). */
type SvelteChartElements = { [Tag in keyof ChartTags]: SvelteChartAttributes<Tag> };

declare module 'svelte/elements' {
  export interface SvelteHTMLElements extends SvelteChartElements {
    'cc-annotation': HTMLAttributes<CcAnnotation> & CcAnnotationInputs;
  }
}
