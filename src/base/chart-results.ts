import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import type { VegaSpec, VegaView } from '../controllers/vega-view-controller.js';
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
