// Everything: the four elements (registered on import), their types, and the pure
// functions behind them for apps that aggregate or build specs themselves.
export { AttackTimeline } from './components/attack-timeline/attack-timeline.js';
export { CountryComparison } from './components/country-comparison/country-comparison.js';
export { ActorBreakdown } from './components/actor-breakdown/actor-breakdown.js';
export { ConflictMap } from './components/conflict-map/conflict-map.js';
export { ChartElement } from './base/chart-element.js';
export { CcRenderEvent, CcErrorEvent, CcSelectEvent } from './events/events.js';
export { attackTimelineSpec } from './specs/attack-timeline-spec.js';
export { countryComparisonSpec } from './specs/country-comparison-spec.js';
export { actorBreakdownSpec } from './specs/actor-breakdown-spec.js';
export { conflictMapSpec } from './specs/conflict-map-spec.js';
export { aggregateTimeline, aggregateCountries, aggregateActors } from './data/aggregate.js';
export { aggregateLocations } from './data/locations.js';
export { aggregateMapCountries } from './data/map-countries.js';
export { normalizeRows } from './data/normalize.js';
export { parseTable } from './data/parse-table.js';
export { DEFAULT_ALIASES } from './data/aliases.js';
export { registerLocale, en, fr } from './locale/index.js';
export { VERSION } from './version.js';
export type * from './public-types.js';
export type { TimelineAnnotation, TimelineMark } from './specs/attack-timeline-spec.js';
export type { MapGroupBy, MapMark } from './options/values.js';
export type { ChartLocale } from './locale/index.js';
export { CcAnnotation } from './components/cc-annotation/cc-annotation.js';
