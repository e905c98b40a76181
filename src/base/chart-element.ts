import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { TopLevelSpec } from 'vega-lite';
import { dataTable } from '../a11y/data-table.js';
import type { ChartDefinition } from '../charts/definition.js';
import { readInlineTable } from '../data/inline.js';
import { loadTable } from '../data/load.js';
import { parseTable } from '../data/parse-table.js';
import { checkNotEmpty, checkRowLimit, tableFromObjects, type Table } from '../data/table.js';
import type { DataFormat, NormalizeResult, RawRow, SkippedRecord } from '../data/types.js';
import { DataError } from '../errors/data-error.js';
import { CcErrorEvent, CcRenderEvent, CcSelectEvent } from '../events/events.js';
import { localizedError } from '../locale/error-message.js';
import { formatNumber } from '../locale/format.js';
import { inheritedLang } from '../locale/inherited-lang.js';
import { isLocaleLoaded, loadLocale, localeFor } from '../locale/registry.js';
import type { ChartLocale } from '../locale/types.js';
import type { ChartOptions, TimelineAnnotation } from '../options/chart-options.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { ChartStatus } from '../options/values.js';
import { defaultSourceFor } from '../specs/labels.js';
import { DARK_TOKENS, LIGHT_TOKENS, tokensFromCss, type ChartTokens } from '../themes/tokens.js';
import { ChartAttributes } from './chart-attributes.js';
import { chartElementStyles } from './chart-element.styles.js';
import type { ExportMenu } from '../export/export-menu.js';
import type { ShadowTooltip } from './tooltip.js';
import { loadVega, type EmbedResult, type VegaView } from './vega-loader.js';
import { loadPipeline } from './pipeline-loader.js';
import { isNearViewport, watchViewport } from './viewport.js';
import { ROWS_DATASET, specShape } from './spec-shape.js';

export type { ChartStatus, ThemeOption } from '../options/values.js';

/** What `.data` accepts: rows, a Promise of rows, or (from the attribute) their JSON text. */
export type DataInput = RawRow[] | Promise<RawRow[]> | string;

type Pipeline = Awaited<ReturnType<typeof loadPipeline>>;

/**
 * @fires {CcRenderEvent} cc-render - After each successful render; `detail` is `{chartData, skipped}`.
 * @fires {CcErrorEvent} cc-error - On every failure to load, read or draw; `detail` is `{message}`.
 * @fires {CcSelectEvent} cc-select - A mark chosen by click or keyboard (arrow keys, then Enter); `detail` is its `chartData` row.
 *
 * @csspart base - The figure around everything.
 * @csspart heading - The heading.
 * @csspart description - The standfirst under the heading.
 * @csspart chart - The drawing area; focusable, arrow keys read the values.
 * @csspart status - The loading, empty or error message.
 * @csspart tooltip - The tooltip shown over a mark.
 * @csspart summary - The chart in words (visually hidden; read by screen readers).
 * @csspart data-toggle - The "Show data" button.
 * @csspart data-table - The table of the values drawn (visually hidden until shown).
 * @csspart menu-button - The button that opens the export menu.
 * @csspart menu - The export menu: PNG, SVG, CSV, embed code.
 * @csspart skipped - The note saying how many rows were skipped and why.
 * @csspart note - The note under the chart.
 * @csspart source - The credit line.
 *
 * @cssprop --cc-font-family - Font of the chart and its text.
 * @cssprop --cc-font-size - Axis and legend font size, in pixels (default 12).
 * @cssprop --cc-title-font-size - Font size of titles inside the chart, in pixels.
 * @cssprop --cc-text-color - Text colour.
 * @cssprop --cc-muted-color - Secondary text, axes and annotation rules.
 * @cssprop --cc-background - Background colour.
 * @cssprop --cc-grid-color - Grid lines.
 * @cssprop --cc-accent - Accent: highlighted country, focus ring, error border.
 * @cssprop --cc-palette - Space- or comma-separated categorical colours.
 * @cssprop --cc-other-color - Colour of the "Other" bucket.
 * @cssprop --cc-tooltip-text - Tooltip text colour.
 * @cssprop --cc-tooltip-background - Tooltip background.
 *
 * The shared lifecycle of the three chart elements: read data from `src`, `data`, `.data`
 * or inline children; normalise it; let the subclass aggregate and build a Vega-Lite spec;
 * render it with vega-embed; report status, skipped records and events.
 *
 * Subclasses implement `aggregate`, `buildSpec` and `describeRow` only.
 */
