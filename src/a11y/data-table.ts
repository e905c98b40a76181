import { html, type TemplateResult } from 'lit';
import type { TableColumn } from './table-columns.js';

export type { TableColumn } from './table-columns.js';

/**
 * A real `<table>` of the rows drawn, for screen readers always and for everyone through the
 * "Show data" toggle. Cells are text bindings, so data values never become markup.
 */
export function dataTable<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], caption: string): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col" class=${column.numeric ? 'numeric' : ''}>${column.label}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${rows.map(
        (row) => html`<tr>
          ${columns.map((column, i) =>
            i === 0
              ? html`<th scope="row">${column.cell(row)}</th>`
              : html`<td class=${column.numeric ? 'numeric' : ''}>${column.cell(row)}</td>`,
          )}
        </tr>`,
      )}
    </tbody>
  </table>`;
}
