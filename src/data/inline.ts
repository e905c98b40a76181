import { parseTable } from './parse-table.js';
import type { Table } from './load.js';

/**
 * Reads data written inside the element: a `<script type="application/json">` holding
 * rows, or a `<table>` whose first row (or `<thead>`) names the columns. The table is
 * also what a reader without JavaScript sees.
 */
export function readInlineTable(host: Element): Table | null {
  for (const child of Array.from(host.children)) {
    if (child instanceof HTMLScriptElement && child.type === 'application/json') {
      return parseTable(child.textContent ?? '', 'json');
    }
    if (child instanceof HTMLTableElement) return tableFromElement(child);
  }
  return null;
}

function cellTexts(row: HTMLTableRowElement): string[] {
  return Array.from(row.cells, (cell) => (cell.textContent ?? '').trim());
}

function tableFromElement(table: HTMLTableElement): Table {
  const allRows = Array.from(table.rows);
  const headerRow = table.tHead?.rows[0] ?? allRows[0];
  if (!headerRow) return { rows: [], columns: [] };
  const columns = cellTexts(headerRow);
  const rows = allRows
    .filter((row) => row !== headerRow && row.parentElement !== table.tFoot)
    .map((row) => {
      const cells = cellTexts(row);
      return Object.fromEntries(columns.map((column, i) => [column, cells[i] ?? '']));
    });
  return { rows, columns };
}