export abstract class ChartElement<Row extends object> extends ChartAttributes {
  static override styles = [chartElementStyles];

  // ---- where the data comes from -------------------------------------------------

  private _src?: string;
  private _data?: DataInput;
  /** Which of `src` and `data` was assigned last: the most recent assignment wins. */
  private lastSource: 'src' | 'data' | 'inline' = 'inline';
  private sourceChanged = false;

  /** URL of a CSV, TSV or JSON file (an array of rows, or an ACLED/UCDP API response). */
  @property()
  get src(): string | undefined {
    return this._src;
  }
  set src(value: string | undefined) {
    const old = this._src;
    this._src = value ?? undefined;
    this.lastSource = value ? 'src' : this._data !== undefined ? 'data' : 'inline';
    // Assigning the same URL again still makes src the most recent source.
    this.sourceChanged = true;
    this.requestUpdate('src', old);
    this.requestUpdate();
  }

  /** Rows as an array of objects or a Promise of one; the `data` attribute takes JSON text. */
  @property({ attribute: 'data' })
  get data(): DataInput | undefined {
    return this._data;
  }
  set data(value: DataInput | undefined) {
    const old = this._data;
    this._data = value ?? undefined;
    this.lastSource = value !== undefined && value !== null ? 'data' : this._src ? 'src' : 'inline';
    this.sourceChanged = true;
    this.requestUpdate('data', old);
    this.requestUpdate();
  }

  // ---- results --------------------------------------------------------------------

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
  /** The Vega-Lite spec last rendered. */
  spec?: TopLevelSpec;
  /** The Vega view last rendered. */
  view?: VegaView;

  // ---- internals ------------------------------------------------------------------

  private started = false;
  private readonly inFlight = new Set<Promise<void>>();
  private table?: Table;
  private tableFormatHint?: DataFormat;
  private loadAbort?: AbortController;
  private loadVersion = 0;
  private drawVersion = 0;
  private embedResult?: EmbedResult;
  /** The shape (see specShape) of the spec the view draws. */
  private drawnShape?: string;
  private resizeObserver?: ResizeObserver;
  private childObserver?: MutationObserver;
  private darkQuery?: MediaQueryList;
  private renderedWidth = 0;
  private resizeFrame = 0;
  private progress?: number;
  private activeIndex = -1;
  private announcement = '';
  private generatedSummary = '';
  private measureLabelShown = '';
  private tableShown = false;
  /** The rows the data table shows: `chartData` as of the last description (see describeAfterPaint). */
  private tableRows: Row[] = [];
  private readonly onSchemeChange = () => this.theme === 'auto' && this.requestDraw();
  /** Whether the chart is within about a screen of the viewport; undefined until first known. */
  private near?: boolean;
  private viewportKnown: Promise<void> = Promise.resolve();
  private settleViewport = () => {};
  private stopWatchingViewport = () => {};
  private printing = false;
  /** What made the chart fail, kept so its message follows a change of language. */
  private failure: unknown;
  private readonly onBeforePrint = () => {
    this.printing = true;
    if (this.status === 'waiting' || this.resolvedTheme(false) === 'dark') this.requestDraw();
  };
  private readonly onAfterPrint = () => {
    this.printing = false;
    if (this.resolvedTheme() === 'dark') this.requestDraw();
  };
  // Both come with the drawing code (pipeline.ts): nothing shows them before a chart is drawn.
  private exportMenu?: ExportMenu;
  private tooltip?: ShadowTooltip;

