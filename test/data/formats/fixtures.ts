// Shared by the format tests: reading CSV text as the element does, and the real headers.
import { formatDay } from '../../../src/util/dates.js';
import { normalizeRows } from '../../../src/data/normalize.js';
import { parseTable } from '../../../src/data/parse-table.js';
import type { ConflictEvent, NormalizeOptions } from '../../../src/data/types.js';

/* ACLED rows here are invented (ACLED data may not be redistributed); UCDP rows are UCDP's. */

export function read(text: string, options: NormalizeOptions = {}) {
  const { rows, columns } = parseTable(text);
  return normalizeRows(rows, columns, options);
}

/** The fields a test cares about, with the day written out. */
export const brief = (e: ConflictEvent) => ({
  record: e.record,
  id: e.id,
  date: formatDay(e.day),
  precision: e.precision,
  country: e.country,
  actors: e.actors,
  eventType: e.eventType,
  fatalities: e.fatalities,
  value: e.value,
});

/** A CSV line from cells, quoting those that need it. */
const line = (cells: string[]) =>
  cells.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',');

/** A CSV file with `header`; each row names only the cells it fills. */
export function csv(header: string[], rows: Record<string, string>[], hxl?: Record<string, string>): string {
  const lines = [line(header)];
  if (hxl) lines.push(line(header.map((h) => hxl[h] ?? '')));
  for (const row of rows) lines.push(line(header.map((h) => row[h] ?? '')));
  return lines.join('\n') + '\n';
}

export const ACLED_HEADER = (
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,' +
  'actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'
).split(',');

export const ACLED_HDX_HEADER = (
  'data_id,iso,event_id_cnty,event_id_no_cnty,event_date,year,time_precision,event_type,sub_event_type,actor1,' +
  'assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,region,country,admin1,admin2,admin3,location,' +
  'latitude,longitude,geo_precision,source,source_scale,notes,fatalities,timestamp,iso3'
).split(',');

export const UCDP_HEADER = (
  'id,relid,year,active_year,code_status,type_of_violence,conflict_dset_id,conflict_new_id,conflict_name,' +
  'dyad_dset_id,dyad_new_id,dyad_name,side_a_dset_id,side_a_new_id,side_a,side_b_dset_id,side_b_new_id,side_b,' +
  'number_of_sources,source_article,source_office,source_date,source_headline,source_original,where_prec,' +
  'where_coordinates,where_description,adm_1,adm_2,latitude,longitude,geom_wkt,priogrid_gid,country,country_id,' +
  'region,event_clarity,date_prec,date_start,date_end,deaths_a,deaths_b,deaths_civilians,deaths_unknown,best,high,' +
  'low,gwnoa,gwnob'
).split(',');
