// The real data files (served from data/ at /data) and small excerpts of them written inline.
import { csvParse } from 'd3-dsv';

/** UCDP GED 20.1, HDX copy for Nigeria, 2017–2019: 1,531 lethal events. */
export const NIGERIA = 'data/ucdp_ged_nigeria_2017-2019.csv';
/** UCDP GED 23.1 sample rows for Mali, Burkina Faso, Niger and Nigeria, 2017–2022: 19 events. */
export const WEST_AFRICA = 'data/ucdp_ged231_sample_westafrica_2017-2022.csv';
/** JNIM's claimed attacks per country, May and July 2025 (Counter Extremism Project), pre-aggregated. */
export const CEP_CLAIMS = 'data/jnim_claims_cep_2025.csv';
/** The Nigeria file counted by month, country and actor pair by `conflict-charts aggregate` (332 rows and a provenance row). */
export const NIGERIA_COUNTS = 'data/ucdp_nigeria_counts_by_month_actor.csv';
/**
 * The first-level regions of Nigeria (36 states and the capital territory), Mali and Niger, from
 * Natural Earth's 1:10m admin-1 (public domain), simplified by scripts/generate-boundaries.mjs: a
 * desk's "own boundaries" for `<conflict-map boundaries>`.
 */
export const ADMIN1 = 'data/natural-earth-admin1-ng-ml-ne.topojson';
/** A file that does not exist: the server answers 404. */
export const MISSING = 'data/no-such-file.csv';

export const UCDP_CREDIT = 'Data: UCDP GED 20.1 via HDX (CC BY 4.0)';
export const UCDP_SAMPLE_CREDIT = 'Data: UCDP GED 23.1 sample (CC BY 4.0)';
export const CEP_CREDIT = 'Source: Counter Extremism Project, “Sahel Monitoring July 2025”';

/** How the claims file is read: a month column and a count to sum, not one row per event. */
export const CLAIMS_ARGS = {
  'date-field': 'month',
  'country-field': 'country',
  'actor-field': 'actor',
  'value-field': 'claimed_attacks',
  'measure-label': 'Claimed attacks (JNIM statements)',
} as const;

/** The rows of jnim_claims_cep_2025.csv, as written there. */
export const CLAIMS_2025 = [
  { month: '2025-05', country: 'Burkina Faso', actor: 'JNIM', claimed_attacks: 70 },
  { month: '2025-05', country: 'Mali', actor: 'JNIM', claimed_attacks: 44 },
  { month: '2025-05', country: 'Niger', actor: 'JNIM', claimed_attacks: 8 },
  { month: '2025-05', country: 'Togo', actor: 'JNIM', claimed_attacks: 1 },
  { month: '2025-07', country: 'Burkina Faso', actor: 'JNIM', claimed_attacks: 54 },
  { month: '2025-07', country: 'Mali', actor: 'JNIM', claimed_attacks: 36 },
  { month: '2025-07', country: 'Niger', actor: 'JNIM', claimed_attacks: 7 },
  { month: '2025-07', country: 'Togo', actor: 'JNIM', claimed_attacks: 1 },
];
/** The July 2025 rows only: the month of the record 99 claims. */
export const CLAIMS_JULY_2025 = CLAIMS_2025.filter((row) => row.month === '2025-07');

/** Rows as an HTML table with a header row: what a CMS editor pastes, and what readers without JavaScript see. */
export function tableOf(rows: Record<string, unknown>[]): string {
  const columns = Object.keys(rows[0]);
  const cells = (values: unknown[], tag: 'th' | 'td') => values.map((v) => `<${tag}>${v}</${tag}>`).join('');
  const body = rows.map((row) => `<tr>${cells(Object.values(row), 'td')}</tr>`).join('');
  return `<table><thead><tr>${cells(columns, 'th')}</tr></thead><tbody>${body}</tbody></table>`;
}