  private createTools(pipeline: Pipeline): void {
    this.exportMenu ??= new pipeline.ExportMenu({
      host: this,
      view: () => this.view,
      rows: () => this.chartData,
      frame: () => ({
        heading: this.heading,
        source: this.source ?? defaultSourceFor(this.tableFormatHint, this.resolvedLocale(), this.accessed),
        tokens: this.drawingTokens(),
      }),
      announce: (text) => {
        this.announcement = text;
        this.requestUpdate();
      },
    });
    this.tooltip ??= new pipeline.ShadowTooltip(
      () => this.renderRoot?.querySelector('[part="tooltip"]') ?? null,
      () => this.renderRoot?.querySelector('.chart-frame') ?? null,
    );
  }

  /** How this chart counts, specifies and describes itself, loaded with the drawing code. */
  protected abstract loadDefinition(): Promise<ChartDefinition<Row>>;
  /** Annotations typed as children (`<cc-annotation>` in a timeline), after the attribute's. */
  protected childAnnotations(): Partial<TimelineAnnotation>[] {
    return [];
  }
  /** The definition and options of the chart drawn: what the keyboard reader and data table describe. */
  private drawn?: { definition: ChartDefinition<Row>; options: ResolvedOptions };

  override connectedCallback(): void {
    super.connectedCallback();
    // Redraw on the next frame, outside the observer's delivery, so a chart that changes its own
    // height never triggers "ResizeObserver loop completed with undelivered notifications".
    this.resizeObserver = new ResizeObserver(() => {
      cancelAnimationFrame(this.resizeFrame);
      this.resizeFrame = requestAnimationFrame(() => this.onResize());
    });
    this.resizeObserver.observe(this);
    // Children are inline data, or (in a timeline) <cc-annotation> notes to redraw with.
    this.childObserver = new MutationObserver(() => {
      if (this.lastSource === 'inline') void this.reload();
      else this.requestDraw();
    });
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
    this.darkQuery = matchMedia('(prefers-color-scheme: dark)');
    this.darkQuery.addEventListener('change', this.onSchemeChange);
    window.addEventListener('beforeprint', this.onBeforePrint);
    window.addEventListener('afterprint', this.onAfterPrint);
    this.watchViewport();
    // Reconnecting (a move in the DOM, or a remount) draws again from what was read.
    if (this.started) {
      if (this.table) this.requestDraw();
      else void this.reload();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.resizeFrame);
    this.childObserver?.disconnect();
    this.darkQuery?.removeEventListener('change', this.onSchemeChange);
    window.removeEventListener('beforeprint', this.onBeforePrint);
    window.removeEventListener('afterprint', this.onAfterPrint);
    this.stopWatchingViewport();
    this.settleViewport();
    this.near = undefined;
    this.resizeObserver = this.childObserver = this.darkQuery = undefined;
    this.loadAbort?.abort();
    this.drawVersion++;
    this.finalizeView();
  }

  // Runs before rendering so the status the pipeline sets lands in this same update.
  protected override willUpdate(changed: PropertyValues): void {
    this.setAttribute('data-theme', this.resolvedTheme());
    const tag = this.localeTag();
    if (!isLocaleLoaded(tag)) void this.track(loadLocale(tag).then(() => this.requestUpdate(), () => undefined));
    const affects = (this.constructor as typeof ChartAttributes).affects;
    const inputs = [...changed.keys()].filter((key) => key !== 'status');
    if (!this.started || this.sourceChanged || inputs.some((key) => affects[key as string] === 'source')) {
      this.started = true;
      this.sourceChanged = false;
      void this.reload();
      return;
    }
    if (!inputs.length) return;
    this.requestDraw();
  }

  /**
   * Resolves with the final status (`ready`, `empty` or `error`, or `waiting` for a lazy chart
   * far from the viewport) once the loading and drawing started by the latest change have finished.
   */
  get settled(): Promise<ChartStatus> {
    return this.waitUntilSettled();
  }

  private async waitUntilSettled(): Promise<ChartStatus> {
    for (;;) {
      await this.updateComplete;
      if (!this.inFlight.size) return this.status;
      await Promise.allSettled([...this.inFlight]);
    }
  }

  /** Keeps `settled` waiting while `work` runs. */
  private track(work: Promise<void>): Promise<void> {
    this.inFlight.add(work);
    void work.finally(() => this.inFlight.delete(work));
    return work;
  }

  private reload(): Promise<void> {
    return this.track(this.load());
  }

