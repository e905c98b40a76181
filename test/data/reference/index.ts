/*
 * The reference the fast paths (src/data/normalize.ts, aggregate.ts, partial-period.ts) are
 * checked against in fast-paths.test.ts: written from the documented rules (the README's
 * "Counting rules" and "Data formats read", ../shared/docs/data-formats.md), one object per
 * event, Maps of names, dates by regular expression and UTC Date arithmetic. It imports nothing
 * from src/data/ or src/util/ (types and DataError only), so a mistake in shared code cannot
 * hide by being on both sides. Not shipped; slow on purpose.
 */
export { referenceNormalizeRows, type ReferenceNormalizeResult } from './read-rows.js';
export { referenceTimeline } from './timeline.js';
export { referenceCountries, referenceActors } from './bars.js';
export { referencePartialPeriod } from './partial-period.js';
export { filterEvents } from './events.js';
export { readDate, readNumber } from './cells.js';
