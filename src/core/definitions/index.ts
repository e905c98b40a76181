import type { ChartDefinition, ChartKind } from '../chart-definitions.js';
import { actorBreakdownDefinition } from './actor-breakdown.js';
import { attackTimelineDefinition } from './attack-timeline.js';
import { countryComparisonDefinition } from './country-comparison.js';

/** Every chart by tag name, for callers that draw any of them (the CLI). */
export const DEFINITIONS: Record<ChartKind, ChartDefinition> = {
  'attack-timeline': attackTimelineDefinition,
  'country-comparison': countryComparisonDefinition,
  'actor-breakdown': actorBreakdownDefinition,
};