  /** Reads rows again from the current source. */
  private async load(): Promise<void> {
    if (!this.isConnected) return;
    const version = ++this.loadVersion;
    this.loadAbort?.abort();
    const abort = new AbortController();
    this.loadAbort = abort;
    this.table = undefined;
    this.normalizing = undefined;
    this.normalizingKey = '';
    this.progress = undefined;
    this.setStatus('loading');
    try {
      const table = await this.readSource(abort.signal);
      if (version !== this.loadVersion) return;
      if (!table) {
        this.fail(new DataError('noData'));
        return;
      }
      checkNotEmpty(table);
      checkRowLimit(table, this.maxRows);
      this.table = table;
      await this.draw();
    } catch (error) {
      if (version !== this.loadVersion || abort.signal.aborted) return;
      this.fail(error);
    }
  }

  private async readSource(signal: AbortSignal): Promise<Table | null> {
    if (this.lastSource === 'src' && this.src) {
      return loadTable(this.src, {
        signal,
        timeoutMs: Math.max(1, this.timeout || 30) * 1000,
        onProgress: (percent) => {
          this.progress = percent;
          this.requestUpdate();
        },
      });
    }
    if (this.lastSource === 'data' && this.data !== undefined) {
      const data = await this.data;
      return typeof data === 'string' ? parseTable(data, 'json') : tableFromObjects(data);
    }
    return readInlineTable(this);
  }

  private requestDraw(): void {
    if (this.table) void this.track(this.draw());
  }

  private normalizing?: Promise<NormalizeResult>;
  /** The reading options `normalizing` reads with: other options need the rows read again. */
  private normalizingKey = '';

  /** The table's events, read once per set of reading options, in slices between which the page keeps responding. */
  private readEvents(definition: ChartDefinition<Row>, options: ResolvedOptions, pipeline: Pipeline): Promise<NormalizeResult> {
    const requireCountry = definition.needsCountry(options);
    const key = JSON.stringify([options.format, options.fields, options.requireFatalities, requireCountry]);
    if (key !== this.normalizingKey) {
      this.normalizingKey = key;
      this.normalizing = undefined;
    }
    return (this.normalizing ??= pipeline.readEventsInSlices(this.table!, options, requireCountry));
  }

  /** Counts, builds the spec and renders; the newest call wins. */
  private async draw(): Promise<void> {
    if (!this.isConnected || !this.table) return;
    const version = ++this.drawVersion;
    const table = this.table;
    if (!this.view && !(await this.mayDraw())) {
      if (version === this.drawVersion && table === this.table) this.setStatus('waiting');
      return;
    }
    if (version !== this.drawVersion || table !== this.table) return;
    // Fetch and compile the vega chunk (off the main thread) while the rows are read.
    const vegaLoading = loadVega();
    vegaLoading.catch(() => undefined);
    let rows: Row[];
    let spec: TopLevelSpec;
    let describe: () => { rows: Row[]; summary: string };
    try {
      const [definition, pipeline, locale] = await Promise.all([this.loadDefinition(), loadPipeline(), loadLocale(this.localeTag())]);
      this.createTools(pipeline);
      const options = pipeline.resolveOptions(definition.tag, this as ChartOptions, this.childAnnotations());
      const normalized = await this.readEvents(definition, options, pipeline);
      if (version !== this.drawVersion || table !== this.table) return;
      this.tableFormatHint = normalized.format;
      this.skipped = normalized.skipped;
      const chart = pipeline.prepareChart(definition, normalized, options, {
        locale,
        tokens: this.drawingTokens(),
        width: this.measureWidth(),
      });
      rows = chart.rows;
      spec = chart.spec;
      this.measureLabelShown = chart.context.measureLabel;
      this.drawn = { definition, options };
      describe = () => ({ rows: chart.rows, summary: chart.describe() });
    } catch (error) {
      this.fail(error);
      return;
    }
    this.chartData = rows;
    this.spec = spec;
    this.activeIndex = -1;
    if (!rows.some((row) => (row as { value?: number }).value)) {
      this.finalizeView();
      this.setStatus('empty');
      return;
    }
    try {
      const shape = `${this.renderer} ${specShape(spec)}`;
      if (this.view && shape === this.drawnShape) {
        // Only the rows changed (a filter, usually): give them to the view already drawn instead
        // of compiling, parsing and drawing a new one. Copies, as Vega writes parsed dates into them.
        await this.view.data(ROWS_DATASET, rows.map((row) => ({ ...row }))).runAsync();
        if (version !== this.drawVersion) return;
        this.finishDraw(version, describe);
        return;
      }
      const vega = await vegaLoading;
      if (version !== this.drawVersion) return;
      await this.updateComplete;
      const container = this.chartContainer;
      if (!container) return;
      const result = await vega.embed(container, structuredClone(spec) as never, {
        renderer: this.renderer,
        actions: false,
        ast: true,
        expr: vega.expressionInterpreter,
        tooltip: this.tooltip?.handler,
        // vega-embed would inject a <style> element, which a strict style-src blocks.
        defaultStyle: false,
        downloadFileName: this.localName,
      });
      if (version !== this.drawVersion) {
        result.finalize();
        return;
      }
      // vega-embed has already replaced the old SVG with the new one: release the old view only.
      this.embedResult?.finalize();
      this.embedResult = result;
      this.view = result.view;
      this.drawnShape = shape;
      this.renderedWidth = this.measureWidth();
      result.view.addEventListener('click', (_event, item) => {
        const row = this.rowForDatum((item as { datum?: Record<string, unknown> } | null)?.datum);
        if (row) this.dispatchEvent(new CcSelectEvent(row));
      });
      this.finishDraw(version, describe);
    } catch (error) {
      if (version === this.drawVersion) this.fail(error);
    }
  }

