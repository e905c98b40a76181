import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { ChartElement, type CountingContext } from '../../base/chart-element.js';
import { oneOf } from '../../base/attribute-values.js';
import { defineElement } from '../../base/define.js';
import { aggregateActors } from '../../data/aggregate.js';
import type { BreakdownGroupBy, BreakdownRow, ConflictEvent } from '../../data/types.js';
import type { ChartLocale } from '../../locale/types.js';
import type { SpecContext } from '../../specs/common.js';
import { actorBreakdownSpec } from '../../specs/actor-breakdown-spec.js';
import { VERSION } from '../../version.js';

const GROUPINGS = ['none', 'event-type', 'country'] as const;

/**
 * Who does what: each actor's share of the events (or fatalities) left after filters, with
 * the smaller actors summed into "Other" and ACLED's long names shortened by aliases.
 *
 * ```html
 * <actor-breakdown src="ucdp_ged_nigeria_2017-2019.csv" group-by="event-type" top="6"></actor-breakdown>
 * ```
 *
 * @summary Share of events or fatalities by actor, with aliases and an "Other" bucket.
 * @tagname actor-breakdown
 *
 * @prop {BreakdownRow[]} chartData - The rows drawn: `{actor, group?, value, share}`, `share` a fraction (0–1) of the distinct events left after filters.
 * @fires {CcSelectEvent} cc-select - A bar chosen by click or keyboard; `detail` is its `chartData` row.
 */
export class ActorBreakdown extends ChartElement<BreakdownRow> {
  /** Stack each actor's bar by `event-type` or `country`; `none` (default) draws one bar per actor. */
  @property({ attribute: 'group-by' }) groupBy: BreakdownGroupBy = 'none';

  protected override needsCountry(): boolean {
    return this.groupBy === 'country' || super.needsCountry();
  }

  protected override aggregate(events: ConflictEvent[], counting: CountingContext): BreakdownRow[] {
    return aggregateActors(events, { ...counting, groupBy: oneOf('group-by', this.groupBy, GROUPINGS, 'none') });
  }

  protected override buildSpec(rows: BreakdownRow[], context: SpecContext): TopLevelSpec {
    const s = context.locale.strings;
    const groupBy = oneOf('group-by', this.groupBy, GROUPINGS, 'none');
    return actorBreakdownSpec(rows, { ...context, groupTitle: groupBy === 'country' ? s.country : s.eventType });
  }

  protected override describeRow(row: BreakdownRow, locale: ChartLocale): string {
    const group = row.group ? `, ${row.group}` : '';
    const share = (row.share * 100).toLocaleString(locale.code, { maximumFractionDigits: 1 });
    return `${row.actor}${group}: ${row.value.toLocaleString(locale.code)} (${share} %)`;
  }
}

defineElement('actor-breakdown', ActorBreakdown, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'actor-breakdown': ActorBreakdown;
  }
}
