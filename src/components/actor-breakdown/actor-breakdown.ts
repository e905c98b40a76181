import { property } from 'lit/decorators.js';
import { ChartElement } from '../../base/chart-element.js';
import { defineElement } from '../../base/define.js';
import type { BreakdownGroupBy, BreakdownRow } from '../../data/types.js';
import { VERSION } from '../../version.js';

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

  protected override loadDefinition() {
    return import('../../charts/actor-breakdown.js').then((module) => module.actorBreakdownDefinition);
  }
}

defineElement('actor-breakdown', ActorBreakdown, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'actor-breakdown': ActorBreakdown;
  }
}
