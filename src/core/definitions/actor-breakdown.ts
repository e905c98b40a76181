import { oneOf } from '../../base/attribute-values.js';
import { breakdownSummary } from '../../a11y/summary.js';
import { aggregateActors } from '../../data/aggregate.js';
import { renameGroups } from '../../data/rename-groups.js';
import type { BreakdownGroupBy, BreakdownRow } from '../../data/types.js';
import { actorBreakdownSpec } from '../../specs/actor-breakdown-spec.js';
import { BREAKDOWN_GROUPINGS, hasCountryFilter, type ChartDefinition } from '../chart-definitions.js';

/** How `<actor-breakdown>` counts, specifies and describes its chart (one module per chart, so an app
 * importing one element bundles no code of the others). */
export const actorBreakdownDefinition: ChartDefinition = {
  needsCountry: (o) => oneOf('group-by', o.groupBy, BREAKDOWN_GROUPINGS, 'none') === 'country' || hasCountryFilter(o),
  aggregate(events, counting, o) {
    const groupBy: BreakdownGroupBy = oneOf('group-by', o.groupBy, BREAKDOWN_GROUPINGS, 'none');
    const rows = aggregateActors(events, { ...counting, groupBy });
    return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
  },
  buildSpec(rows, context, o) {
    const s = context.locale.strings;
    const groupBy = oneOf('group-by', o.groupBy, BREAKDOWN_GROUPINGS, 'none');
    return actorBreakdownSpec(rows as BreakdownRow[], { ...context, groupTitle: groupBy === 'country' ? s.country : s.eventType });
  },
  summarize: (rows, measureLabel, locale) => breakdownSummary(rows as BreakdownRow[], { measureLabel, locale }),
};