/** A story loader: the rows of a CSV file, parsed by the page (for stories that set `.data`). */
export async function csvRows(url: string): Promise<Record<string, string>[]> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: ${response.status}`);
  return csvParse(await response.text());
}

/**
 * The 19 events of the UCDP GED 23.1 West Africa sample, reduced to six columns and renamed as
 * a newsroom spreadsheet would have them (`best` → `deaths`, `type_of_violence` spelled out).
 * Generic rows: the actors need `actor-field="side_a, side_b"`.
 */
export const WEST_AFRICA_EVENTS = [
  { date: '2017-03-29', country: 'Mali', side_a: 'Government of Mali', side_b: 'JNIM', type: 'State-based conflict', deaths: 3 },
  { date: '2018-01-11', country: 'Mali', side_a: 'Government of Mali', side_b: 'JNIM', type: 'State-based conflict', deaths: 1 },
  { date: '2018-04-06', country: 'Nigeria', side_a: 'Agatu', side_b: 'Fulani', type: 'Non-state conflict', deaths: 2 },
  { date: '2018-05-14', country: 'Nigeria', side_a: 'Fulani', side_b: 'Tiv', type: 'Non-state conflict', deaths: 5 },
  {
    date: '2018-05-15',
    country: 'Nigeria',
    side_a: 'Government of Nigeria',
    side_b: "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
    type: 'State-based conflict',
    deaths: 2,
  },
  {
    date: '2018-11-27',
    country: 'Nigeria',
    side_a: 'Government of Nigeria',
    side_b: 'IS',
    type: 'State-based conflict',
    deaths: 3,
  },
  {
    date: '2019-01-01',
    country: 'Burkina Faso',
    side_a: 'Koglweogo',
    side_b: 'Civilians',
    type: 'One-sided violence',
    deaths: 23,
  },
  {
    date: '2019-02-09',
    country: 'Nigeria',
    side_a: 'Government of Nigeria',
    side_b: "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
    type: 'State-based conflict',
    deaths: 5,
  },
  { date: '2019-07-18', country: 'Nigeria', side_a: 'Jukun', side_b: 'Tiv', type: 'Non-state conflict', deaths: 1 },
  { date: '2019-07-25', country: 'Burkina Faso', side_a: 'JNIM', side_b: 'Civilians', type: 'One-sided violence', deaths: 19 },
  {
    date: '2020-04-25',
    country: 'Nigeria',
    side_a: 'Government of Nigeria',
    side_b: 'IS',
    type: 'State-based conflict',
    deaths: 0,
  },
  { date: '2020-08-22', country: 'Mali', side_a: 'IS', side_b: 'JNIM', type: 'Non-state conflict', deaths: 12 },
  { date: '2020-09-21', country: 'Nigeria', side_a: 'Birom', side_b: 'Fulani', type: 'Non-state conflict', deaths: 0 },
  { date: '2020-10-15', country: 'Burkina Faso', side_a: 'IS', side_b: 'Civilians', type: 'One-sided violence', deaths: 2 },
  { date: '2021-04-29', country: 'Niger', side_a: 'Government of Niger', side_b: 'IS', type: 'State-based conflict', deaths: 0 },
  { date: '2022-03-07', country: 'Mali', side_a: 'Government of Mali', side_b: 'JNIM', type: 'State-based conflict', deaths: 2 },
  { date: '2022-03-27', country: 'Mali', side_a: 'GATIA, MSA', side_b: 'IS', type: 'Non-state conflict', deaths: 48 },
  {
    date: '2022-08-25',
    country: 'Nigeria',
    side_a: 'Government of Nigeria',
    side_b: 'IPOB',
    type: 'State-based conflict',
    deaths: 5,
  },
  {
    date: '2022-11-21',
    country: 'Burkina Faso',
    side_a: 'Government of Burkina Faso',
    side_b: 'JNIM',
    type: 'State-based conflict',
    deaths: 7,
  },
];
