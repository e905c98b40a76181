// The properties and events of the chart elements, as the framework typings use them
// (types/react.d.ts, types/vue.d.ts, types/svelte.d.ts): the input names come from the options
// table (types/attributes.d.ts, generated), their types from the element classes.
import type { CcErrorEvent, CcRenderEvent, CcSelectEvent } from '../dist/index.js';

export type {
  ActorBreakdownInputs,
  AttackTimelineInputs,
  ChartTags,
  CommonInputs,
  CountryComparisonInputs,
} from './attributes.js';

/** `groupBy` → `group-by`. */
export type Kebab<S extends string> = S extends `${infer Head}${infer Tail}`
  ? `${Head extends Lowercase<Head> ? Head : `-${Lowercase<Head>}`}${Kebab<Tail>}`
  : S;

/** An attribute's value: one of a property's allowed strings, or text for numbers and flags. */
type AttributeValue<T> = [Extract<T, string>] extends [never] ? string | number | boolean : Extract<T, string>;

/** Camel-case properties plus the kebab-case attribute of each multi-word one (`groupBy`, `group-by`). */
export type Inputs<Element, Keys extends keyof Element & string> = Partial<Pick<Element, Keys>> & {
  [K in Keys as Kebab<K> extends K ? never : Kebab<K>]?: AttributeValue<Element[K]>;
};

/** The attributes of `<cc-annotation>`; its text is the label. */
export interface CcAnnotationInputs {
  /** The day of a one-day event, e.g. `2020-08-18`. */
  date?: string;
  /** Start of a span. */
  from?: string;
  /** End of a span (inclusive). */
  to?: string;
}

/** The events one element fires, by name. */
export interface ChartEventMap<Row> {
  'cc-select': CcSelectEvent<Row>;
  'cc-render': CcRenderEvent<Row>;
  'cc-error': CcErrorEvent;
}
