// Template typings for Vue 3 (vue-tsc, Volar): `import type {} from 'conflict-charts/vue';` once
// in the app. Vue must also be told the tags are custom elements, at build time:
//   vue({ template: { compilerOptions: { isCustomElement: (tag) => tag === 'cc-annotation' ||
//     ['attack-timeline', 'country-comparison', 'actor-breakdown', 'conflict-map'].includes(tag) } } })
//
// Vue sets a custom element's known properties as properties (`:data="rows"` passes the array)
// and `@cc-select="onSelect"` listens for the `cc-select` event; here it is typed from the
// element's `chartData` row.
import type { AllowedComponentProps, HTMLAttributes, VNodeProps } from 'vue';
import type { CcAnnotation } from '../dist/index.js';
import type { CcAnnotationInputs, ChartEventMap, ChartTags } from './shared.js';

/** `@cc-select`, `@cc-render`, `@cc-error` as Vue sees them (listener props). */
export interface VueChartEvents<Row> {
  onCcSelect?: (event: ChartEventMap<Row>['cc-select']) => void;
  onCcRender?: (event: ChartEventMap<Row>['cc-render']) => void;
  onCcError?: (event: ChartEventMap<Row>['cc-error']) => void;
}

/** A custom element as a Vue component type: for template type-checking only. */
export type VueCustomElement<Element, Props> = new () => Element & {
  /** @deprecated For template type-checking only: not a property of the element. */
  $props: Omit<HTMLAttributes, keyof Props> & Props & AllowedComponentProps & VNodeProps;
};

export type VueChart<Tag extends keyof ChartTags> = VueCustomElement<
  ChartTags[Tag]['element'],
  ChartTags[Tag]['inputs'] & VueChartEvents<ChartTags[Tag]['row']>
>;

/** Every chart tag of ChartTags (types/attributes.d.ts, from the chart registry). */
type VueChartComponents = { [Tag in keyof ChartTags]: VueChart<Tag> };

declare module 'vue' {
  interface GlobalComponents {
    'cc-annotation': VueCustomElement<CcAnnotation, CcAnnotationInputs>;
  }
  // Every chart tag of ChartTags (types/attributes.d.ts, from the chart registry).
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the chart tags to Vue's own list
  interface GlobalComponents extends VueChartComponents {}
}
