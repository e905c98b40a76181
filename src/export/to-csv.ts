/** Characters that make a spreadsheet read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Neutralises a cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+1`, `-2+3`,
 * `@SUM(…)`) by prefixing an apostrophe, which spreadsheets hide. Numbers stay numbers.
 */
function safeCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/** RFC 4180 quoting: quote cells holding the delimiter, quotes or line breaks. */
function quoted(cell: string): string {
  return /[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/**
 * Rows as CSV text safe to open in a spreadsheet: RFC 4180 quoting and formula-injection
 * protection on every cell, including the header. The one CSV writer every export uses.
 */
export function toCSV(rows: readonly object[], columns?: readonly string[]): string {
  const header = columns ?? [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const lines = [header.map((name) => quoted(safeCell(name))).join(',')];
  for (const row of rows) {
    const record = row as Record<string, unknown>;
    lines.push(header.map((name) => quoted(safeCell(record[name]))).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

/**
 * {@link toCSV}'s lines for `rows` alone, without the header: for writing a table in parts (the
 * CLI's streamed count). Written as toCSV less its header, so the browser bundle, which has no
 * use for it, stays as it was.
 */
export function csvRecords(rows: readonly object[], columns: readonly string[]): string {
  return toCSV(rows, columns).slice(toCSV([], columns).length);
}
