import type { Spec } from 'vega';
import type { TopLevelSpec } from 'vega-lite';
import { approximateDatesSentence } from '../a11y/range-summary.js';
import { changeSinceLast, type ChangeSinceLast } from '../data/change-since-last.js';
import type { DataFormat, NormalizeResult, SkippedRecord } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { SpecContext } from '../specs/common.js';
import { mergePatch } from '../specs/merge-patch.js';
import { defaultSourceFor, measureLabelFor } from '../specs/labels.js';
import { assignColors } from '../themes/color-assignment.js';
import { chartConfig } from '../themes/config.js';
import type { ChartTokens } from '../themes/tokens.js';
import { countingContext, groupNames, type ChartDefinition } from './definition.js';

/** Where a chart is drawn: the reader's language, the theme's colours and the width available. */
export interface ChartEnv {
  locale: ChartLocale;
  tokens: ChartTokens;
  /** Drawing width in CSS pixels. */
  width: number;
}

/** A chart counted and specified, ready to draw. */
export interface PreparedChart<Row extends object = object> {
  /** The rows drawn: the element's `chartData`, exactly the spec's `data.values`. */
  rows: Row[];
  spec: TopLevelSpec;
  /**
   * The same chart as a Vega spec, drawn without compiling; undefined when `spec-patch` or
   * `customizeSpec` changed the Vega-Lite spec, which is then compiled by Vega-Lite.
   */
  vegaSpec?: Spec;
  /** What the spec was built with (width, colours, the measure's name…). */
  context: SpecContext;
  format: DataFormat;
  skipped: SkippedRecord[];
  /** The credit line: the `source` option, else the dataset's (undefined for a generic table). */
  source?: string;
  /** True when no row has a value: the chart then says "no events" instead. */
  empty: boolean;
  /** The generated summary: the chart in words (made when asked, as it formats every period). */
  describe(): string;
  /**
   * The change since the last period as data (the element's `change`), counted when first
   * asked (it counts the events twice more) and kept; null when there is none to give.
   */
  change(): ChangeSinceLast | null;
}

/**
 * The spec with the author's `spec-patch` merged in, then given to the app's `customizeSpec`
 * (a copy, so the hook may change it in place).
 */
function customized(spec: TopLevelSpec, { specPatch, customizeSpec }: ResolvedOptions): TopLevelSpec {
  const patched = specPatch ? (mergePatch(spec, specPatch) as TopLevelSpec) : spec;
  return customizeSpec ? customizeSpec(structuredClone(patched)) : patched;
}

/**
 * The one way from events to a chart, for the element and the CLI alike: count the events as
 * the options say, name the measure, give each series its colour, build the Vega-Lite spec.
 * @throws {DataError} when the data cannot make this chart (monthly counts drawn by week…).
 */
export function prepareChart<Row extends object>(
  definition: ChartDefinition<Row>,
  normalized: NormalizeResult,
  options: ResolvedOptions,
  env: ChartEnv,
): PreparedChart<Row> {
  const { locale, tokens } = env;
  const counting = countingContext(options, normalized.format, locale);
  const rows = definition.aggregate(normalized.table, counting, options);
  const measureLabel = measureLabelFor({ ...options, format: normalized.format }, locale);
  const context: SpecContext = {
    measureLabel,
    locale,
    tokens,
    config: chartConfig(tokens, locale),
    width: Math.floor(env.width) || 600,
    height: options.height,
    description: [options.heading, options.description].filter(Boolean).join('. ') || measureLabel,
    otherLabel: counting.otherLabel,
  };
  context.colors = assignColors(groupNames(rows, counting.otherLabel), tokens.palette, options.colors);
  let change: ChangeSinceLast | null | undefined;
  const changeOnce = () => {
    if (change !== undefined) return change;
    const by = definition.changeBy(options);
    const names = by.groupBy === 'event-type' ? counting.eventTypeNames : undefined;
    try {
      change = changeSinceLast(normalized.table, { ...counting, ...by, names });
    } catch {
      // A supplement to the chart: without it (too many months in a range of centuries) the rest is said.
      change = null;
    }
    return change;
  };
  return {
    rows,
    spec: customized(definition.buildSpec(rows, context, options), options),
    vegaSpec: options.specPatch || options.customizeSpec ? undefined : definition.buildVegaSpec(rows, context, options),
    context,
    format: normalized.format,
    skipped: definition.leftOut ? [...normalized.skipped, ...definition.leftOut(rows)] : normalized.skipped,
    source: options.source ?? defaultSourceFor(normalized.format, locale, options.accessed),
    empty: !rows.some((row) => (row as { value?: number }).value),
    describe: () =>
      [
        definition.summarize(rows, measureLabel, locale, options, changeOnce()),
        approximateDatesSentence(normalized.approximateDates, locale),
      ]
        .filter(Boolean)
        .join(' '),
    change: changeOnce,
  };
}
