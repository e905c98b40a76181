export { ConflictMap } from './components/conflict-map/conflict-map.js';
export type { MapGroupBy, MapMark } from './options/values.js';
export type * from './public-types.js';
