/**
 * Whether a row is an HXL hashtag row (`#date+occurred`, `#affected+killed`, …), which HDX
 * copies carry as row 2: its first non-empty cell starts with `#`. Such rows are not data.
 */
export function isHxlRow(cells: Iterable<unknown>): boolean {
  for (const cell of cells) {
    if (cell === null || cell === undefined) continue;
    const text = String(cell).trim();
    if (text !== '') return text.startsWith('#');
  }
  return false;
}

/** {@link isHxlRow} for a row object, looking at its cells in column order. */
export function isHxlRecord(row: Record<string, unknown>, columns: string[]): boolean {
  if (columns.length === 0) return isHxlRow(Object.values(row));
  for (const column of columns) {
    const cell = row[column];
    if (cell === null || cell === undefined) continue;
    const text = String(cell).trim();
    if (text !== '') return text.startsWith('#');
  }
  return false;
}
