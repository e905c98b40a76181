import { TaskStatus } from '@lit/task';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { state } from 'lit/decorators.js';
import type { ChartDefinition } from '../charts/definition.js';
import type { PreparedChart } from '../charts/prepare.js';
import { ChartController, type ChartOutcome, type DrawingCode } from '../controllers/chart-controller.js';
import { ChildrenController } from '../controllers/children-controller.js';
import { DataSourceController } from '../controllers/data-source-controller.js';
import { DescriptionController } from '../controllers/description-controller.js';
import type { KeyboardReader } from '../controllers/keyboard-reader.js';
import { LocaleController } from '../controllers/locale-controller.js';
import { Settled } from '../controllers/settled.js';
import type { ShadowTooltip } from '../controllers/shadow-tooltip.js';
import { SizeController } from '../controllers/size-controller.js';
import { ThemeController } from '../controllers/theme-controller.js';
import { VegaViewController } from '../controllers/vega-view-controller.js';
import { ViewportController } from '../controllers/viewport-controller.js';
import { CcErrorEvent, CcRenderEvent, CcSelectEvent } from '../events/events.js';
import type { ExportMenu } from '../export/export-menu.js';
import { localizedError } from '../locale/error-message.js';
import type { TimelineAnnotation } from '../options/chart-options.js';
import type { ChartStatus } from '../options/values.js';
import { ChartResults } from './chart-results.js';
import { chartElementStyles } from './chart-element.styles.js';
import { dataTableRegion, figureCaption, figureHeading, skippedNote, statusMessage, summaryAndToggle } from './chart-figure.js';
import { reserveFrame, reservedTools } from './reserved-box.js';
import { firstRows, rowForDatum } from './row-for-datum.js';

export type { ChartStatus, ThemeOption } from '../options/values.js';

export type { DataInput } from '../controllers/data-source-controller.js';

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
 * @cssprop --cc-font-size-base - Font size of the text around the chart (default 1rem).
 * @cssprop --cc-heading-size - Font size of the heading (default 1.125rem).
 * @cssprop --cc-title-font-size - Font size of titles inside the chart, in pixels.
 * @cssprop --cc-padding - Space around the figure (default 0.5rem above and below).
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
 * What every chart element shares: a thin host of reactive controllers, one job each. The data
 * source reads rows from `src`, `data`, `.data` or the children; the chart controller counts,
 * specifies and draws them through the one chart pipeline and the Vega view controller; size,
 * viewport, theme, locale and children controllers say when to draw again. This class keeps the
 * status, fires the events and renders the figure around the drawing. Each element adds its own
 * attributes and its definition (`loadDefinition`).
 */
export abstract class ChartElement<Row extends object> extends ChartResults<Row> {
  static override styles = [chartElementStyles];

  /**
   * Resolves with the final status (`ready`, `empty` or `error`, or `waiting` for a lazy chart
   * far from the viewport) once the loading and drawing started by the latest change have finished.
   */
  get settled(): Promise<ChartStatus> {
    return this.settledTracker.wait();
  }

  /**
   * How this chart counts, specifies and describes itself, loaded with the drawing code.
   * @internal
   */
  protected abstract loadDefinition(): Promise<ChartDefinition<Row>>;

  /**
   * Annotations typed as children (`<cc-annotation>` in a timeline), after the attribute's.
   * @internal
   */
  protected childAnnotations(): Partial<TimelineAnnotation>[] {
    return [];
  }

  /** @internal */
  protected override sourceAssigned(property: 'src' | 'data'): void {
    this.dataSource.assigned(property);
  }

  // ---- controllers, one job each

  private readonly dataSource = new DataSourceController(this, {
    loading: () => (this.status = 'loading'),
    failed: (failure) => this.fail(failure),
  });
  private readonly viewportWatch = new ViewportController(this);
  private readonly themeWatch = new ThemeController(this);
  private readonly language = new LocaleController(this);
  private readonly size = new SizeController(this, () => this.chartContainer);
  private readonly childrenWatch = new ChildrenController(this, () => this.dataSource.childrenChanged());
  private readonly vegaView = new VegaViewController(this, {
    container: () => this.chartContainer,
    tooltip: () => this.tooltip?.handler,
    select: (datum) => this.select(rowForDatum(this.chartData, datum)),
    name: this.localName,
    released: () => (this.view = this.vegaSpec = undefined),
  });
  private readonly chart = new ChartController<Row>(
    this,
    {
      source: this.dataSource,
      viewport: this.viewportWatch,
      theme: this.themeWatch,
      locale: this.language,
      size: this.size,
      view: this.vegaView,
      childrenVersion: () => this.childrenWatch.version,
    },
    {
      definition: () => this.loadDefinition(),
      childAnnotations: () => this.childAnnotations(),
      codeLoaded: (code) => this.codeLoaded(code),
      eventsRead: (normalized) => (this.skipped = normalized.skipped),
      prepared: (chart) => this.prepared(chart),
      settled: (outcome) => this.chartSettled(outcome),
      failed: (failure) => this.fail(failure),
    },
  );
  private readonly describer = new DescriptionController<Row>(this, (described) => (this.change = described.change));
  private readonly settledTracker = new Settled(
    this,
    () => this.status,
    () => this.pendingWork(),
  );
  // These four come with the drawing code: nothing shows them before a chart is drawn.
  private dataTable?: DrawingCode['dataTable'];
  private exportMenu?: ExportMenu;
  private tooltip?: ShadowTooltip;
  private keyboard?: KeyboardReader<Row>;

  /** What made the chart fail, kept so its message follows a change of language. */
  private failure: unknown;
  /** The credit line of the dataset read (when the author gives none), as of the last chart prepared. */
  private datasetCredit?: string;
  /** The drawing's height when last shown, reserved while it loads again. */
  private drawnHeight?: number;
  @state() private announcement = '';
  @state() private tableShown = false;

