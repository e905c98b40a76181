import type { TopLevelSpec } from 'vega-lite';
import { DEFINITIONS } from '../charts/definitions.js';
import type { Spec } from 'vega';
import { prepareChart as prepare } from '../charts/prepare.js';
import { readEvents } from '../charts/read-events.js';
import type { Table } from '../data/table.js';
import type { ChangeSinceLast } from '../data/change-since-last.js';
import type { DataFormat, SkippedRecord } from '../data/types.js';
import { localeFor } from '../locale/index.js';
import type { ChartLocale } from '../locale/types.js';
import type { ChartOptions as ElementOptions } from '../options/chart-options.js';
import { oneOf } from '../options/parse.js';
import { chartTag, resolveOptions } from '../options/resolve.js';
import { CHART_TAGS, THEMES, type ChartTag } from '../options/values.js';
import { resetColorAssignments } from '../themes/color-assignment.js';
import { DARK_TOKENS, LIGHT_TOKENS, type ChartTokens } from '../themes/tokens.js';
import { FONT_FAMILY } from './fonts.js';

// What only Node adds to the shared chart pipeline (src/charts): the bundled font in the
// tokens, and one call from a table to a drawable chart with the element's own numbers.

export type ChartKind = ChartTag;
/** The chart elements' tags. */
export const CHART_KINDS = CHART_TAGS;
export { chartTag as chartKind };

/** Every option of the elements' attributes, in camelCase, plus the theme's tokens. */
export interface ChartOptions extends ElementOptions {
  /** The `--cc-*` custom properties, as tokens (`{palette: [...], accent: '#c00'}`). */
  tokens?: Partial<ChartTokens>;
}

/** A chart counted and specified, ready to draw. */
export interface PreparedChart {
  kind: ChartKind;
  /** The rows drawn: exactly what the element's `chartData` holds for the same input. */
  chartData: object[];
  spec: TopLevelSpec;
  /** The same chart as a Vega spec, drawn without Vega-Lite; undefined when the Vega-Lite spec was customized. */
  vegaSpec?: Spec;
  skipped: SkippedRecord[];
  format: DataFormat;
  measureLabel: string;
  /** The chart in words (the `summary` option, or the generated one). */
  summary: string;
  /** The change since the last period, as the element's `change` property holds it. */
  change: ChangeSinceLast | null;
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
  const tag = chartTag(kind);
  const definition = DEFINITIONS[tag];
  const resolved = resolveOptions(tag, options);
  const locale = localeFor(options.locale || 'en');
  const tokens = chartTokens(options);
  const normalized = readEvents(table, resolved, definition.needsCountry(resolved));
  // One chart per call: colours in palette order, as on a page with this chart alone.
  resetColorAssignments();
  const chart = prepare(definition, normalized, resolved, { locale, tokens, width });
  return {
    kind: tag,
    chartData: chart.rows,
    spec: chart.spec,
    vegaSpec: chart.vegaSpec,
    skipped: chart.skipped,
    format: chart.format,
    measureLabel: chart.context.measureLabel,
    summary: options.summary || chart.describe(),
    change: chart.change(),
    source: chart.source ?? '',
    locale,
    tokens,
    empty: chart.empty,
  };
}
