import { html, isServer, type TemplateResult } from 'lit';
import type { TableColumn } from './table-columns.js';

export type { TableColumn } from './table-columns.js';

/**
 * A real `<table>` of the rows drawn, for screen readers always and for everyone through the
 * "Show data" toggle. Cells are text, so data values never become markup.
 */
export function dataTable<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], caption: string): TemplateResult {
  return html`<table>
    <caption>${caption}</caption>
    <thead>
      <tr>
        ${columns.map((column) => html`<th scope="col" class=${column.numeric ? 'numeric' : ''}>${column.label}</th>`)}
      </tr>
    </thead>
    ${isServer ? html`<tbody>${rowTemplates(rows, columns)}</tbody>` : tableBody(rows, columns)}
  </table>`;
}

/** Each table's body, by its rows (a chart's own array: two tables never share one), kept while they are the rows drawn. */
const bodies = new WeakMap<object, { columns: string; body: HTMLTableSectionElement }>();

/**
 * The body of `rows`, made once: the element renders again on every change of its state, and
 * the same body (the same node) is then left in place rather than made anew.
 */
function tableBody<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): HTMLTableSectionElement {
  const signature = columns.map((column) => `${column.label}\u0000${column.numeric ? 1 : 0}`).join('\u0001');
  const kept = bodies.get(rows);
  if (kept?.columns === signature) return kept.body;
  const body = document.createElement('tbody');
  body.append(rowElements(rows, columns));
  bodies.set(rows, { columns: signature, body });
  return body;
}

/**
 * The body rows as elements made directly. A timeline of a few hundred periods and groups has
 * thousands of cells; a template instance per cell made the table cost as much as the drawing.
 */
function rowElements<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): DocumentFragment {
  const empty = document.createElement('tr');
  columns.forEach((column, i) => {
    const cell = empty.appendChild(document.createElement(i === 0 ? 'th' : 'td'));
    if (i === 0) cell.setAttribute('scope', 'row');
    else if (column.numeric) cell.className = 'numeric';
  });
  const body = document.createDocumentFragment();
  for (const row of rows) {
    const tr = empty.cloneNode(true) as HTMLTableRowElement;
    let cell = tr.firstElementChild;
    for (const column of columns) {
      cell!.textContent = column.cell(row);
      cell = cell!.nextElementSibling;
    }
    body.append(tr);
  }
  return body;
}

/** The same rows as templates, for server rendering (which has no `document`). */
function rowTemplates<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[]): TemplateResult[] {
  return rows.map(
    (row) => html`<tr>
      ${columns.map((column, i) =>
        i === 0
          ? html`<th scope="row">${column.cell(row)}</th>`
          : html`<td class=${column.numeric ? 'numeric' : ''}>${column.cell(row)}</td>`,
      )}
    </tr>`,
  );
}
