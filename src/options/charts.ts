/** One chart element: where its code lives and what it is called. */
export interface ChartRegistration {
  readonly tag: string;
  /** The element class: `AttackTimeline`. */
  readonly className: string;
  /** The package entry (`conflict-charts/attack-timeline`): `src/<entry>.ts` → `dist/<entry>.js`. */
  readonly entry: string;
  /** The element's module, under src/. */
  readonly element: string;
  /** Its counting, spec and description (src/charts/), loaded with the drawing code. */
  readonly definition: string;
  /** The type of one `chartData` row. */
  readonly row: string;
  /** Its Storybook title and README heading. */
  readonly title: string;
  /**
   * How its drawing's height is known before it is drawn: it fills a fixed box (`periods`), or
   * grows with its bars (`bars`). Decides the box it keeps while loading.
   */
  readonly layout: 'periods' | 'bars' | 'map';
}

/** The height of a map without a `height` attribute, in CSS pixels: it is fitted inside this box. */
export const MAP_HEIGHT = 400;

/**
 * Every chart element, once. The CLI, the embed page, the stories, the typings, the rollup
 * inputs and the package's exports read or are checked against this list (test/options/).
 */
export const CHARTS = [
  {
    tag: 'attack-timeline',
    className: 'AttackTimeline',
    entry: 'attack-timeline',
    element: 'components/attack-timeline/attack-timeline',
    definition: 'charts/attack-timeline',
    row: 'TimelineRow',
    title: 'Attack timeline',
    layout: 'periods',
  },
  {
    tag: 'country-comparison',
    className: 'CountryComparison',
    entry: 'country-comparison',
    element: 'components/country-comparison/country-comparison',
    definition: 'charts/country-comparison',
    row: 'ComparisonRow',
    title: 'Country comparison',
    layout: 'bars',
  },
  {
    tag: 'actor-breakdown',
    className: 'ActorBreakdown',
    entry: 'actor-breakdown',
    element: 'components/actor-breakdown/actor-breakdown',
    definition: 'charts/actor-breakdown',
    row: 'BreakdownRow',
    title: 'Actor breakdown',
    layout: 'bars',
  },
  {
    tag: 'conflict-map',
    className: 'ConflictMap',
    entry: 'conflict-map',
    element: 'components/conflict-map/conflict-map',
    definition: 'charts/conflict-map',
    row: 'MapRow',
    title: 'Conflict map',
    layout: 'map',
  },
] as const satisfies readonly ChartRegistration[];

export type ChartTag = (typeof CHARTS)[number]['tag'];

/** A tuple of the registrations' tags, in their order (so `CHART_TAGS` stays a tuple type). */
type TagsOf<Charts extends readonly { tag: string }[]> = { readonly [Index in keyof Charts]: Charts[Index]['tag'] };

/** The chart elements' tags, in the order the docs, the CLI and the stories list them. */
// `map` loses the tuple's shape; the mapped type gives it back.
export const CHART_TAGS = CHARTS.map((chart) => chart.tag) as unknown as TagsOf<typeof CHARTS>;

/** The registration of one chart. */
export function chartOf(tag: ChartTag): (typeof CHARTS)[number] {
  return CHARTS.find((chart) => chart.tag === tag)!;
}
