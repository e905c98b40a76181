// Type tests for types/vue.d.ts: the props vue-tsc checks templates against.
import type { CcSelectEvent, TimelineRow } from 'conflict-charts';
import type { GlobalComponents } from 'vue';
import type {} from 'conflict-charts/vue';

type Props<Tag extends keyof GlobalComponents> = InstanceType<GlobalComponents[Tag]>['$props'];

export const right: Props<'attack-timeline'> = {
  data: [],
  interval: 'year',
  'group-by': 'actor',
  'date-field': 'event_date',
  class: 'chart',
  onCcSelect: (event: CcSelectEvent<TimelineRow>) => event.detail.period,
};
export const annotation: Props<'cc-annotation'> = { date: '2020-08-18' };

// @ts-expect-error: not an interval
export const badInterval: Props<'attack-timeline'> = { interval: 'fortnight' };
// @ts-expect-error: a comparison's cc-select carries a ComparisonRow, not a TimelineRow
export const badEvent: Props<'country-comparison'> = { onCcSelect: (event: CcSelectEvent<TimelineRow>) => event.detail.period };
