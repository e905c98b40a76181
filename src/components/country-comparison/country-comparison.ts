import { property } from 'lit/decorators.js';
import { ChartElement } from '../../base/chart-element.js';
import { defineElement } from '../../base/define.js';
import type { ComparisonGroupBy, ComparisonRow } from '../../data/types.js';
import type { CompareOption, Uncertainty } from '../../options/values.js';
import { VERSION } from '../../version.js';

/**
 * Countries side by side: one bar per country, largest first, optionally stacked by event
 * type or actor, with one country in the accent colour.
 *
 * ```html
 * <country-comparison src="jnim_claims_cep_2025.csv" date-field="month" value-field="claimed_attacks"
 *   from="2025-07" to="2025-07" highlight="Burkina Faso"></country-comparison>
 * ```
 *
 * @summary Countries side by side: events or fatalities per country.
 * @tagname country-comparison
 *
 * @prop {ComparisonRow[]} chartData - The rows drawn: `{country, group?, value}`; with `uncertainty="band"`, `low` and `high` too; with `compare="previous"`, `previous`.
 * @fires {CcSelectEvent} cc-select - A bar chosen by click or keyboard; `detail` is its `chartData` row.
 */
export class CountryComparison extends ChartElement<ComparisonRow> {
  /** Stack each bar by `event-type` or `actor`; `none` (default) draws one bar per country. */
  @property({ attribute: 'group-by' }) groupBy: ComparisonGroupBy = 'none';
  /** A country drawn in the accent colour. */
  @property() highlight?: string;
  /**
   * `previous`: beside each country's bar, its count in the period of the same length just
   * before `from`–`to` (July → June, Q3 → Q2); ungrouped bars only.
   */
  @property() compare: CompareOption = 'none';
  /**
   * `band`: the range of fatalities from the low to the high estimate around the best one (UCDP
   * `low`, `best`, `high`), an error bar on each bar; with `measure="fatalities"`, ungrouped only.
   */
  @property() uncertainty: Uncertainty = 'none';
  /** The column of low fatality estimates, for `uncertainty="band"` (UCDP GED: `low`). */
  @property({ attribute: 'low-field' }) lowField?: string;
  /** The column of high fatality estimates, for `uncertainty="band"` (UCDP GED: `high`). */
  @property({ attribute: 'high-field' }) highField?: string;

  protected override loadDefinition() {
    return import('../../charts/country-comparison.js').then((module) => module.countryComparisonDefinition);
  }
}

defineElement('country-comparison', CountryComparison, VERSION);

declare global {
  interface HTMLElementTagNameMap {
    'country-comparison': CountryComparison;
  }
}
