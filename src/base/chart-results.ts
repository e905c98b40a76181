import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import type { VegaSpec, VegaView } from '../controllers/vega-view-controller.js';
import type { ChangeSinceLast } from '../data/change-since-last.js';
import type { SkippedRecord } from '../data/types.js';
import type { CustomizeSpec } from '../options/chart-options.js';
import type { ChartStatus } from '../options/values.js';
import { ChartAttributes } from './chart-attributes.js';

/**
 * The public properties of a chart element that no attribute sets: what the last run produced
 * (results, listed in RESULT_PROPERTIES) and the app's hook over the spec.
 */
export abstract class ChartResults<Row extends object> extends ChartAttributes {
  /**
   * `loading`, `waiting` (read, to be drawn near the viewport), `ready`, `empty` or `error`;
   * reflected as an attribute for styling.
   */
  @property({ reflect: true }) status: ChartStatus = 'loading';
  /** The message shown when `status` is `error`. */
  error = '';
  /** The aggregated rows drawn: plain objects, exactly the spec's `data.values`. */
  chartData: Row[] = [];
  /** Records that could not be used, with the reason: `{record, reason}` (1-based records). */
  skipped: SkippedRecord[] = [];
  /**
   * The change since the last period, as the summary says it, as data: `{interval, last: {period,
   * value}, previous: {period, value} | null, partialLeftOut?, firstInRange: [{name, period}]}`.
   * Periods are bin starts (`YYYY-MM-DD`) of the timeline's `interval`, or of months for the bar
   * charts; a last period the data does not cover to its end is `partialLeftOut`, not `last`.
   * `firstInRange` lists each series (grouped timeline), country or actor whose first period
   * with a value is not the range's first. Set with the summary, just after the chart is drawn
   * (`settled` waits for it); null before, when empty or failed, or with no full period.
   */
  change: ChangeSinceLast | null = null;
  /** The Vega-Lite spec last rendered, after `spec-patch` and `customizeSpec`. */
  spec?: TopLevelSpec;
  /** The Vega spec last drawn: `spec` compiled by Vega-Lite. */
  vegaSpec?: VegaSpec;
  /** The Vega view last rendered. */
  view?: VegaView;
  /**
   * An app's hook for what no attribute covers (axis formats, an extra layer, config): called
   * before each draw with a copy of the Vega-Lite spec (after `spec-patch`), it returns the spec
   * to draw. A property only; a new function draws again.
   */
  @property({ attribute: false }) customizeSpec?: CustomizeSpec;
}
