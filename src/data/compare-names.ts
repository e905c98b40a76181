/**
 * Orders names by their UTF-16 code units (JavaScript's own `<`), so orders do not depend on the
 * reader's locale: the tie-break of every ranking and order of groups.
 */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
