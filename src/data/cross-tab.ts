import { dimension, keysOf, scratch } from './group-dimensions.js';
import { weights } from './kept-events.js';
import { sortCodes, withTop } from './top-groups.js';
import type { AggregateOptions, EventTable } from './types.js';

/**
 * Sums the measure per bar (and per stack within a bar), with top N + Other applied to both.
 * Only events with a bar are drawn; an event counts once for each distinct bar × stack pair it
 * belongs to.
 */
export function crossTab(
  table: EventTable,
  kept: Int32Array,
  barDimension: 'country' | 'actor',
  stackDimension: 'country' | 'actor' | 'event-type' | null,
  options: AggregateOptions,
): [bar: string, stack: string | null, value: number][] {
  const { top, otherLabel } = options;
  const weight = weights(table, options.measure);
  const allBars = dimension(table, barDimension, options);
  const bars = withTop(allBars, table, kept, weight, top, otherLabel, null);
  const stacks =
    stackDimension === null
      ? null
      : withTop(dimension(table, stackDimension, options), table, kept, weight, top, otherLabel, allBars);
  const stackNames = stacks === null ? [''] : stacks.names;
  const stackCount = stackNames.length;
  const cells = new Float64Array(bars.names.length * stackCount);
  const touched = new Uint8Array(cells.length);
  const barTotals = new Float64Array(bars.names.length);
  const barPresent = new Uint8Array(bars.names.length);
  const stackTotals = new Float64Array(stackCount);
  const stackPresent = new Uint8Array(stackCount);
  const barKeys = scratch(table);
  const stackKeys = scratch(table);
  const count = kept.length;
  const barMore = bars.more;
  const { first: bars1, second: bars2, groupOf: barOf } = bars;

  for (let k = 0; k < count; k++) {
    const i = kept[k];
    let nb: number;
    if (barMore !== null && barMore.has(i)) {
      nb = keysOf(bars, i, barKeys);
    } else {
      nb = 0;
      const b1 = barOf[bars1[i] + 1];
      if (b1 >= 0) barKeys[nb++] = b1;
      if (bars2 !== null) {
        const b2 = barOf[bars2[i] + 1];
        if (b2 >= 0 && b2 !== b1) barKeys[nb++] = b2;
      }
    }
    if (nb === 0) continue;
    let ns = 1;
    stackKeys[0] = 0;
    if (stacks !== null) ns = keysOf(stacks, i, stackKeys);
    const w = weight[i];
    for (let s = 0; s < ns; s++) {
      stackTotals[stackKeys[s]] += w;
      stackPresent[stackKeys[s]] = 1;
    }
    for (let b = 0; b < nb; b++) {
      const bar = barKeys[b];
      barTotals[bar] += w;
      barPresent[bar] = 1;
      const row = bar * stackCount;
      for (let s = 0; s < ns; s++) {
        cells[row + stackKeys[s]] += w;
        touched[row + stackKeys[s]] = 1;
      }
    }
  }

  const barOrder = sortCodes(bars.names, barTotals, barPresent, otherLabel);
  const stackOrder = stacks === null ? [0] : sortCodes(stackNames, stackTotals, stackPresent, otherLabel);
  const rows: [string, string | null, number][] = [];
  for (const bar of barOrder) {
    for (const stack of stackOrder) {
      const cell = bar * stackCount + stack;
      if (touched[cell]) rows.push([bars.names[bar], stacks === null ? null : stackNames[stack], cells[cell]]);
    }
  }
  return rows;
}
