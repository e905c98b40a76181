import { Task, TaskStatus } from '@lit/task';
import type { ReactiveController, ReactiveControllerHost, ReactiveElement } from 'lit';
import type { ChartDefinition } from '../charts/definition.js';
import type { PreparedChart } from '../charts/prepare.js';
import type { Table } from '../data/table.js';
import type { NormalizeResult } from '../data/types.js';
import type { ChartOptions, TimelineAnnotation } from '../options/chart-options.js';
import type { ResolvedOptions } from '../options/resolve.js';
import { yieldToPage } from '../data/yield.js';
import { formatNumber } from '../locale/format.js';
import { loadOnce } from '../util/load-once.js';
import type { DataSourceController } from './data-source-controller.js';
import type { LocaleController } from './locale-controller.js';
import type { SizeController } from './size-controller.js';
import type { ThemeController } from './theme-controller.js';
import { loadVega, type VegaViewController } from './vega-view-controller.js';
import type { ViewportController } from './viewport-controller.js';

/**
 * Loads the counting and drawing code once, on first use: a page pays for it only when a chart
 * is about to be drawn, together with the Vega chunk.
 */
export const loadDrawingCode = loadOnce(() => import('./drawing-chunk.js'));
export type DrawingCode = Awaited<ReturnType<typeof loadDrawingCode>>;

/** What a run of the chart task ended in. */
export type ChartOutcome<Row extends object> =
  | { status: 'waiting' }
  | { status: 'empty' | 'ready'; chart: PreparedChart<Row>; definition: ChartDefinition<Row>; options: ResolvedOptions };

/** What the controller reads from its element: every attribute, as chart options. */
export interface ChartHost extends ReactiveControllerHost, HTMLElement {
  readonly loading: string;
  /** Seconds to wait for a file. */
  readonly timeout: number;
}

/** What the element gives the controller, and hears from it. */
export interface ChartHooks<Row extends object> {
  /** The chart's definition, loaded with the drawing code. */
  definition(): Promise<ChartDefinition<Row>>;
  /** `<cc-annotation>` children, after the `annotations` attribute's notes. */
  childAnnotations(): Partial<TimelineAnnotation>[];
  /** The drawing code has arrived (the export menu, tooltip and keyboard reader come with it). */
  codeLoaded(code: DrawingCode): void;
  /** The rows were read into events (what was skipped is known). */
  eventsRead(normalized: NormalizeResult): void;
  /** The chart was counted and specified, before it is drawn. */
  prepared(chart: PreparedChart<Row>): void;
  /** The latest run finished: the chart waits, is empty, or is drawn. */
  settled(outcome: ChartOutcome<Row>): void;
  failed(error: unknown): void;
}

export interface ChartControllers {
  source: DataSourceController;
  viewport: ViewportController;
  theme: ThemeController;
  locale: LocaleController;
  size: SizeController;
  view: VegaViewController;
  /** Bumped when the element's children change (annotations). */
  childrenVersion(): number;
}

const inputsByClass = new WeakMap<object, PropertyKey[]>();

/**
 * The element's reactive properties that shape the chart: every attribute but those the data
 * task reads (`affects: source`) and those only rendered around the drawing (`affects: figure`),
 * as the class's generated `affects` says; never `status`, a result, nor internal state.
 */
function inputsOf(host: ReactiveControllerHost): PropertyKey[] {
  const type = host.constructor as typeof ReactiveElement & { affects?: Readonly<Record<string, string>> };
  let inputs = inputsByClass.get(type);
  if (!inputs) {
    const affects = type.affects ?? {};
    inputs = [...type.elementProperties]
      .filter(([name, options]) => !options.state && name !== 'status' && !['source', 'figure'].includes(affects[name as string]))
      .map(([name]) => name);
    inputsByClass.set(type, inputs);
  }
  return inputs;
}

/**
 * Counts, specifies and draws the chart as a `@lit/task` whose arguments are every attribute
 * that shapes it, the rows read, the width, theme and language, and whether it may be drawn yet
 * (lazy drawing): any change runs it again and a newer run aborts the older one, whose rows
 * reading stops between slices. The counting goes through `prepareChart`, the one pipeline the
 * CLI shares; the drawing through the Vega view controller.
 */
export class ChartController<Row extends object> implements ReactiveController {
  /** Its value is undefined after a run that had nothing to do (no rows yet, not yet placed, stopped). */
  readonly task: Task<unknown[], ChartOutcome<Row> | undefined>;
  /** The rows read into events for the current table and reading options, shared by runs. */
  private reading?: { table: Table; key: string; abort: AbortController; events: Promise<NormalizeResult> };

  constructor(
    private readonly host: ChartHost,
    private readonly controllers: ChartControllers,
    private readonly hooks: ChartHooks<Row>,
  ) {
    host.addController(this);
    this.task = new Task<unknown[], ChartOutcome<Row> | undefined>(host, {
      args: () => this.args(),
      task: (args, { signal }) => this.run(args[0] as Table | undefined, args[1] as string | undefined, signal),
      onComplete: (outcome) => outcome && hooks.settled(outcome),
      onError: (error) => hooks.failed(error),
    });
  }