  protected override willUpdate(changed: PropertyValues): void {
    super.willUpdate(changed);
    this.setAttribute('data-theme', this.themeWatch.resolved());
  }

  protected override update(changed: PropertyValues): void {
    // Leaving a drawn chart (the data task set `loading` after willUpdate): keep its height.
    if (this.status !== 'ready' && this.getAttribute('status') === 'ready') this.drawnHeight = this.chartContainer?.offsetHeight;
    super.update(changed);
  }

  protected override updated(): void {
    reserveFrame(this, this.drawnHeight);
  }

  private get chartContainer(): HTMLElement | null {
    return this.renderRoot?.querySelector('[part="chart"]') ?? null;
  }

  /** Work under way that `settled` waits for. */
  private pendingWork(): Promise<unknown>[] {
    const work: Promise<unknown>[] = [];
    for (const { task } of [this.dataSource, this.chart]) if (task.status === TaskStatus.PENDING) work.push(task.taskComplete);
    if (this.language.loading) work.push(this.language.loading);
    // Read but not yet placed: drawn or left waiting once the viewport observer reports.
    if (
      this.dataSource.table &&
      this.chart.task.status === TaskStatus.COMPLETE &&
      !this.chart.task.value &&
      !this.viewportWatch.placed
    ) {
      work.push(this.viewportWatch.whenKnown());
    }
    return work;
  }

  private select(row: Row | undefined): void {
    if (row) this.dispatchEvent(new CcSelectEvent(row));
  }

  // ---- what the controllers report

  private codeLoaded(code: DrawingCode): void {
    this.dataTable ??= code.dataTable;
    this.exportMenu ??= new code.ExportMenu({
      host: this,
      view: () => this.view,
      rows: () => this.chartData,
      frame: () => ({ heading: this.heading, source: this.creditLine(), tokens: this.themeWatch.tokens() }),
      announce: (text) => (this.announcement = text),
    });
    this.tooltip ??= new code.ShadowTooltip(
      () => this.renderRoot?.querySelector('[part="tooltip"]') ?? null,
      () => this.renderRoot?.querySelector('.chart-frame') ?? null,
    );
    this.keyboard ??= new code.KeyboardReader<Row>(this, {
      rows: () => firstRows(this.chartData, this.describer.value?.definition.keyboardLimit),
      ready: () => this.status === 'ready',
      describe: (row) =>
        this.describer.value?.definition.describeRow(row, this.language.current, this.describer.value.options) ?? '',
      announce: (text) => (this.announcement = text),
      select: (row) => this.select(row),
    });
  }

  private prepared(chart: PreparedChart<Row>): void {
    // What was skipped now includes the events counted but not drawn (a map's events without a place).
    ({ source: this.datasetCredit, rows: this.chartData, spec: this.spec, skipped: this.skipped } = chart);
    this.change = null;
    this.keyboard?.reset();
  }

  private chartSettled(outcome: ChartOutcome<Row>): void {
    if (outcome.status === 'waiting') {
      this.status = 'waiting';
      return;
    }
    this.view = this.vegaView.view;
    this.vegaSpec = this.vegaView.vegaSpec;
    this.failure = undefined;
    this.error = '';
    this.status = outcome.status;
    if (outcome.status === 'empty') return;
    void this.settledTracker.track(this.describer.describe(outcome.chart, outcome.definition, outcome.options));
    this.dispatchEvent(new CcRenderEvent<Row>({ chartData: this.chartData, skipped: this.skipped }));
  }

  private fail(failure: unknown): void {
    this.tooltip?.hide();
    this.vegaView.finalize();
    this.view = this.vegaSpec = undefined;
    this.failure = failure;
    this.error = localizedError(failure, this.language.current);
    this.chartData = [];
    this.change = null;
    this.status = 'error';
    this.dispatchEvent(new CcErrorEvent({ message: this.error }));
  }

  private readonly creditLine = (): string | undefined => this.source ?? this.datasetCredit;

  protected override render(): TemplateResult {
    const locale = this.language.current;
    const ready = this.status === 'ready';
    const described = this.describer.value;
    const caption = this.heading || described?.measureLabel || '';
    const drawing = this.status === 'loading' || this.status === 'waiting';
    return html`
      <figure part="base" aria-labelledby=${this.heading ? 'heading' : nothing} aria-describedby="description summary keyboard-hint">
        ${figureHeading(this.heading, this.headingLevel)}
        ${this.description ? html`<p part="description" id="description">${this.description}</p>` : nothing}
        <div class="chart-frame">
          <div part="chart" tabindex=${ready ? '0' : '-1'} @keydown=${(event: KeyboardEvent) => this.keyboard?.onKeydown(event)}></div>
          <div part="tooltip" role="tooltip" hidden></div>
          ${statusMessage(this.status, locale, this.dataSource.progress, this.failure)}
        </div>
        ${
          ready
            ? html`<div class="tools">
                ${summaryAndToggle(this.summary || described?.summary || '', this.tableShown, locale, () => (this.tableShown = !this.tableShown))}
                ${this.exportMenu?.render(locale.strings) ?? nothing}
              </div>
              ${dataTableRegion(described, caption, this.tableShown, locale, this.dataTable)}`
            : drawing
              ? reservedTools
              : nothing
        }
        <p class="visually-hidden" id="keyboard-hint">${locale.strings.keyboardHint}</p>
        <p class="visually-hidden" aria-live="polite">${this.announcement}</p>
        ${figureCaption(this.status === 'error' ? '' : skippedNote(this.skipped, locale), this.note, this.creditLine(), drawing)}
      </figure>
    `;
  }
}
