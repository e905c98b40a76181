import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TopLevelSpec } from 'vega-lite';
import { loadOnce } from '../util/load-once.js';

type EmbedModule = typeof import('vega-embed');
type EmbedResult = Awaited<ReturnType<EmbedModule['default']>>;
/** The Vega view a chart is drawn in. */
export type VegaView = EmbedResult['view'];

/** A Vega tooltip handler (see ShadowTooltip). */
export type TooltipHandler = (handler: unknown, event: MouseEvent | undefined, item: unknown, value: unknown) => void;

/**
 * Loads vega, vega-lite and vega-embed once, on first use, shared by every element: a CMS page
 * pays for them only when a chart is about to be drawn.
 */
export const loadVega = loadOnce(() =>
  Promise.all([import('vega-embed'), import('vega-interpreter')]).then(([embed, interpreter]) => ({
    embed: embed.default,
    expressionInterpreter: interpreter.expressionInterpreter,
  })),
);

/** The dataset Vega-Lite names a spec's top-level inline `data.values`. */
const ROWS_DATASET = 'source_0';

/**
 * A spec as text without its top-level rows: two specs with the same shape draw the same chart
 * of different rows, so the second can reuse the first one's view.
 */
export function specShape(spec: TopLevelSpec): string {
  const { data, ...rest } = spec as TopLevelSpec & { data?: Record<string, unknown> };
  return JSON.stringify([rest, data && { ...data, values: undefined }]);
}

export interface VegaViewOptions {
  /** Where the view draws its SVG or canvas. */
  container(): HTMLElement | null | undefined;
  /** Tooltips: shown in the element's shadow root, as text. */
  tooltip(): TooltipHandler | undefined;
  /** A mark was clicked: its datum. */
  select(datum: Record<string, unknown>): void;
  /** Named in downloads vega-embed makes. */
  name: string;
  /** The view was released (the element was removed, or drew nothing). */
  released(): void;
}

/**
 * The chart's Vega view: everything vega-embed does happens behind `draw(spec, rows)`, so a
 * change of renderer replaces this file only. A spec of the same shape as the one drawn only
 * swaps the rows in the view already drawn; another spec draws a new view and releases the old.
 * The view is finalized when the element is removed.
 */
export class VegaViewController implements ReactiveController {
  view?: VegaView;
  private drawn?: EmbedResult;
  /** The shape (see specShape) of the spec the view draws, and its renderer. */
  private shape?: string;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: VegaViewOptions,
  ) {
    host.addController(this);
  }

  hostDisconnected(): void {
    this.finalize();
  }

  /**
   * Draws `spec` with `rows` as its data, in the view already drawn when only the rows differ.
   * Resolves with the view, or undefined when `signal` aborted the draw (a newer one started).
   */
  async draw(
    spec: TopLevelSpec,
    rows: readonly object[],
    renderer: 'svg' | 'canvas',
    signal?: AbortSignal,
  ): Promise<VegaView | undefined> {
    const shape = `${renderer} ${specShape(spec)}`;
    if (this.view && shape === this.shape) {
      // Copies: Vega writes parsed dates into the rows it is given.
      await this.view
        .data(
          ROWS_DATASET,
          rows.map((row) => ({ ...row })),
        )
        .runAsync();
      return signal?.aborted ? undefined : this.view;
    }
    const vega = await loadVega();
    const container = this.options.container();
    if (signal?.aborted || !container) return undefined;
    const result = await vega.embed(container, structuredClone(spec) as never, {
      renderer,
      actions: false,
      ast: true,
      expr: vega.expressionInterpreter,
      tooltip: this.options.tooltip(),
      // vega-embed would inject a <style> element, which a strict style-src blocks.
      defaultStyle: false,
      downloadFileName: this.options.name,
    });
    if (signal?.aborted) {
      result.finalize();
      return undefined;
    }
    // vega-embed has already replaced the old SVG with the new one: release the old view only.
    this.drawn?.finalize();
    this.drawn = result;
    this.view = result.view;
    this.shape = shape;
    result.view.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null)?.datum;
      if (datum) this.options.select(datum);
    });
    return this.view;
  }

  /** Releases the view and takes its nodes apart. */
  finalize(): void {
    if (!this.drawn) return;
    this.drawn.finalize();
    // Vega's SVG renderer keeps the last node it styled in a module variable. Through its
    // scenegraph item (`__data__`) and its ancestors (whose listeners close over the view)
    // that node would keep the view, and the element, alive after removal: take every node
    // apart so the one Vega keeps reaches nothing.
    for (const node of this.options.container()?.querySelectorAll('*') ?? []) {
      delete (node as { __data__?: unknown }).__data__;
      node.remove();
    }
    this.drawn = this.view = this.shape = undefined;
    this.options.released();
  }
}
