/**
 * Orders names by their UTF-16 code units (JavaScript's own `<`), so orders do not depend on the
 * reader's locale: the tie-break of every ranking and order of groups.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders text by Unicode code point, as SQL engines order UTF-8 text byte by byte (and
 * PostgreSQL's "C" collation): the order of `conflict-charts aggregate`'s rows in every engine.
 * It differs from {@link compareNames} only for characters beyond U+FFFF.
 */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
