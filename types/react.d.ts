// JSX typings for React 19: `import type {} from 'conflict-charts/react';` once in the app.
//
// React 19 sets a custom element's known properties as properties (so `data={rows}` passes the
// array itself) and turns an `on…` prop whose value is a function into an event listener for
// the name after `on`, case kept. The events are `cc-select`, `cc-render` and `cc-error`, so
// their props are `oncc-select`, `oncc-render` and `oncc-error`: `onCcSelect` would listen for
// an event named "CcSelect", which never fires, so it is typed `never` here to catch the slip.
import type { HTMLAttributes, Key, ReactNode, Ref } from 'react';
import type { CcAnnotation } from '../dist/index.js';
import type { CcAnnotationInputs, ChartEventMap, ChartTags } from './shared.js';

/** Event props of a chart element under React 19. */
export interface ReactChartEvents<Row> {
  /** A mark chosen by click or keyboard; `event.detail` is its `chartData` row. */
  'oncc-select'?: (event: ChartEventMap<Row>['cc-select']) => void;
  /** After each successful render; `event.detail` is `{chartData, skipped}`. */
  'oncc-render'?: (event: ChartEventMap<Row>['cc-render']) => void;
  /** On every failure to load, read or draw; `event.detail` is `{message}`. */
  'oncc-error'?: (event: ChartEventMap<Row>['cc-error']) => void;
  /** @deprecated Not an event prop: React 19 would listen for "CcSelect". Write `oncc-select`. */
  onCcSelect?: never;
  /** @deprecated Not an event prop: React 19 would listen for "CcRender". Write `oncc-render`. */
  onCcRender?: never;
  /** @deprecated Not an event prop: React 19 would listen for "CcError". Write `oncc-error`. */
  onCcError?: never;
}

interface ReactElementBasics<Element> {
  ref?: Ref<Element>;
  key?: Key | null;
  children?: ReactNode;
}

/** The props of `<Tag>` in JSX. */
export type ReactChartProps<Tag extends keyof ChartTags> = Omit<
  HTMLAttributes<ChartTags[Tag]['element']>,
  keyof ChartTags[Tag]['inputs'] | 'children'
> &
  ChartTags[Tag]['inputs'] &
  ReactChartEvents<ChartTags[Tag]['row']> &
  ReactElementBasics<ChartTags[Tag]['element']>;

export type ReactAnnotationProps = Omit<HTMLAttributes<CcAnnotation>, 'children'> &
  CcAnnotationInputs &
  ReactElementBasics<CcAnnotation>;

/** Every chart tag of ChartTags (types/attributes.d.ts, from the chart registry). */
type ReactChartElements = { [Tag in keyof ChartTags]: ReactChartProps<Tag> };

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'cc-annotation': ReactAnnotationProps;
    }
    // Every chart tag of ChartTags (types/attributes.d.ts, from the chart registry).
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- declaration merging adds the chart tags to JSX's own list
    interface IntrinsicElements extends ReactChartElements {}
  }
}
