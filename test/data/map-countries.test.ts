import { expect } from '@open-wc/testing';
import { csvParse } from 'd3-dsv';
import { aggregateMapCountries } from '../../src/data/map-countries.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import { COUNTING as counting } from '../helpers/counting.js';


function read(text: string) {
  const table = parseTable(text, 'csv');
  return normalizeRows(table.rows, table.columns, { requireCountry: true }).table;
}

describe('aggregateMapCountries', () => {
  it('counts UCDP events per country with ISO numeric codes, never UCDP’s Gleditsch–Ward country_id', async () => {
    const text = await (await fetch('/data/ucdp_ged231_sample_westafrica_2017-2022.csv')).text();
    const counts = new Map<string, number>();
    const gw = new Map<string, string>();
    for (const row of csvParse(text)) {
      counts.set(row.country!, (counts.get(row.country!) ?? 0) + 1);
      gw.set(row.country!, row.country_id!);
    }
    const rows = aggregateMapCountries(read(text), counting);
    // ISO 3166-1: Nigeria 566, Mali 466, Burkina Faso 854, Niger 562 (Gleditsch–Ward: 475, 432, 439, 436).
    const iso: Record<string, string> = { Nigeria: '566', Mali: '466', 'Burkina Faso': '854', Niger: '562' };
    expect(rows).to.deep.equal(
      [...counts]
        .sort((a, b) => b[1] - a[1])
        .map(([country, value]) => ({ country, iso: iso[country], value })),
    );
    expect(rows.every((row) => row.iso !== gw.get(row.country))).to.equal(true);
  });

  it('takes ACLED’s own iso column first, and keeps a country it cannot place, without a code', () => {
    // Synthetic ACLED rows (ACLED's terms do not allow redistributing real ones).
    const text = [
      'event_id_cnty,event_date,iso,country,actor1,actor2,event_type,fatalities,latitude,longitude,geo_precision,location',
      'DRC1,2024-03-01,180,Democratic Republic of Congo,M23,Military Forces,Battles,4,-1.5,29.2,1,Goma',
      'DRC2,2024-03-02,180,Democratic Republic of Congo,M23,,Battles,0,-1.4,29.1,2,Rutshuru',
      'XYZ1,2024-03-03,,Atlantis,Sea People,,Battles,1,10,10,1,Poseidonis',
      'BFA1,2024-03-04,854,Burkina Faso,JNIM,Military Forces,Battles,9,14.1,-1.6,1,Djibo',
    ].join('\n');
    expect(aggregateMapCountries(read(text), counting)).to.deep.equal([
      { country: 'Democratic Republic of Congo', iso: '180', value: 2 },
      { country: 'Atlantis', value: 1 },
      { country: 'Burkina Faso', iso: '854', value: 1 },
    ]);
  });
});
