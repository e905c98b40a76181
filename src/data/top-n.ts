/** Compares names by code point, so orders do not depend on the reader's locale. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sum of `values[i]` for each key, counting each distinct key of an event once. */
export function totalsByKey(keyLists: readonly (readonly string[])[], values: readonly number[]): Map<string, number> {
  const totals = new Map<string, number>();
  keyLists.forEach((keys, i) => {
    for (const key of keys) totals.set(key, (totals.get(key) ?? 0) + values[i]);
  });
  return totals;
}

/** Keys by descending total, ties by name, with `otherLabel` last. */
export function orderKeys(totals: Map<string, number>, otherLabel: string): string[] {
  return [...totals.keys()].sort((a, b) => {
    if (a === otherLabel || b === otherLabel) return a === otherLabel ? (b === otherLabel ? 0 : 1) : -1;
    return totals.get(b)! - totals.get(a)! || compareNames(a, b);
  });
}

/**
 * Replaces the keys outside the `top` largest (by total, ties by name) with `otherLabel`, then
 * removes duplicates within each event, so an event with two minor actors counts once in Other.
 * `top` of 0, a negative number or a non-finite number keeps every key, and so do `top` or
 * fewer keys.
 */
export function keepTop(
  keyLists: readonly (readonly string[])[],
  values: readonly number[],
  top: number,
  otherLabel: string,
): (readonly string[])[] {
  const totals = totalsByKey(keyLists, values);
  if (!(top > 0) || !Number.isFinite(top) || totals.size <= top) return keyLists.slice();
  const kept = new Set(orderKeys(totals, '\u0000none').slice(0, Math.floor(top)));
  return keyLists.map((keys) => {
    if (keys.every((k) => kept.has(k))) return keys;
    const mapped: string[] = [];
    for (const key of keys) {
      const name = kept.has(key) ? key : otherLabel;
      if (!mapped.includes(name)) mapped.push(name);
    }
    return mapped;
  });
}
