import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { ChartDefinition } from '../charts/definition.js';
import type { PreparedChart } from '../charts/prepare.js';
import type { ChangeSinceLast } from '../data/change-since-last.js';
import type { ResolvedOptions } from '../options/resolve.js';

/** What the data table shows: the rows drawn, described by the definition that drew them. */
export interface Description<Row extends object> {
  rows: readonly Row[];
  definition: ChartDefinition<Row>;
  options: ResolvedOptions;
  measureLabel: string;
  /** The chart in words, generated ('' when it could not be). */
  summary: string;
  /** The change since the last period, as data (null when there is none or it could not be counted). */
  change: ChangeSinceLast | null;
}

/**
 * The chart in words and its data table, written one painted frame after the chart is drawn:
 * both are for screen readers (and "Show data"), and building a table of hundreds of formatted
 * rows, or the page's first Intl number format, would otherwise hold up the chart's first paint.
 */
export class DescriptionController<Row extends object> implements ReactiveController {
  /** The latest description, for the drawing it was made for. */
  value?: Description<Row>;
  private latest?: object;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Told each new description (the element copies its `change`). */
    private readonly described?: (description: Description<Row>) => void,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.latest = undefined;
  }

  /** Describes `chart` after the next paint, unless another chart was drawn meanwhile. */
  async describe(chart: PreparedChart<Row>, definition: ChartDefinition<Row>, options: ResolvedOptions): Promise<void> {
    this.latest = chart;
    await afterNextPaint();
    if (this.latest !== chart) return;
    let summary = '';
    let change: ChangeSinceLast | null = null;
    try {
      summary = chart.describe();
      change = chart.change();
    } catch {
      // No summary rather than no chart: the data table still describes it.
    }
    this.value = { rows: chart.rows, definition, options, measureLabel: chart.context.measureLabel, summary, change };
    this.described?.(this.value);
    this.host.requestUpdate();
  }
}

/** Resolves after the next frame is painted (or soon, in a page that gets no frames). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });
}
