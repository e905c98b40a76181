import { jsonOf, oneOf } from '../../base/attribute-values.js';
import { aggregateTimeline } from '../../data/aggregate.js';
import { markPartialPeriod } from '../../data/partial-period.js';
import { renameGroups } from '../../data/rename-groups.js';
import type { TimelineRow } from '../../data/types.js';
import { attackTimelineSpec, type TimelineAnnotation } from '../../specs/attack-timeline-spec.js';
import {
  MARKS,
  hasCountryFilter,
  readAnnotations,
  timelineGroupBy,
  timelineInterval,
  timelineSummaryWithNotes,
  type ChartDefinition,
} from '../chart-definitions.js';

/** How `<attack-timeline>` counts, specifies and describes its chart (one module per chart, so an app
 * importing one element bundles no code of the others). */
export const attackTimelineDefinition: ChartDefinition = {
  needsCountry: (o) => timelineGroupBy(o) === 'country' || hasCountryFilter(o),
  aggregate(events, counting, o) {
    const groupBy = timelineGroupBy(o);
    const interval = timelineInterval(o);
    const rows = markPartialPeriod(aggregateTimeline(events, { ...counting, interval, groupBy }), events, interval, counting.filters.to);
    return groupBy === 'event-type' ? renameGroups(rows, counting.eventTypeNames) : rows;
  },
  buildSpec(rows, context, o) {
    const s = context.locale.strings;
    const groupBy = timelineGroupBy(o);
    return attackTimelineSpec(rows as TimelineRow[], {
      ...context,
      height: context.height ?? 300,
      interval: timelineInterval(o),
      mark: oneOf('mark', o.mark, MARKS, 'bar'),
      groupTitle: groupBy === 'country' ? s.country : groupBy === 'event-type' ? s.eventType : s.actor,
      annotations: readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', o.annotations)),
    });
  },
  summarize: (rows, measureLabel, locale, o) => timelineSummaryWithNotes(rows as TimelineRow[], measureLabel, locale, o),
};
