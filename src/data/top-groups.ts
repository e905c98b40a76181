import { compareNames } from './compare-names.js';
import { hasKey, keysOf, scratch, type Dimension } from './group-dimensions.js';
import type { EventTable } from './types.js';

/**
 * Top N + Other: when more than `top` groups have events, the dimension with the groups
 * outside the `top` largest (by total, ties by name) merged into `otherLabel` (so an event
 * with two minor actors counts once in Other); else the dimension as it is. With `drawnBy`,
 * only events with a key along that dimension count (the bars of a bar chart). `top` of 0, a
 * negative number or a non-finite number keeps every group.
 */
export function withTop(
  dim: Dimension,
  table: EventTable,
  kept: Int32Array,
  weight: Float64Array,
  top: number,
  otherLabel: string,
  drawnBy: Dimension | null,
): Dimension {
  if (!(top > 0) || !Number.isFinite(top)) return dim;
  const { first: codes1, second: codes2, more, groupOf } = dim;
  const totals = new Float64Array(dim.names.length);
  const present = new Uint8Array(dim.names.length);
  const out = scratch(table);
  const count = kept.length;
  for (let k = 0; k < count; k++) {
    const i = kept[k];
    if (drawnBy !== null && !hasKey(drawnBy, i, out)) continue;
    const w = weight[i];
    if (more !== null && more.has(i)) {
      const n = keysOf(dim, i, out);
      for (let j = 0; j < n; j++) {
        totals[out[j]] += w;
        present[out[j]] = 1;
      }
      continue;
    }
    const g1 = groupOf[codes1[i] + 1];
    if (g1 >= 0) {
      totals[g1] += w;
      present[g1] = 1;
    }
    if (codes2 !== null) {
      const g2 = groupOf[codes2[i] + 1];
      if (g2 >= 0 && g2 !== g1) {
        totals[g2] += w;
        present[g2] = 1;
      }
    }
  }
  let distinct = 0;
  for (let g = 0; g < present.length; g++) distinct += present[g];
  if (distinct <= top) return dim;
  const ranked = sortCodes(dim.names, totals, present, '\u0000none');
  const names = dim.names.slice();
  let other = names.indexOf(otherLabel);
  if (other < 0) other = names.push(otherLabel) - 1;
  const keptGroups = new Uint8Array(names.length);
  for (const g of ranked.slice(0, Math.floor(top))) keptGroups[g] = 1;
  // Raw code → kept group or Other, directly.
  const mapped = groupOf.map((g) => (g < 0 ? -1 : keptGroups[g] ? g : other));
  return { ...dim, groupOf: mapped, names };
}

/** The codes present: by descending total, ties by name (code point order), `otherLabel` last. */
export function sortCodes(names: readonly string[], totals: Float64Array, present: Uint8Array, otherLabel: string): number[] {
  const codes: number[] = [];
  for (let g = 0; g < names.length; g++) if (present[g]) codes.push(g);
  return codes.sort((a, b) => {
    const aOther = names[a] === otherLabel;
    const bOther = names[b] === otherLabel;
    if (aOther || bOther) return aOther ? (bOther ? 0 : 1) : -1;
    return totals[b] - totals[a] || compareNames(names[a], names[b]);
  });
}
