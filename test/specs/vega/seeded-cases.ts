import type { TopLevelSpec } from 'vega-lite';
import type { Spec } from 'vega';
import { mulberry32 } from '../../../bench/generate.js';
import type { BreakdownRow, ComparisonRow, Interval, TimelineRow } from '../../../src/data/types.js';
import { en } from '../../../src/locale/en.js';
import { fr } from '../../../src/locale/fr.js';
import { actorBreakdownSpec, actorBreakdownVegaSpec } from '../../../src/specs/actor-breakdown-spec.js';
import { attackTimelineSpec, type TimelineMark } from '../../../src/specs/attack-timeline-spec.js';
import { countryComparisonSpec, countryComparisonVegaSpec } from '../../../src/specs/country-comparison-spec.js';
import { attackTimelineVegaSpec } from '../../../src/specs/vega/attack-timeline.js';
import type { SpecContext } from '../../../src/specs/common.js';
import { chartConfig } from '../../../src/themes/config.js';
import { DARK_TOKENS, LIGHT_TOKENS } from '../../../src/themes/tokens.js';

/** One chart drawn both ways: its Vega-Lite spec (compiled) and its Vega spec (drawn directly). */
export interface SpecPair {
  name: string;
  vegaLite: TopLevelSpec;
  vega: Spec;
  /** The rows drawn, and the Vega spec the same chart has for other rows (another filter). */
  rows: object[];
  vegaOf(rows: object[]): Spec;
}

const WIDTHS = [320, 360, 480, 800];
const INTERVALS: Interval[] = ['day', 'week', 'month', 'quarter', 'year'];
const MARKS: TimelineMark[] = ['bar', 'line', 'area'];
const NAMES = [
  'JNIM',
  'IS Sahel',
  'Forces armées maliennes',
  'Wagner Group',
  'Koglweogo',
  'VDP',
  'Dozo',
  'Ansarul Islam',
  'Boko Haram (JAS)',
];
const COUNTRIES = [
  'Burkina Faso',
  'Mali',
  'Niger',
  'Nigeria',
  'Benin',
  'Togo',
  'Ghana',
  'Côte d’Ivoire',
  'Chad',
  'Cameroon',
  'Mauritania',
  'Senegal',
];
const NOTES = ['Coup', 'Coup d’État au Niger', 'Withdrawal of MINUSMA', 'Ceasefire', 'Siege of Djibo lifted'];

/** A low and high estimate around a best one, as UCDP's are: never above the best, never below it. */
const range = (best: number) => ({ low: Math.floor(best * 0.8), high: Math.ceil(best * 1.35) });

const day = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The next period's first day, counted with Date in UTC. */
function nextPeriod(date: Date, interval: Interval): Date {
  const next = new Date(date);
  if (interval === 'day') next.setUTCDate(next.getUTCDate() + 1);
  else if (interval === 'week') next.setUTCDate(next.getUTCDate() + 7);
  else if (interval === 'month') next.setUTCMonth(next.getUTCMonth() + 1);
  else if (interval === 'quarter') next.setUTCMonth(next.getUTCMonth() + 3);
  else next.setUTCFullYear(next.getUTCFullYear() + 1);
  return next;
}

/**
 * `count` seeded cases over every chart, mark, interval, width (320–800 px), theme, language,
 * grouping (with "Other" last), highlight, partial last period and annotation.
 */
