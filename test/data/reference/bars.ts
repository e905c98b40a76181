/*
 * `<country-comparison>` and `<actor-breakdown>` counts, one event at a time, as the README's
 * "Counting rules" state them (Top N, Order, Shares) and its "chartData" paragraphs shape them.
 */
import type {
  AggregateOptions,
  BreakdownGroupBy,
  BreakdownRow,
  ComparisonGroupBy,
  ComparisonRow,
  ConflictEvent,
} from '../../../src/data/types.js';
import { filterEvents, groupsOf, weightOf, type Dimension } from './events.js';
import { keepTop, orderGroups, totalsByGroup } from './top-n.js';

/**
 * The value of each bar and stack that has events, bars then stacks in order. Only events with
 * a bar count; each adds its weight once to every distinct bar × stack pair it is in; top N
 * applies to bars and to stacks, the stacks ranked over the events with a bar.
 */
function barsAndStacks(
  events: readonly ConflictEvent[],
  barDimension: 'country' | 'actor',
  stackDimension: Dimension | null,
  options: AggregateOptions,
): [bar: string, stack: string | null, value: number][] {
  const drawn = events.map((event) => ({ event, bars: groupsOf(event, barDimension, options) })).filter(({ bars }) => bars.length > 0);
  const weights = drawn.map(({ event }) => weightOf(event, options.measure));
  const bars = keepTop(
    drawn.map(({ bars }) => bars),
    weights,
    options.top,
    options.otherLabel,
  );
  const stacks =
    stackDimension === null
      ? drawn.map(() => [''])
      : keepTop(
          drawn.map(({ event }) => groupsOf(event, stackDimension, options)),
          weights,
          options.top,
          options.otherLabel,
        );

  const values = new Map<string, Map<string, number>>();
  drawn.forEach((_, i) => {
    for (const bar of bars[i]) {
      if (!values.has(bar)) values.set(bar, new Map());
      const row = values.get(bar)!;
      for (const stack of stacks[i]) row.set(stack, (row.get(stack) ?? 0) + weights[i]);
    }
  });

  const barOrder = orderGroups(totalsByGroup(bars, weights), options.otherLabel);
  const stackOrder = orderGroups(totalsByGroup(stacks, weights), options.otherLabel);
  const rows: [string, string | null, number][] = [];
  for (const bar of barOrder) {
    for (const stack of stackOrder) {
      const value = values.get(bar)?.get(stack);
      if (value !== undefined) rows.push([bar, stackDimension === null ? null : stack, value]);
    }
  }
  return rows;
}

/** Events per country (largest first), split by `groupBy`; events without a country have no bar. */
export function referenceCountries(
  events: readonly ConflictEvent[],
  options: AggregateOptions & { groupBy: ComparisonGroupBy },
): ComparisonRow[] {
  const kept = filterEvents(events, options.filters, options.aliases);
  const stack = options.groupBy === 'none' ? null : options.groupBy;
  return barsAndStacks(kept, 'country', stack, options).map(([country, group, value]) =>
    group === null ? { country, value } : { country, group, value },
  );
}

/** Events per actor (largest first), split by `groupBy`, with each row's share of all the events kept. */
export function referenceActors(
  events: readonly ConflictEvent[],
  options: AggregateOptions & { groupBy: BreakdownGroupBy },
): BreakdownRow[] {
  const kept = filterEvents(events, options.filters, options.aliases);
  const stack = options.groupBy === 'none' ? null : options.groupBy;
  const whole = kept.reduce((sum, event) => sum + weightOf(event, options.measure), 0);
  return barsAndStacks(kept, 'actor', stack, options).map(([actor, group, value]) => {
    const share = whole === 0 ? 0 : value / whole;
    return group === null ? { actor, value, share } : { actor, group, value, share };
  });
}
