import type { BreakdownRow, ComparisonRow, Interval, TimelineRow } from '../data/types.js';
import type { ChartLocale } from '../locale/types.js';
import { formatNumber, formatPeriod, formatShare } from '../locale/format.js';

export interface SummaryContext {
  measureLabel: string;
  locale: ChartLocale;
}

/** Sums values by a key, keeping first-seen order. */
export function totalsBy<Row extends { value: number }>(rows: readonly Row[], key: (row: Row) => string): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) totals.set(key(row), (totals.get(key(row)) ?? 0) + row.value);
  return totals;
}

/** The last two calendar years both present in the totals, as [previous, last]. */
function lastTwoYears(totals: Map<string, number>): [string, number, number] | null {
  const byYear = new Map<string, number>();
  for (const [period, value] of totals) byYear.set(period.slice(0, 4), (byYear.get(period.slice(0, 4)) ?? 0) + value);
  const years = [...byYear.keys()].sort();
  if (years.length < 2) return null;
  const [previous, last] = years.slice(-2);
  return [previous, byYear.get(previous)!, byYear.get(last)!];
}

/**
 * "UCDP lethal events per month, January 2017 to December 2019: peak of 26 in September 2019,
 * up 92 % on 2018." — the measure, the range, the peak and the trend in words.
 */
export function timelineSummary(rows: readonly TimelineRow[], interval: Interval, ctx: SummaryContext): string {
  const { locale } = ctx;
  const s = locale.strings;
  const totals = totalsBy(rows, (row) => row.period);
  const periods = [...totals.keys()];
  if (!periods.length) return '';
  let peakPeriod = periods[0];
  for (const period of periods) if (totals.get(period)! > totals.get(peakPeriod)!) peakPeriod = period;

  let trend = '';
  const years = lastTwoYears(totals);
  if (years && interval !== 'year') {
    const [previous, before, after] = years;
    if (before > 0) {
      const change = (after - before) / before;
      const percent = formatShare(Math.abs(change), locale);
      trend =
        Math.abs(change) < 0.005
          ? s.trendLevel(previous)
          : change > 0
            ? s.trendUp(percent, previous)
            : s.trendDown(percent, previous);
    }
  }
  const groups = totalsBy(
    rows.filter((row) => row.group !== undefined),
    (row) => row.group!,
  );
  const leader = [...groups].filter(([name]) => name !== s.other).sort((a, b) => b[1] - a[1])[0];
  return s.summaryTimeline({
    measure: ctx.measureLabel,
    per: s.perInterval[interval],
    start: formatPeriod(periods[0], interval, locale),
    end: formatPeriod(periods[periods.length - 1], interval, locale),
    peak: formatNumber(totals.get(peakPeriod)!, locale),
    peakPeriod: formatPeriod(peakPeriod, interval, locale),
    trend,
    leader: leader ? `${leader[0]} (${formatNumber(leader[1], locale)})` : undefined,
  });
}

/** How many names a ranking lists before "and N more". */
export const LISTED = 5;

/** "Claimed attacks by country: Burkina Faso 54, Mali 36, Niger 7, Togo 1." */
export function comparisonSummary(rows: readonly ComparisonRow[], ctx: SummaryContext): string {
  const totals = [...totalsBy(rows, (row) => row.country)];
  const items = totals.slice(0, LISTED).map(([country, value]) => `${country} ${formatNumber(value, ctx.locale)}`);
  return ctx.locale.strings.summaryRanking({
    measure: ctx.measureLabel,
    by: ctx.locale.strings.byCountry,
    items: items.join(', '),
    more: Math.max(0, totals.length - LISTED),
  });
}

/** "Share of UCDP lethal events by actor: Government of Nigeria 49 %, Boko Haram (JAS) 35 %…" */
export function breakdownSummary(rows: readonly BreakdownRow[], ctx: SummaryContext): string {
  const shares = new Map<string, number>();
  for (const row of rows) shares.set(row.actor, (shares.get(row.actor) ?? 0) + row.share);
  const ranked = [...shares];
  const items = ranked.slice(0, LISTED).map(([actor, share]) => `${actor} ${formatShare(share, ctx.locale)}`);
  return ctx.locale.strings.summaryRanking({
    measure: `${ctx.locale.strings.share} · ${ctx.measureLabel}`,
    by: ctx.locale.strings.byActor,
    items: items.join(', '),
    more: Math.max(0, ranked.length - LISTED),
  });
}
