import { html, nothing, type TemplateResult } from 'lit';
import type { dataTable } from '../a11y/data-table.js';
import type { Description } from '../controllers/description-controller.js';
import type { SkippedRecord } from '../data/types.js';
import { localizedError } from '../locale/error-message.js';
import { formatNumber } from '../locale/format.js';
import type { ChartLocale } from '../locale/types.js';
import type { ChartStatus } from '../options/values.js';
import { reservedCaption } from './reserved-box.js';

/*
 * The parts of a chart's figure around the drawing, as templates: the status message, the
 * summary and "Show data" button, the data table, and the caption with the skipped-rows note,
 * the note and the credit line. Pure functions of what they show.
 */

/** The loading, waiting, empty or error message over the drawing area. */
export function statusMessage(
  status: ChartStatus,
  locale: ChartLocale,
  progress: number | undefined,
  failure: unknown,
): TemplateResult | typeof nothing {
  const s = locale.strings;
  switch (status) {
    case 'loading':
      return html`<div part="status" data-kind="loading" role="status">
        <span class="spinner" aria-hidden="true"></span>
        <span>${progress !== undefined ? s.loadingProgress(progress) : s.loading}</span>
      </div>`;
    case 'waiting':
      // Drawn as the reader scrolls near: a quiet placeholder keeping the chart's place.
      return html`<div part="status" data-kind="waiting"><span class="visually-hidden">${s.loading}</span></div>`;
    case 'empty':
      return html`<div part="status" data-kind="empty" role="status">${s.empty}</div>`;
    case 'error':
      return html`<div part="status" data-kind="error" role="alert">
        <div><strong>${s.errorTitle}</strong>${localizedError(failure, locale)}</div>
      </div>`;
    default:
      return nothing;
  }
}

/** "12 rows skipped: 10 date missing, 2 country missing", in the reader's language ('' for none). */
export function skippedNote(skipped: readonly SkippedRecord[], locale: ChartLocale): string {
  if (!skipped.length) return '';
  const counts = new Map<string, number>();
  for (const { reason } of skipped) counts.set(reason, (counts.get(reason) ?? 0) + 1);
  // `skipped` keeps the reasons in English (they are data); the note shows them translated.
  const words = (reason: string) => locale.strings.skipReasons[reason] ?? reason;
  const reasons =
    counts.size === 1
      ? words([...counts.keys()][0])
      : [...counts].map(([reason, n]) => `${formatNumber(n, locale)} ${words(reason)}`).join(', ');
  return locale.strings.skippedNote(skipped.length, reasons);
}

/** The summary screen readers read, and the button that shows the data table. */
export function summaryAndToggle(summary: string, tableShown: boolean, locale: ChartLocale, toggle: () => void): TemplateResult {
  const s = locale.strings;
  return html`
    <p part="summary" id="summary" class="visually-hidden">${summary}</p>
    <button part="data-toggle" type="button" aria-expanded=${tableShown ? 'true' : 'false'} aria-controls="data-table" @click=${toggle}>
      ${tableShown ? s.hideData : s.showData}
    </button>
  `;
}

/**
 * The table of the values drawn (and of a timeline's notes); a scrolling region when shown.
 * `table` makes each table; it comes with the drawing code, so the page's first file does not carry it.
 */
export function dataTableRegion<Row extends object>(
  content: Description<Row> | undefined,
  caption: string,
  shown: boolean,
  locale: ChartLocale,
  table: typeof dataTable | undefined,
): TemplateResult {
  return html`<div
    part="data-table"
    id="data-table"
    class=${shown ? 'data-table' : 'data-table visually-hidden'}
    role=${shown ? 'region' : nothing}
    aria-label=${shown ? caption : nothing}
    tabindex=${shown ? '0' : nothing}
  >
    ${tablesOf(content, caption, locale, table)}
  </div>`;
}

/** The values' table and the chart's other tables (a timeline's notes), once the rows and the table maker are there. */
function tablesOf<Row extends object>(
  content: Description<Row> | undefined,
  caption: string,
  locale: ChartLocale,
  table: typeof dataTable | undefined,
): TemplateResult[] | typeof nothing {
  const { definition, options } = content ?? {};
  if (!table || !content || !definition || !options) return nothing;
  const main = definition.dataTable?.(content.rows, locale, options) ?? {
    rows: content.rows,
    columns: definition.tableColumns(content.measureLabel, locale, options),
  };
  return [
    table(main.rows, main.columns, caption),
    ...(definition.extraTables?.(locale, options) ?? []).map((extra) => table(extra.rows, extra.columns, extra.caption)),
  ];
}

/**
 * The caption under the chart: what was skipped, the note and the credit line. With none of
 * them yet while the chart loads (`reserveLine`), an empty line keeps the place of the dataset's
 * credit line, which arrives with the drawing.
 */
export function figureCaption(
  skipped: string,
  note: string | undefined,
  source: string | undefined,
  reserveLine = false,
): TemplateResult | typeof nothing {
  if (!skipped && !note && !source) return reserveLine ? reservedCaption : nothing;
  return html`<figcaption>
    ${skipped ? html`<p part="skipped">${skipped}</p>` : nothing} ${note ? html`<p part="note">${note}</p>` : nothing}
    ${source ? html`<p part="source">${source}</p>` : nothing}
  </figcaption>`;
}

/** A heading level the outline can have: a whole number from 1 to 6 (2 otherwise). */
const headingLevel = (level: number) => (Number.isInteger(level) && level >= 1 && level <= 6 ? level : 2);

/** The chart's heading at the level the article's outline gives it (`heading-level`). */
export function figureHeading(heading: string | undefined, level: number): TemplateResult | typeof nothing {
  return heading ? html`<p part="heading" id="heading" role="heading" aria-level=${headingLevel(level)}>${heading}</p>` : nothing;
}
