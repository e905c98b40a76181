import type { MapMark, MapRow } from '../data/types.js';
import { formatNumber } from '../locale/format.js';
import { mapWords } from '../locale/map-words.js';
import { LISTED, totalsBy, type SummaryContext } from './summary.js';

/**
 * "UCDP lethal events by place: Maiduguri 120, Bama 40…. 12 of 340 places are approximate
 * (hollow dots)." — or, for countries or regions, the ranking by country or region.
 */
export function mapSummary(rows: readonly MapRow[], mark: MapMark, ctx: SummaryContext): string {
  const s = ctx.locale.strings;
  const words = mapWords(ctx.locale);
  if (mark === 'regions') {
    const name = (row: MapRow) => `${row.region || words.noRegion || '—'} (${row.country || '—'})`;
    return ranking(
      [...totalsBy(rows, name)].sort((a, b) => b[1] - a[1]),
      words.byRegion ?? s.byCountry,
      ctx,
    );
  }
  if (mark === 'countries')
    return ranking(
      rows.map((row) => [row.country, row.value]),
      s.byCountry,
      ctx,
    );
  // A dot per location (and group, when coloured): its total over the groups, under its name.
  const where = (row: MapRow) => `${row.latitude} ${row.longitude} ${Boolean(row.approximate)}`;
  const totals = [...totalsBy(rows, where)].sort((a, b) => b[1] - a[1]);
  const names = new Map(rows.map((row) => [where(row), `${row.place} (${row.country})`]));
  const text = ranking(
    totals.map(([key, value]) => [names.get(key)!, value]),
    words.byPlace,
    ctx,
  );
  const approximate = totals.filter(([key]) => key.endsWith(' true')).length;
  if (!approximate) return text;
  return `${text} ${words.approximateCount(formatNumber(approximate, ctx.locale), formatNumber(totals.length, ctx.locale))}`;
}

/** "UCDP lethal events by place: Maiduguri town (Nigeria) 65, …, and 632 more." — names in the order given. */
function ranking(totals: [string, number][], by: string, ctx: SummaryContext): string {
  const items = totals.slice(0, LISTED).map(([name, value]) => `${name} ${formatNumber(value, ctx.locale)}`);
  return ctx.locale.strings.summaryRanking({
    measure: ctx.measureLabel,
    by,
    items: items.join(', '),
    more: Math.max(0, totals.length - LISTED),
  });
}