  private finishDraw(version: number, describe: () => { rows: Row[]; summary: string }): void {
    this.error = '';
    this.setStatus('ready');
    void this.track(this.describeAfterPaint(version, describe));
    this.dispatchEvent(new CcRenderEvent<Row>({ chartData: this.chartData, skipped: this.skipped }));
  }

  /**
   * Writes the summary and the data table once the chart is on screen: both are for screen
   * readers (and "Show data"), and building a table of hundreds of formatted rows, or the first
   * Intl number format of the page, would otherwise hold up the first paint of the chart.
   */
  private async describeAfterPaint(version: number, describe: () => { rows: Row[]; summary: string }): Promise<void> {
    await afterNextPaint();
    if (version !== this.drawVersion) return;
    try {
      const { rows, summary } = describe();
      this.tableRows = rows;
      this.generatedSummary = summary;
    } catch {
      this.generatedSummary = '';
    }
    this.requestUpdate();
  }

  /** Whether a chart never drawn since its data was read may be drawn now (see `loading`). */
  private async mayDraw(): Promise<boolean> {
    if (this.loading === 'eager' || this.printing) return true;
    if (this.near === undefined && isNearViewport(this)) return true;
    await this.viewportKnown;
    return Boolean(this.near) || this.printing;
  }

  private watchViewport(): void {
    this.near = undefined;
    this.viewportKnown = new Promise((resolve) => (this.settleViewport = resolve));
    this.stopWatchingViewport = watchViewport(this, (near) => {
      this.near = near;
      this.settleViewport();
      if (!near) return;
      // Start fetching the drawing code while the data may still be loading.
      for (const loading of [loadVega(), loadPipeline(), this.loadDefinition()]) loading.catch(() => undefined);
      if (this.status === 'waiting') this.requestDraw();
    });
  }

  private localeTag(): string | null {
    return this.locale || inheritedLang(this);
  }

  /** The locale to write in: English for the moment a bundled language is still loading. */
  private resolvedLocale(): ChartLocale {
    return localeFor(this.localeTag());
  }

  /** The theme's colours under the `--cc-*` properties; a dark chart prints black on white. */
  private drawingTokens(): ChartTokens {
    const tokens = tokensFromCss(this, this.resolvedTheme() === 'dark' ? DARK_TOKENS : LIGHT_TOKENS);
    if (!this.printing || this.resolvedTheme(false) !== 'dark') return tokens;
    const { text, muted, background, grid } = LIGHT_TOKENS;
    return { ...tokens, text, muted, background, grid };
  }

