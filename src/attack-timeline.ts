export { AttackTimeline } from './components/attack-timeline/attack-timeline.js';
export type { TimelineAnnotation, TimelineMark } from './specs/attack-timeline-spec.js';
export type * from './public-types.js';
