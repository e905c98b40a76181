import { property } from 'lit/decorators.js';
import { ChartElement } from '../../base/chart-element.js';
import { defineElement } from '../../base/define.js';
import type { TimelineAnnotation } from '../../options/chart-options.js';
import type { Interval, TimelineGroupBy, TimelineMark, Uncertainty } from '../../options/values.js';
import type { TimelineRow } from '../../data/types.js';
import { VERSION } from '../../version.js';
import '../cc-annotation/cc-annotation.js';

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
 * @prop {TimelineRow[]} chartData - The rows drawn: `{period, group?, value}`, `period` the bin start as `YYYY-MM-DD`; periods with no events have value 0; with `uncertainty="band"`, `low` and `high` too.
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
  /**
   * `band`: the range of fatalities from the low to the high estimate around the best one (UCDP
   * `low`, `best`, `high`), a shaded band under a line or area, an error bar on each bar; with `measure="fatalities"`, one series or lines (`mark="line"`) only.
   */
  @property() uncertainty: Uncertainty = 'none';
  /** The column of low fatality estimates, for `uncertainty="band"` (UCDP GED: `low`). */
  @property({ attribute: 'low-field' }) lowField?: string;
  /** The column of high fatality estimates, for `uncertainty="band"` (UCDP GED: `high`). */
  @property({ attribute: 'high-field' }) highField?: string;

  protected override loadDefinition() {
    return import('../../charts/attack-timeline.js').then((module) => module.attackTimelineDefinition);
  }

  /** `<cc-annotation>` children, drawn after the `annotations` attribute's notes. */
  protected override childAnnotations(): Partial<TimelineAnnotation>[] {
    return Array.from(this.querySelectorAll(':scope > cc-annotation'), (child) => ({
      date: child.getAttribute('date') ?? undefined,
      from: child.getAttribute('from') ?? undefined,
      to: child.getAttribute('to') ?? undefined,
      label: (child.textContent ?? '').trim(),
    }));
  }
}

defineElement('attack-timeline', AttackTimeline, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'attack-timeline': AttackTimeline;
  }
}