  /** The theme drawn: `auto` follows the reader's colour scheme; print is always light. */
  private resolvedTheme(forPrint = true): 'light' | 'dark' {
    if (forPrint && this.printing) return 'light';
    if (this.theme === 'dark') return 'dark';
    if (this.theme === 'auto') return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
    return 'light';
  }

  private get chartContainer(): HTMLElement | null {
    return this.renderRoot.querySelector('[part="chart"]');
  }

  private measureWidth(): number {
    const width = this.chartContainer?.clientWidth || this.clientWidth || this.getBoundingClientRect().width;
    return Math.floor(width) || 600;
  }

  private onResize(): void {
    // Nothing drawn yet (the observer's first report): the draw measures the width itself,
    // and reading it here would force a layout in the middle of the first render.
    if (!this.view) return;
    const width = this.measureWidth();
    if (Math.abs(width - this.renderedWidth) < 2) return;
    this.renderedWidth = width;
    // Width only: the spec is rebuilt (for tick counts and label limits) on the next draw.
    this.requestDraw();
  }

  /** The chartData row a Vega datum stands for (its `period` is a Date there). */
  private rowForDatum(datum: Record<string, unknown> | undefined): Row | undefined {
    if (!datum) return undefined;
    return this.chartData.find((row) =>
      Object.entries(row).every(([key, value]) => {
        if (typeof value !== 'string') return true;
        const seen = datum[key];
        if (seen instanceof Date || typeof seen === 'number') {
          return new Date(seen).toISOString().slice(0, 10) === value;
        }
        return seen === value;
      }),
    );
  }

  private finalizeView(): void {
    this.tooltip?.hide();
    if (!this.embedResult) return;
    this.embedResult.finalize();
    // Vega's SVG renderer keeps the last node it styled in a module variable. Through its
    // scenegraph item (`__data__`) and its ancestors (whose listeners close over the view)
    // that node would keep the view, and this element, alive after removal: take every
    // node apart so the one Vega keeps reaches nothing.
    for (const node of this.chartContainer?.querySelectorAll('*') ?? []) {
      delete (node as { __data__?: unknown }).__data__;
      node.remove();
    }
    this.embedResult = undefined;
    this.view = undefined;
    this.drawnShape = undefined;
  }

  private setStatus(status: ChartStatus): void {
    this.status = status;
    this.requestUpdate();
  }

  private fail(failure: unknown): void {
    this.finalizeView();
    this.failure = failure;
    const message = localizedError(failure, this.resolvedLocale());
    this.error = message;
    this.chartData = [];
    this.setStatus('error');
    this.dispatchEvent(new CcErrorEvent({ message }));
  }

