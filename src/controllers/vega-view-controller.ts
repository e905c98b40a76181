import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { yieldToPage } from '../data/yield.js';
import { loadOnce } from '../util/load-once.js';

type VegaRuntime = typeof import('./vega-runtime.js');
/** The Vega view a chart is drawn in. */
export type VegaView = InstanceType<VegaRuntime['View']>;
/** A Vega spec: as a chart's builder writes it, or as Vega-Lite compiles a customized one. */
export type VegaSpec = Spec;

/** A Vega tooltip handler (see ShadowTooltip). */
export type TooltipHandler = (handler: unknown, event: MouseEvent | undefined, item: unknown, value: unknown) => void;

/**
 * Loads vega and vega-interpreter once, on first use, shared by every element: a CMS page pays
 * for them only when a chart is about to be drawn.
 */
export const loadVega = loadOnce(() => import('./vega-runtime.js'));

/** Loads Vega-Lite's compiler once, for the first chart whose Vega-Lite spec was customized. */
export const loadVegaLite = loadOnce(() => import('./vega-lite-runtime.js'));

export interface VegaViewOptions {
  /** Where the view draws its SVG or canvas. */
  container(): HTMLElement | null | undefined;
  /** Tooltips: shown in the element's shadow root, as text. */
  tooltip(): TooltipHandler | undefined;
  /** A mark was clicked: its datum. */
  select(datum: Record<string, unknown>): void;
  /** The chart's name (its id or tag), for what it makes that needs a name. */
  name: string;
  /** The view was released (the element was removed, or drew nothing). */
  released(): void;
}

/**
 * The chart's Vega view: compiling, parsing and drawing happen behind `draw(spec, rows)`, so a
 * change of renderer replaces this file only. A spec of the same shape as the one drawn only
 * swaps the rows in the view already drawn; another spec draws a new view and releases the old.
 * The view is finalized when the element is removed.
 */
export class VegaViewController implements ReactiveController {
  view?: VegaView;
  /** The Vega spec the view draws. */
  vegaSpec?: VegaSpec;
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
   * Draws `rows` as `vegaSpec` says, or, without one, as the Vega-Lite `spec` compiles (Vega-Lite
   * is then loaded first), in the view already drawn when only the rows differ. Resolves with
   * the view, or undefined when `signal` aborted the draw (a newer one started).
   */
  async draw(
    spec: TopLevelSpec,
    rows: readonly object[],
    renderer: 'svg' | 'canvas',
    signal?: AbortSignal,
    vegaSpec?: VegaSpec,
  ): Promise<VegaView | undefined> {
    const [vega, compiler] = await Promise.all([loadVega(), vegaSpec ? undefined : loadVegaLite()]);
    const shape = `${renderer} ${vega.specShape(vegaSpec ?? spec)}`;
    if (this.view && shape === this.shape) {
      if (signal?.aborted) return undefined;
      vega.swapValues(this.view, this.vegaSpec, vegaSpec, rows);
      if (vegaSpec) this.vegaSpec = vegaSpec;
      // Lay the chart out again, from the spec's size as a new view does: new values change the
      // room its axes, legend and notes take, and Vega fits a view to its size only when it
      // starts or is told to (a fit from the last fitted size can settle elsewhere).
      const { width, height } = this.vegaSpec as { width?: unknown; height?: unknown };
      if (typeof width === 'number') this.view.width(width);
      if (typeof height === 'number') this.view.height(height);
      await this.view.resize().runAsync();
      return signal?.aborted ? undefined : this.view;
    }
    const container = this.options.container();
    if (signal?.aborted || !container) return undefined;
    // Compiled and parsed before the container is touched: a spec that fails leaves the last
    // drawing in place. Between the steps the page may paint and answer input, so that no one
    // task holds it for the whole first draw.
    let compiled: VegaSpec;
    if (vegaSpec) compiled = vega.drawableSpec(vegaSpec, rows);
    else {
      compiled = compiler!.compile(structuredClone(spec) as never).spec;
      await yieldToPage();
      if (signal?.aborted) return undefined;
    }
    const runtime = vega.parse(compiled, {}, { ast: true });
    await yieldToPage();
    if (signal?.aborted) return undefined;
    const view = new vega.View(runtime, { renderer, expr: vega.expressionEvaluator as never });
    // The dataflow runs first, headless, and the drawing in a task of its own.
    await view.runAsync();
    await yieldToPage();
    if (signal?.aborted) {
      view.finalize();
      return undefined;
    }
    const tooltip = this.options.tooltip();
    if (tooltip) view.tooltip(tooltip as never);
    // An empty container, so the new view draws its own SVG rather than taking over the old one's.
    container.replaceChildren();
    await view.initialize(container).runAsync();
    if (signal?.aborted) {
      view.finalize();
      return undefined;
    }
    // The old view's SVG left the container above: release the old view only.
    this.view?.finalize();
    this.view = view;
    this.vegaSpec = vegaSpec ?? compiled;
    this.shape = shape;
    view.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null)?.datum;
      if (datum) this.options.select(datum);
    });
    return this.view;
  }

  /** Releases the view and takes its nodes apart. */
  finalize(): void {
    if (!this.view) return;
    this.view.finalize();
    // Vega's SVG renderer keeps the last node it styled in a module variable. Through its
    // scenegraph item (`__data__`) and its ancestors (whose listeners close over the view)
    // that node would keep the view, and the element, alive after removal: take every node
    // apart so the one Vega keeps reaches nothing.
    for (const node of this.options.container()?.querySelectorAll('*') ?? []) {
      delete (node as { __data__?: unknown }).__data__;
      node.remove();
    }
    this.view = this.vegaSpec = this.shape = undefined;
    this.options.released();
  }
}
