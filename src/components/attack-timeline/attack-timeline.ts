import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { ChartElement, type CountingContext } from '../../base/chart-element.js';
import { jsonOf, oneOf } from '../../base/attribute-values.js';
import { defineElement } from '../../base/define.js';
import { aggregateTimeline } from '../../data/aggregate.js';
import { parseCalendarDate, formatDay, periodStart } from '../../data/dates.js';
import { DataError } from '../../data/errors.js';
import type { ConflictEvent, Interval, TimelineGroupBy, TimelineRow } from '../../data/types.js';
import type { ChartLocale } from '../../locale/types.js';
import {
  attackTimelineSpec,
  type TimelineAnnotation,
  type TimelineMark,
} from '../../specs/attack-timeline-spec.js';
import type { SpecContext } from '../../specs/common.js';
import { VERSION } from '../../version.js';

const INTERVALS = ['day', 'week', 'month', 'quarter', 'year'] as const;
const GROUPINGS = ['none', 'actor', 'country', 'event-type'] as const;
const MARKS = ['bar', 'line', 'area'] as const;

/**
 * Events or fatalities over time, by day, week, month, quarter or year, optionally split by
 * actor, country or event type, with dated annotations (a coup, a withdrawal).
 *
 * ```html
 * <attack-timeline src="ucdp_ged_nigeria_2017-2019.csv" group-by="actor" interval="quarter"></attack-timeline>
 * ```
 *
 * @summary Events or fatalities over time from ACLED, UCDP GED or any event table.
 * @tagname attack-timeline
 *
 * @prop {TimelineRow[]} chartData - The rows drawn: `{period, group?, value}`, `period` the bin start as `YYYY-MM-DD`; periods with no events have value 0.
 * @fires {CcSelectEvent} cc-select - A period chosen by click or keyboard; `detail` is its `chartData` row.
 */
export class AttackTimeline extends ChartElement<TimelineRow> {
  /** Width of each period: `day`, `week` (ISO, from Monday), `month` (default), `quarter` or `year`. */
  @property() interval: Interval = 'month';
  /** Split the counts into series: `none` (default), `actor`, `country` or `event-type`. */
  @property({ attribute: 'group-by' }) groupBy: TimelineGroupBy = 'none';
  /** `bar` (default, stacked when grouped), `line` or `area`. */
  @property() mark: TimelineMark = 'bar';
  /** Dated notes `[{date, label}]` drawn as labelled rules (JSON in the attribute). */
  @property() annotations?: TimelineAnnotation[] | string;

  protected override needsCountry(): boolean {
    return this.groupBy === 'country' || super.needsCountry();
  }

  protected override aggregate(events: ConflictEvent[], counting: CountingContext): TimelineRow[] {
    return aggregateTimeline(events, {
      ...counting,
      interval: oneOf('interval', this.interval, INTERVALS, 'month'),
      groupBy: oneOf('group-by', this.groupBy, GROUPINGS, 'none'),
    });
  }

  protected override buildSpec(rows: TimelineRow[], context: SpecContext): TopLevelSpec {
    const s = context.locale.strings;
    const groupBy = oneOf('group-by', this.groupBy, GROUPINGS, 'none');
    return attackTimelineSpec(rows, {
      ...context,
      height: context.height ?? 300,
      interval: oneOf('interval', this.interval, INTERVALS, 'month'),
      mark: oneOf('mark', this.mark, MARKS, 'bar'),
      groupTitle: groupBy === 'country' ? s.country : groupBy === 'event-type' ? s.eventType : s.actor,
      annotations: readAnnotations(jsonOf<TimelineAnnotation[]>('annotations', this.annotations)),
    });
  }

  protected override describeRow(row: TimelineRow, locale: ChartLocale): string {
    const group = row.group ? `${row.group}, ` : '';
    return `${row.period}: ${group}${row.value.toLocaleString(locale.code)}`;
  }
}

function readAnnotations(list: TimelineAnnotation[] | undefined): TimelineAnnotation[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new DataError('annotations must be a list of {date, label}.');
  return list.map(({ date, label }) => {
    const parsed = parseCalendarDate(date);
    if (!parsed) throw new DataError(`The annotation date "${date}" is not a date; write it as 2020-08-18.`);
    return { date: formatDay(periodStart(parsed)), label: String(label ?? '') };
  });
}

defineElement('attack-timeline', AttackTimeline, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'attack-timeline': AttackTimeline;
  }
}
