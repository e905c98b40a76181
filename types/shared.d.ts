// The properties and events of the three chart elements, as the framework typings use them
// (types/react.d.ts, types/vue.d.ts, types/svelte.d.ts). Derived from the element classes, so
// they follow the elements' own declarations.
import type {
  ActorBreakdown,
  AttackTimeline,
  BreakdownRow,
  CcErrorEvent,
  CcRenderEvent,
  CcSelectEvent,
  ComparisonRow,
  CountryComparison,
  TimelineRow,
} from '../dist/index.js';

/** Inputs every chart element has: set as properties (camelCase) or attributes (kebab-case). */
export type CommonInputs =
  | 'src'
  | 'data'
  | 'format'
  | 'dateField'
  | 'countryField'
  | 'actorField'
  | 'typeField'
  | 'fatalitiesField'
  | 'valueField'
  | 'timeout'
  | 'maxRows'
  | 'measure'
  | 'measureLabel'
  | 'from'
  | 'to'
  | 'countries'
  | 'actors'
  | 'eventTypes'
  | 'actorRole'
  | 'includeCivilians'
  | 'top'
  | 'aliases'
  | 'heading'
  | 'description'
  | 'source'
  | 'note'
  | 'accessed'
  | 'colors'
  | 'summary'
  | 'locale'
  | 'theme'
  | 'height'
  | 'renderer';

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

export type AttackTimelineInputs = Inputs<AttackTimeline, CommonInputs | 'interval' | 'groupBy' | 'mark' | 'annotations'>;
export type CountryComparisonInputs = Inputs<CountryComparison, CommonInputs | 'groupBy' | 'highlight'>;
export type ActorBreakdownInputs = Inputs<ActorBreakdown, CommonInputs | 'groupBy'>;

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

/** Tag name → element class, inputs and `chartData` row. */
export interface ChartTags {
  'attack-timeline': { element: AttackTimeline; inputs: AttackTimelineInputs; row: TimelineRow };
  'country-comparison': { element: CountryComparison; inputs: CountryComparisonInputs; row: ComparisonRow };
  'actor-breakdown': { element: ActorBreakdown; inputs: ActorBreakdownInputs; row: BreakdownRow };
}
