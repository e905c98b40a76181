import type { TopLevelSpec } from 'vega-lite';
import { jsonOf, oneOf } from '../base/attribute-values.js';
import type { DataFormat, SkippedRecord } from '../data/types.js';
import { localeFor } from '../locale/index.js';
import type { ChartLocale } from '../locale/types.js';
import type { SpecContext } from '../specs/common.js';
import { defaultSourceFor, measureLabelFor } from '../specs/labels.js';
import { assignColours, resetColourAssignments } from '../themes/colour-assignment.js';
import { chartConfig } from '../themes/config.js';
import { DARK_TOKENS, LIGHT_TOKENS, type ChartTokens } from '../themes/tokens.js';
import { DEFINITIONS } from '../core/definitions/index.js';
import {
  THEMES,
  chartKind,
  countingContext,
  groupNames,
  readEvents,
  type ChartKind,
  type ChartOptions,
} from '../core/chart-definitions.js';
import { FONT_FAMILY } from './fonts.js';
import type { Table } from './read.js';

// The chart pipeline itself is shared with the elements (src/core); this file adds what only
// Node needs: the bundled font in the tokens, and one call from a table to a drawable chart.
export * from '../core/chart-definitions.js';
export { DEFINITIONS } from '../core/definitions/index.js';

/** A chart counted and specified, ready to draw. */
export interface PreparedChart {
  kind: ChartKind;
  /** The rows drawn: exactly what the element's `chartData` holds for the same input. */
  chartData: object[];
  spec: TopLevelSpec;
  skipped: SkippedRecord[];
  format: DataFormat;
  measureLabel: string;
  /** The chart in words (the `summary` option, or the generated one). */
  summary: string;
  /** The credit line drawn under the chart ('' for none). */
  source: string;
  locale: ChartLocale;
  tokens: ChartTokens;
  /** True when no row has a value: the element shows its "no events" message instead. */
  empty: boolean;
}

/** The theme's tokens with the given overrides; the font family names the bundled font first. */
export function chartTokens(options: ChartOptions): ChartTokens {
  const base = oneOf('theme', options.theme, THEMES, 'light') === 'dark' ? DARK_TOKENS : LIGHT_TOKENS;
  const tokens: ChartTokens = { ...base, fontFamily: `"${FONT_FAMILY}", ${base.fontFamily}` };
  for (const [key, value] of Object.entries(options.tokens ?? {})) {
    if (value !== undefined && value !== null && value !== '') (tokens as unknown as Record<string, unknown>)[key] = value;
  }
  return tokens;
}

/**
 * Reads, counts and specifies a chart as the element of that kind would at `width` pixels:
 * same chartData, same spec (but for the font family, which names the bundled font first).
 * @throws {DataError} for data or options the element would refuse, with its message.
 */
export function prepareChart(kind: ChartKind, table: Table, options: ChartOptions, width: number): PreparedChart {
  const definition = DEFINITIONS[chartKind(kind)];
  const locale = localeFor(options.locale || 'en');
  const tokens = chartTokens(options);
  const normalized = readEvents(table, options, definition.needsCountry(options));
  const counting = countingContext(options, normalized.format, locale);
  const rows = definition.aggregate(normalized.table, counting, options);
  const measureLabel = measureLabelFor(
    { measure: counting.measure, format: counting.format, valueField: options.valueField, measureLabel: options.measureLabel },
    locale,
  );
  const height = options.height !== undefined && options.height > 0 ? options.height : undefined;
  const context: SpecContext = {
    measureLabel,
    locale,
    tokens,
    config: chartConfig(tokens, locale),
    width: Math.floor(width) || 600,
    height,
    description: [options.heading, options.description].filter(Boolean).join('. ') || measureLabel,
    otherLabel: counting.otherLabel,
  };
  // One chart per call: colours in palette order, as on a page with this chart alone.
  resetColourAssignments();
  context.colours = assignColours(groupNames(rows, counting.otherLabel), tokens.palette, {
    ...jsonOf<Record<string, string>>('colors', options.colors),
  });
  const spec = definition.buildSpec(rows, context, options);
  return {
    kind,
    chartData: rows,
    spec,
    skipped: normalized.skipped,
    format: normalized.format,
    measureLabel,
    summary: options.summary || definition.summarize(rows, measureLabel, locale, options),
    source: options.source ?? defaultSourceFor(normalized.format, locale, options.accessed) ?? '',
    locale,
    tokens,
    empty: !rows.some((row) => (row as { value?: number }).value),
  };
}

