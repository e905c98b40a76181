const THOUSANDS = /^[+-]?\d{1,3}(?:[,\u00a0\u202f ]\d{3})+(?:\.\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const PLAIN = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/i;

/**
 * Reads a number from a cell: a number, or a string such as `'12'`, `'1.0'`, `'1,234'`,
 * `'1 234'` (thousands separators) or `'2,5'` (a decimal comma, as European Excel writes).
 *
 * The result tells three cases apart:
 * - a finite number;
 * - `null` when the cell is **missing** (`''`, whitespace, `null`, `undefined`);
 * - `NaN` when the cell is **not a number** (`'n/a'`, `'NA'`, `'-'`, other text, `Infinity`, or
 *   digits too large for a number, such as `'1e999'`).
 *
 * @example parseNumber('1,234') // 1234
 * @example parseNumber('')      // null
 * @example parseNumber('n/a')   // NaN
 */
export function parseNumber(value: unknown): number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number') return finiteOrNaN(value);
  if (typeof value === 'bigint') return finiteOrNaN(Number(value));
  if (typeof value !== 'string') return NaN;
  const text = value.trim();
  if (text === '') return null;
  if (PLAIN.test(text)) return finiteOrNaN(Number(text));
  if (THOUSANDS.test(text)) return finiteOrNaN(Number(text.replace(/[,\u00a0\u202f ]/g, '')));
  if (DECIMAL_COMMA.test(text)) return finiteOrNaN(Number(text.replace(',', '.')));
  return NaN;
}

/** Digits can overflow to Infinity (`'1e999'`), which no count or sum survives. */
function finiteOrNaN(n: number): number {
  return Number.isFinite(n) ? n : NaN;
}