export function seededPairs(count: number, seed = 20261204): SpecPair[] {
  const random = mulberry32(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const pairs: SpecPair[] = [];
  for (let index = 0; index < count; index++) {
    const width = pick(WIDTHS);
    const dark = random() < 0.5;
    const locale = random() < 0.5 ? fr : en;
    const tokens = dark ? DARK_TOKENS : LIGHT_TOKENS;
    const other = locale.strings.other;
    const groupCount = random() < 0.4 ? 0 : int(1, 6);
    const groupNames = NAMES.slice(0, groupCount).concat(groupCount > 2 && random() < 0.5 ? [other] : []);
    const ctx: SpecContext = {
      measureLabel: pick(['UCDP lethal events', 'Événements (ACLED)', 'Fatalities']),
      locale,
      tokens,
      config: chartConfig(tokens, locale),
      width,
      height: random() < 0.25 ? int(160, 420) : undefined,
      description: 'A chart',
      otherLabel: other,
    };
    const kind = index % 3;
    const label = `#${index} w${width} ${dark ? 'dark' : 'light'} ${locale.code} groups ${groupNames.length}`;
    if (kind === 0) {
      const interval = pick(INTERVALS);
      const mark = pick(MARKS);
      const periods = int(1, interval === 'day' ? 120 : 80);
      let date = new Date(Date.UTC(int(2012, 2024), interval === 'year' ? 0 : int(0, 11) - (interval === 'quarter' ? 0 : 0), 1));
      if (interval === 'quarter') date.setUTCMonth(date.getUTCMonth() - (date.getUTCMonth() % 3));
      if (interval === 'week') date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
      const partial = random() < 0.4;
      // uncertainty="band" on one series or on lines (no random draw, so the other cases stay as they were).
      const banded = index % 4 === 0 && (!groupNames.length || mark === 'line');
      const rows: TimelineRow[] = [];
      for (let p = 0; p < periods; p++) {
        for (const group of groupNames.length ? groupNames : [undefined]) {
          const row: TimelineRow = { period: day(date.getTime()), value: random() < 0.15 ? 0 : int(1, pick([5, 60, 4000])) };
          if (group !== undefined) row.group = group;
          if (partial && p === periods - 1) row.partial = true;
          if (banded && group !== locale.strings.other) Object.assign(row, range(row.value));
          rows.push(row);
        }
        date = nextPeriod(date, interval);
      }
      const first = Date.parse(rows[0].period);
      const span = Math.max(1, Date.parse(rows.at(-1)!.period) - first);
      const annotations = Array.from({ length: random() < 0.5 ? 0 : int(1, 3) }, () => {
        const at = first + random() * span;
        return random() < 0.5
          ? { date: day(at), label: pick(NOTES) }
          : { from: day(at), to: day(at + int(1, 200) * 86_400_000), label: pick(NOTES) };
      });
      const options = { ...ctx, height: ctx.height ?? 300, interval, mark, groupTitle: locale.strings.actor, annotations };
      pairs.push({
        name: `${label} timeline ${mark} ${interval} ×${periods}${partial ? ' partial' : ''}${banded ? ' band' : ''} notes ${annotations.length}`,
        vegaLite: attackTimelineSpec(rows, options),
        vega: attackTimelineVegaSpec(rows, options),
        rows,
        vegaOf: (other) => attackTimelineVegaSpec(other as TimelineRow[], options),
      });
    } else {
      const categories = (kind === 1 ? COUNTRIES : NAMES).slice(0, int(1, kind === 1 ? COUNTRIES.length : NAMES.length));
      if (categories.length > 3 && random() < 0.4) categories.push(other);
      const cells = categories.flatMap((category) =>
        (groupNames.length ? groupNames : [undefined]).map((group) => ({
          category,
          group,
          value: int(0, pick([9, 300, 25000])),
        })),
      );
      const total = cells.reduce((sum, cell) => sum + cell.value, 0) || 1;
      if (kind === 1) {
        const highlight = random() < 0.4 ? pick(categories).toUpperCase() : undefined;
        const banded = index % 2 === 0 && !groupNames.length;
        // compare="previous": ungrouped bars beside the period before (no random draw either).
        const compared = index % 4 === 1 && !groupNames.length;
        const rows: ComparisonRow[] = cells.map(({ category, group, value }) => ({
          country: category,
          value,
          ...(group ? { group } : {}),
          ...(banded ? range(value) : {}),
          ...(compared ? { previous: Math.round(value * 0.7) + (category.length % 4) } : {}),
        }));
        const periods = compared ? { current: 'Q3 2025', previous: 'Q2 2025', title: locale.strings.period } : undefined;
        const options = { ...ctx, groupTitle: locale.strings.eventType, highlight, periods };
        pairs.push({
          name: `${label} comparison ×${categories.length}${highlight ? ' highlight' : ''}${banded ? ' band' : ''}${compared ? ' previous' : ''}`,
          vegaLite: countryComparisonSpec(rows, options),
          vega: countryComparisonVegaSpec(rows, options),
          rows,
          vegaOf: (other) => countryComparisonVegaSpec(other as ComparisonRow[], options),
        });
      } else {
        const rows: BreakdownRow[] = cells.map(({ category, group, value }) => ({
          actor: category,
          value,
          share: value / total,
          ...(group ? { group } : {}),
        }));
        const options = { ...ctx, groupTitle: locale.strings.country };
        pairs.push({
          name: `${label} breakdown ×${categories.length}`,
          vegaLite: actorBreakdownSpec(rows, options),
          vega: actorBreakdownVegaSpec(rows, options),
          rows,
          vegaOf: (other) => actorBreakdownVegaSpec(other as BreakdownRow[], options),
        });
      }
    }
  }
  return pairs;
}
