export { ActorBreakdown } from './components/actor-breakdown/actor-breakdown.js';
export type * from './public-types.js';
