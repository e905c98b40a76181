import { changeSummary } from '../a11y/change-summary.js';
import { mapSummary } from '../a11y/map-summary.js';
import type { TableColumn } from '../a11y/table-columns.js';
import { aggregateLocations } from '../data/locations.js';
import { aggregateMapCountries } from '../data/map-countries.js';
import { aggregateRegions } from '../data/regions.js';
import { renameGroups } from '../data/rename-groups.js';
import type { Interval, MapGroupBy, MapMark, MapRow, SkippedRecord } from '../data/types.js';
import { formatNumber, formatPeriod } from '../locale/format.js';
import { mapWords } from '../locale/map-words.js';
import type { ChartLocale } from '../locale/types.js';
import type { ResolvedOptions } from '../options/resolve.js';
import type { SpecContext } from '../specs/common.js';
import { conflictMapSpec, conflictMapVegaSpec, type MapSpecOptions } from '../specs/conflict-map-spec.js';
import type { MapPanelsOptions } from '../specs/map-parts.js';
import { registerGeoTransforms } from '../specs/vega/geo-transforms.js';
import type { ChartDefinition, CountingContext } from './definition.js';
import { panelRows, panelsOfRows } from './map-panels.js';
import { boundariesOf, readBoundaryFile, regionsNotOnMap } from './map-regions.js';

// Before any map spec is parsed: the definition loads with the counting, before the drawing.
registerGeoTransforms();

const groupTitle = (groupBy: string, locale: ChartLocale) =>
  groupBy === 'actor' ? locale.strings.actor : locale.strings.eventType;

/** The events each points map's rows left out (no dot: country-level or invalid locations). */
const leftOutOf = new WeakMap<readonly MapRow[], SkippedRecord[]>();

const points = (o: ResolvedOptions) => o.mark === 'points';

/** Countries counted that the atlas cannot draw: "Atlantis 2, Wakanda 1". */
function notOnMap(rows: readonly MapRow[], locale: ChartLocale): string | undefined {
  const missing = rows.filter((row) => row.iso === undefined && row.latitude === undefined);
  return missing.length ? missing.map((row) => `${row.country || '—'} ${formatNumber(row.value, locale)}`).join(', ') : undefined;
}

function specOptions(rows: readonly MapRow[], context: SpecContext, o: ResolvedOptions): MapSpecOptions {
  const mark = o.mark as MapMark;
  const boundaries = boundariesOf(o);
  return {
    ...context,
    mark,
    groupTitle: groupTitle(o.groupBy, context.locale),
    notOnMap: mark === 'countries' ? notOnMap(rows, context.locale) : undefined,
    notInBoundaries: mark === 'regions' ? regionsNotOnMap(rows, context.locale) : undefined,
    regions: boundaries && { name: boundaries.name, features: boundaries.features, boxes: boundaries.boxes },
    panels: panelOptions(rows, context.locale),
  };
}

/** The small maps' periods and titles, when the rows are drawn as small multiples. */
function panelOptions(rows: readonly MapRow[], locale: ChartLocale): MapPanelsOptions | undefined {
  const panels = panelsOfRows(rows);
  if (!panels) return undefined;
  const titles = panels.periods.map((period) => formatPeriod(period, panels.interval, locale));
  return { periods: panels.periods, titles, total: panels.total };
}

/** "One map per period: 2017 497, 2018 525, 2019 509." ('' for a single map). */
function panelsSummary(rows: readonly MapRow[], locale: ChartLocale): string {
  const panels = panelsOfRows(rows);
  const words = mapWords(locale);
  if (!panels || !words.panelsSummary) return '';
  const totals = new Map(panels.periods.map((period) => [period, 0]));
  for (const row of rows) totals.set(row.period!, totals.get(row.period!)! + row.value);
  const items = panels.periods.map((p) => `${formatPeriod(p, panels.interval, locale)} ${formatNumber(totals.get(p)!, locale)}`);
  return words.panelsSummary(items.join(', '));
}

/** How `<conflict-map>` counts, specifies and describes its map (loaded only with a map). */
export const conflictMapDefinition: ChartDefinition<MapRow> = {
  tag: 'conflict-map',
  needsCountry: (o) => o.mark === 'countries' || Boolean(o.filters.countries),
  readFiles: readBoundaryFile,
  aggregate(events, counting, o) {
    const groupBy = o.groupBy as MapGroupBy;
    const boundaries = boundariesOf(o);
    const count = (c: CountingContext) => {
      if (o.mark === 'regions') return { rows: aggregateRegions(events, c, new Set(boundaries!.boxes.keys())), skipped: [] };
      if (!points(o)) return { rows: aggregateMapCountries(events, c), skipped: [] };
      const { rows, skipped } = aggregateLocations(events, { ...c, groupBy });
      return { rows: groupBy === 'event-type' ? renameGroups(rows, c.eventTypeNames) : rows, skipped };
    };
    const { rows, skipped } = o.smallMultiples === 'none' ? count(counting) : panelRows(events, counting, o, count);
    leftOutOf.set(rows, skipped);
    return rows;
  },
  leftOut: (rows) => leftOutOf.get(rows) ?? [],
  keyboardLimit: 200,
  buildSpec: (rows, context, o) => conflictMapSpec(rows, specOptions(rows, context, o)),
  // Small maps are drawn through Vega-Lite's compiler (loaded with them): no Vega twin yet.
  buildVegaSpec: (rows, context, o) =>
    o.smallMultiples === 'none' ? conflictMapVegaSpec(rows, specOptions(rows, context, o)) : undefined,
  // By month, and which countries first have events after the range's first month.
  changeBy: () => ({ interval: 'month', groupBy: 'country' }),
  summarize: (rows, measureLabel, locale, o, change) =>
    [mapSummary(rows, o.mark as MapMark, { measureLabel, locale }), panelsSummary(rows, locale), changeSummary(change, locale)]
      .filter(Boolean)
      .join(' '),
  describeRow(row, locale) {
    const region = row.region === undefined ? undefined : row.region || mapWords(locale).noRegion;
    const where = [row.place ?? region, row.country].filter(Boolean).join(', ');
    const group = row.group ? ` (${row.group})` : '';
    const approximate = row.approximate ? `, ${mapWords(locale).approximate.toLowerCase()}` : '';
    return `${where}${group}: ${formatNumber(row.value, locale)}${approximate}`;
  },
  tableColumns(measureLabel, locale, o) {
    const columns: TableColumn<MapRow>[] = [];
    if (o.smallMultiples !== 'none') {
      const interval = o.smallMultiples as Interval;
      columns.push({
        label: locale.strings.period,
        cell: (row) => (row.period ? formatPeriod(row.period, interval, locale) : ''),
      });
    }
    if (points(o)) columns.push({ label: mapWords(locale).place, cell: (row) => row.place ?? '' });
    if (o.mark === 'regions') columns.push({ label: mapWords(locale).region ?? 'Region', cell: (row) => row.region ?? '' });
    columns.push({ label: locale.strings.country, cell: (row) => row.country });
    if (points(o) && o.groupBy !== 'none') columns.push({ label: groupTitle(o.groupBy, locale), cell: (row) => row.group ?? '' });
    columns.push({ label: measureLabel, cell: (row) => formatNumber(row.value, locale), numeric: true });
    if (points(o)) {
      columns.push({
        label: mapWords(locale).location,
        cell: (row) => (row.approximate ? mapWords(locale).approximate : mapWords(locale).exact),
      });
    }
    return columns;
  },
};