  private onChartKeydown(event: KeyboardEvent): void {
    const count = this.chartData.length;
    if (!count || this.status !== 'ready') return;
    const moves: Record<string, number> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };
    if (event.key in moves) {
      this.activeIndex = (this.activeIndex + moves[event.key] + count) % count;
    } else if (event.key === 'Home') {
      this.activeIndex = 0;
    } else if (event.key === 'End') {
      this.activeIndex = count - 1;
    } else if ((event.key === 'Enter' || event.key === ' ') && this.activeIndex >= 0) {
      event.preventDefault();
      this.dispatchEvent(new CcSelectEvent(this.chartData[this.activeIndex]));
      return;
    } else {
      return;
    }
    event.preventDefault();
    const drawn = this.drawn;
    if (drawn) this.announcement = drawn.definition.describeRow(this.chartData[this.activeIndex], this.resolvedLocale(), drawn.options);
    this.requestUpdate();
  }

  private skippedNote(locale: ChartLocale): string {
    if (!this.skipped.length || this.status === 'error') return '';
    const counts = new Map<string, number>();
    for (const { reason } of this.skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
    // `skipped` keeps the reasons in English (they are data); the note shows them translated.
    const words = (reason: string) => locale.strings.skipReasons[reason] ?? reason;
    const reasons =
      counts.size === 1
        ? words([...counts.keys()][0])
        : [...counts].map(([reason, n]) => `${formatNumber(n, locale)} ${words(reason)}`).join(', ');
    return locale.strings.skippedNote(this.skipped.length, reasons);
  }

  private renderStatus(locale: ChartLocale): TemplateResult | typeof nothing {
    const s = locale.strings;
    switch (this.status) {
      case 'loading':
        return html`<div part="status" data-kind="loading" role="status">
          <span class="spinner" aria-hidden="true"></span>
          <span>${this.progress !== undefined ? s.loadingProgress(this.progress) : s.loading}</span>
        </div>`;
      case 'waiting':
        // Drawn as the reader scrolls near: a quiet placeholder keeping the chart's place.
        return html`<div part="status" data-kind="waiting"><span class="visually-hidden">${s.loading}</span></div>`;
      case 'empty':
        return html`<div part="status" data-kind="empty" role="status">${s.empty}</div>`;
      case 'error':
        return html`<div part="status" data-kind="error" role="alert">
          <div><strong>${s.errorTitle}</strong>${localizedError(this.failure, locale)}</div>
        </div>`;
      default:
        return nothing;
    }
  }

  private renderAccessibleData(locale: ChartLocale): TemplateResult {
    const s = locale.strings;
    return html`
      <p part="summary" id="summary" class="visually-hidden">${this.summary || this.generatedSummary}</p>
      <button
        part="data-toggle"
        type="button"
        aria-expanded=${this.tableShown ? 'true' : 'false'}
        aria-controls="data-table"
        @click=${() => {
          this.tableShown = !this.tableShown;
          this.requestUpdate();
        }}
      >
        ${this.tableShown ? s.hideData : s.showData}
      </button>
    `;
  }

  private renderTable(locale: ChartLocale): TemplateResult {
    const caption = this.heading || this.measureLabelShown;
    // A long table scrolls: shown, it is a focusable region so keyboard users can scroll it.
    return html`<div
      part="data-table"
      id="data-table"
      class=${this.tableShown ? 'data-table' : 'data-table visually-hidden'}
      role=${this.tableShown ? 'region' : nothing}
      aria-label=${this.tableShown ? caption : nothing}
      tabindex=${this.tableShown ? '0' : nothing}
    >
      ${this.drawn ? dataTable(this.tableRows, this.drawn.definition.tableColumns(this.measureLabelShown, locale, this.drawn.options), caption) : nothing}
      ${this.drawn?.definition.extraTables?.(locale, this.drawn.options).map((table) => dataTable(table.rows, table.columns, table.caption)) ?? nothing}
    </div>`;
  }

  protected override render(): TemplateResult {
    const locale = this.resolvedLocale();
    const source = this.source ?? defaultSourceFor(this.tableFormatHint, locale, this.accessed);
    const skipped = this.skippedNote(locale);
    return html`
      <figure part="base" aria-labelledby=${this.heading ? 'heading' : nothing} aria-describedby="description summary keyboard-hint">
        ${this.heading ? html`<p part="heading" id="heading" role="heading" aria-level="3">${this.heading}</p>` : nothing}
        ${this.description ? html`<p part="description" id="description">${this.description}</p>` : nothing}
        <div class="chart-frame">
          <div part="chart" tabindex=${this.status === 'ready' ? '0' : '-1'} @keydown=${this.onChartKeydown}></div>
          <div part="tooltip" role="tooltip" hidden></div>
          ${this.renderStatus(locale)}
        </div>
        ${this.status === 'ready'
          ? html`<div class="tools">${this.renderAccessibleData(locale)} ${this.exportMenu?.render(locale.strings) ?? nothing}</div>
              ${this.renderTable(locale)}`
          : nothing}
        <p class="visually-hidden" id="keyboard-hint">${locale.strings.keyboardHint}</p>
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
        ${skipped || this.note || source
          ? html`<figcaption>
              ${skipped ? html`<p part="skipped">${skipped}</p>` : nothing}
              ${this.note ? html`<p part="note">${this.note}</p>` : nothing}
              ${source ? html`<p part="source">${source}</p>` : nothing}
            </figcaption>`
          : nothing}
      </figure>
    `;
  }
}

/** Resolves after the next frame is painted (or soon, in a page that gets no frames). */
function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 250);
    requestAnimationFrame(() => setTimeout(() => (clearTimeout(fallback), resolve()), 0));
  });
}
