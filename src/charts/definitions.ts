import type { ChartTag } from '../options/values.js';
import { actorBreakdownDefinition } from './actor-breakdown.js';
import { attackTimelineDefinition } from './attack-timeline.js';
import { conflictMapDefinition } from './conflict-map.js';
import { countryComparisonDefinition } from './country-comparison.js';
import type { ChartDefinition } from './definition.js';

/**
 * Every chart's definition by tag, for callers that draw any of them (the CLI). An element
 * imports only its own, so an app importing one element bundles no code of the others.
 */
export const DEFINITIONS: Readonly<Record<ChartTag, ChartDefinition<object>>> = {
  'attack-timeline': attackTimelineDefinition,
  'country-comparison': countryComparisonDefinition,
  'actor-breakdown': actorBreakdownDefinition,
  'conflict-map': conflictMapDefinition as ChartDefinition<object>,
};