  hostUpdate(): void {
    // Near the viewport (or eager): fetch the drawing code, the chart's definition and Vega now,
    // in parallel with the data, rather than one after another once the rows are read.
    if (this.prefetched || !this.host.isConnected) return;
    if (this.host.loading !== 'eager' && !this.controllers.viewport.reported) return;
    this.prefetched = true;
    for (const loading of [loadDrawingCode(), loadVega(), this.hooks.definition()]) loading.catch(() => undefined);
  }

  private prefetched = false;

  hostConnected(): void {
    // Removed and added again (a move, or React re-parenting): draw again from the rows read.
    if (this.interrupted || this.task.value) void this.task.run();
    this.interrupted = false;
  }

  hostDisconnected(): void {
    this.interrupted = this.task.status === TaskStatus.PENDING;
    this.task.abort();
    this.reading?.abort.abort();
    this.reading = undefined;
  }

  /** A run was under way when the element was removed. */
  private interrupted = false;

  /** Whether the chart may be drawn now: `draw`, `wait` (far below the fold) or `unknown` (not yet placed). */
  private gate(): 'draw' | 'wait' | 'unknown' {
    const { theme, viewport, view } = this.controllers;
    if (this.host.loading === 'eager' || theme.printing || view.view) return 'draw';
    const near = viewport.isNear();
    return near === undefined ? 'unknown' : near ? 'draw' : 'wait';
  }

  private args(): unknown[] {
    const { source, theme, locale, size, childrenVersion } = this.controllers;
    const table = source.table;
    const gate = table && this.host.isConnected ? this.gate() : undefined;
    const width = gate === 'draw' ? size.measure() : undefined;
    const host = this.host as unknown as Record<PropertyKey, unknown>;
    return [table, gate, width, theme.key, locale.tag, childrenVersion(), ...inputsOf(this.host).map((name) => host[name])];
  }

  // Never @lit/task's `initialState`: a run that ends in it never settles `taskComplete`.
  private async run(
    table: Table | undefined,
    gate: string | undefined,
    signal: AbortSignal,
  ): Promise<ChartOutcome<Row> | undefined> {
    if (!table || !gate || gate === 'unknown') return undefined;
    if (gate === 'wait') return { status: 'waiting' };
    const { host, hooks } = this;
    // Fetch and compile the Vega chunk (off the main thread) while the rows are read.
    loadVega().catch(() => undefined);
    try {
      const [definition, code, locale] = await Promise.all([
        hooks.definition(),
        loadDrawingCode(),
        this.controllers.locale.ready(),
      ]);
      signal.throwIfAborted();
      hooks.codeLoaded(code);
      const resolved = code.resolveOptions(definition.tag, host as unknown as ChartOptions, hooks.childAnnotations());
      const timeoutMs = Math.max(1, host.timeout || 30) * 1000;
      const options = await code.withFiles(definition as never, resolved, this.files, timeoutMs, signal);
      signal.throwIfAborted();
      const normalized = await this.readEvents(table, definition, options, code, signal);
      hooks.eventsRead(normalized);
      // Counting, the element's update and Vega's parse each start a task of their own: run on
      // in one, the reading's last slice and all three made tasks of 60–140 ms (traced, 10k rows).
      await yieldToPage();
      signal.throwIfAborted();
      // A page's first number format has the browser load its ICU data (50–140 ms, traced on a cold
      // page): in a task of its own, rather than inside the element's update that writes numbers.
      formatNumber(0, locale);
      await yieldToPage();
      signal.throwIfAborted();
      const { theme, size, view } = this.controllers;
      const chart = code.prepareChart(definition, normalized, options, { locale, tokens: theme.tokens(), width: size.measure() });
      hooks.prepared(chart);
      if (chart.empty) {
        view.finalize();
        return { status: 'empty', chart, definition, options };
      }
      await host.updateComplete;
      await yieldToPage();
      signal.throwIfAborted();
      const drawn = await view.draw(chart.spec, chart.rows, options.renderer, signal, chart.vegaSpec);
      signal.throwIfAborted();
      if (!drawn) return undefined;
      return { status: 'ready', chart, definition, options };
    } catch (error) {
      // Stopped by the element's removal: not a failure. Superseded runs are dropped by the task.
      if (signal.aborted) return undefined;
      throw error;
    }
  }

  /** Files the chart read besides its rows (a map's `boundaries`), by URL: a redraw reads none again. */
  private readonly files = new Map<string, Promise<string>>();

  /** The table's events, read once per table and set of reading options, in slices between which the page keeps responding. */
  private readEvents(
    table: Table,
    definition: ChartDefinition<Row>,
    options: ResolvedOptions,
    code: DrawingCode,
    signal: AbortSignal,
  ): Promise<NormalizeResult> {
    const requireCountry = definition.needsCountry(options);
    const key = JSON.stringify([options.format, options.fields, options.requireFatalities, options.exactDates, requireCountry]);
    if (this.reading?.table !== table || this.reading.key !== key) {
      // Rows or reading options changed: the reading under way is no longer wanted.
      this.reading?.abort.abort();
      const abort = new AbortController();
      const events = code.readEventsInSlices(table, options, requireCountry, abort.signal);
      events.catch(() => undefined);
      this.reading = { table, key, abort, events };
    }
    const { events } = this.reading;
    // A newer run stops waiting for the reading, which goes on for it.
    return new Promise((resolve, reject) => {
      const onAbort = () => reject(signal.reason);
      signal.addEventListener('abort', onAbort, { once: true });
      events.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
    });
  }
}
