/*
 * Totals, order and top N + "Other" over per-event lists of groups, as the README's
 * "Counting rules" state them (Top N, Order).
 */
import { byCharacterCodes } from './names.js';

/** The total weight of each group, an event adding its weight once to each of its groups. */
export function totalsByGroup(groupLists: readonly (readonly string[])[], weights: readonly number[]): Map<string, number> {
  const totals = new Map<string, number>();
  groupLists.forEach((groups, i) => {
    for (const group of groups) totals.set(group, (totals.get(group) ?? 0) + weights[i]);
  });
  return totals;
}

/** The groups, largest total first, ties by name, `lastLabel` (the "Other" label) last when given. */
export function orderGroups(totals: Map<string, number>, lastLabel: string | null): string[] {
  const byTotal = (a: string, b: string) => totals.get(b)! - totals.get(a)! || byCharacterCodes(a, b);
  const groups = [...totals.keys()].filter((group) => group !== lastLabel).sort(byTotal);
  return lastLabel !== null && totals.has(lastLabel) ? [...groups, lastLabel] : groups;
}

/**
 * Each event's groups with every group outside the `Math.floor(top)` largest renamed
 * `otherLabel`, each name once per event. Every group is kept when there are no more than that
 * many, or `top` is not a positive finite number.
 */
export function keepTop(
  groupLists: readonly (readonly string[])[],
  weights: readonly number[],
  top: number,
  otherLabel: string,
): (readonly string[])[] {
  if (!(top > 0 && Number.isFinite(top))) return [...groupLists];
  const totals = totalsByGroup(groupLists, weights);
  const keep = Math.floor(top);
  if (totals.size <= keep) return [...groupLists];
  const kept = new Set(orderGroups(totals, null).slice(0, keep));
  return groupLists.map((groups) => [...new Set(groups.map((group) => (kept.has(group) ? group : otherLabel)))]);
}
