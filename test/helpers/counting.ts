import type { AggregateOptions } from '../../src/data/types.js';

/** The counting options the data tests start from: events, no filters, the top 8 and "Other". */
export const COUNTING: AggregateOptions = {
  measure: 'events',
  filters: {},
  aliases: {},
  actorRole: 'any',
  includeCivilians: false,
  top: 8,
  otherLabel: 'Other',
};
