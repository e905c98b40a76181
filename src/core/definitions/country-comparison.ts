import { oneOf } from '../../base/attribute-values.js';
import { comparisonSummary } from '../../a11y/summary.js';
import { aggregateCountries } from '../../data/aggregate.js';
import { renameGroups } from '../../data/rename-groups.js';
import type { ComparisonGroupBy, ComparisonRow } from '../../data/types.js';
import { countryComparisonSpec } from '../../specs/country-comparison-spec.js';
import { COMPARISON_GROUPINGS, type ChartDefinition } from '../chart-definitions.js';

/** How `<country-comparison>` counts, specifies and describes its chart (one module per chart, so an app
 * importing one element bundles no code of the others). */
export const countryComparisonDefinition: ChartDefinition = {
  needsCountry: () => true,
  aggregate(events, counting, o) {
    const groupBy: ComparisonGroupBy = oneOf('group-by', o.groupBy, COMPARISON_GROUPINGS, 'none');
    const rows = aggregateCountries(events, { ...counting, groupBy });
    return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
  },
  buildSpec(rows, context, o) {
    const s = context.locale.strings;
    const groupBy = oneOf('group-by', o.groupBy, COMPARISON_GROUPINGS, 'none');
    return countryComparisonSpec(rows as ComparisonRow[], {
      ...context,
      highlight: o.highlight,
      groupTitle: groupBy === 'actor' ? s.actor : s.eventType,
    });
  },
  summarize: (rows, measureLabel, locale) => comparisonSummary(rows as ComparisonRow[], { measureLabel, locale }),
};
