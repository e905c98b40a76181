// Seeded generator of ACLED-shaped rows for the benchmark. Plain JavaScript with no imports,
// so the same file runs in the page (rows are made inside the browser from the seed, never
// sent over the protocol) and in Node (to write the big CSV for the streaming test).
//
// Realistic skew: a few countries and actors dominate (Zipf weights), about one event in
// three has civilians as the second side, aliased spellings of the same group appear (JNIM,
// IS Sahel), and the number of events rises over the eight years. Every value is a string,
// as ACLED's CSV and API give them.

/** The 31 columns of an ACLED export, in file order. */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
];

/** First and last day of the generated data (inclusive). */
export const FIRST_DAY = '2018-01-01';
export const LAST_DAY = '2025-12-31';

/** Mulberry32: a small, fast, seeded PRNG giving floats in [0, 1). */
export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// [name, ISO numeric, ISO3, weight]
const COUNTRIES = [
  ['Burkina Faso', '854', 'BFO'],
  ['Mali', '466', 'MLI'],
  ['Nigeria', '566', 'NIG'],
  ['Niger', '562', 'NER'],
  ['Cameroon', '120', 'CAO'],
  ['Chad', '148', 'CHA'],
  ['Benin', '204', 'BEN'],
  ['Togo', '768', 'TOG'],
  ['Mauritania', '478', 'MAU'],
  ['Senegal', '686', 'SEN'],
  ['Ghana', '288', 'GHA'],
  ["Cote d'Ivoire", '384', 'CDI'],
];

// Actors a country's events draw from, besides the regional ones.
const REGIONAL_ACTORS = [
  'JNIM: Group for Support of Islam and Muslims',
  'Islamic State Sahel Province',
  'Islamic State West Africa Province',
  'JNIM',
  'Islamic State (Greater Sahara)',
  "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad",
  'Wagner Group',
  'Unidentified Armed Group',
  'Fulani Ethnic Militia',
  'Dozo Communal Militia',
  'Koglweogo',
  'Ansaroul Islam',
  'JNIM: Group for Support of Islam and Muslims and/or Islamic State Sahel Province',
  'Africa Corps',
  'Katiba Macina',
];
const LOCAL_ACTORS = (country) => [
  `Military Forces of ${country} (2016-)`,
  `Police Forces of ${country} (2016-)`,
  `Rioters (${country})`,
  `Protesters (${country})`,
  `Unidentified Armed Group (${country})`,
  `Communal Militia (${country})`,
  `VDP: Volunteers for the Defense of the Homeland`,
  `Government of ${country} (2016-)`,
];

const EVENT_TYPES = [
  ['Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Battles', ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory']],
  ['Explosions/Remote violence', ['Remote explosive/landmine/IED', 'Air/drone strike', 'Shelling/artillery/missile attack']],
  ['Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Strategic developments', ['Looting/property destruction', 'Other', 'Arrests']],
  ['Riots', ['Violent demonstration', 'Mob violence']],
];

const NOTES = [
  'On this date, armed men attacked the village and killed several residents.',
  'Military forces clashed with militants near the town; fatalities reported on both sides.',
  'An IED exploded under a military vehicle on the road between the two towns.',
  'Unidentified gunmen abducted a local official.',
  'Residents protested against insecurity in front of the prefecture.',
  'Militants burned shops and stole livestock in the market.',
];
const SOURCES = ['Le Faso', 'Studio Tamani', 'AFP', 'Reuters', 'Local Source', 'Xinhua', 'Twitter; Whatsapp', 'Aksar'];
const SCALES = ['National', 'International', 'Local partner-Other', 'New media', 'Subnational-National'];

/** Zipf-like cumulative weights: item k gets 1 / (k + 1)^s. */
function cumulative(count, s) {
  const weights = Array.from({ length: count }, (_, k) => 1 / Math.pow(k + 1, s));
  const total = weights.reduce((a, b) => a + b, 0);
  let run = 0;
  return weights.map((w) => (run += w / total));
}

function pickIndex(cum, u) {
  let lo = 0;
  let hi = cum.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cum[mid] < u) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function dayNumber(y, m, d) {
  return Math.round(Date.UTC(y, m - 1, d) / 86400000);
}

/**
 * `n` ACLED rows from `seed`. Same seed and n, same rows, in any JavaScript engine.
 * @returns {Record<string, string>[]}
 */
export function generateAcledRows(n, seed = 20250715) {
  const random = mulberry32(seed);
  const first = dayNumber(2018, 1, 1);
  const span = dayNumber(2025, 12, 31) - first + 1;
  const countryCum = cumulative(COUNTRIES.length, 1.1);
  const regionalCum = cumulative(REGIONAL_ACTORS.length, 1.05);
  const localCum = cumulative(8, 1.2);
  const typeCum = cumulative(EVENT_TYPES.length, 0.9);
  const locals = COUNTRIES.map(([name]) => LOCAL_ACTORS(name));
  const civilians = COUNTRIES.map(([name]) => `Civilians (${name})`);
  const admin1 = COUNTRIES.map(([name]) => Array.from({ length: 8 }, (_, i) => `${name} Region ${i + 1}`));
  const locations = COUNTRIES.map(([name]) => Array.from({ length: 40 }, (_, i) => `${name} town ${i + 1}`));
  const dates = [];
  for (let i = 0; i < span; i++) dates.push(new Date((first + i) * 86400000).toISOString().slice(0, 10));
  const years = dates.map((d) => d.slice(0, 4));
  const monthDays = dates.map((d) => d.slice(4));
  const counters = COUNTRIES.map(() => 0);
  const rows = [];
  for (let i = 0; i < n; i++) {
    // Rising trend: the density grows linearly over the span (inverse CDF of a ramp from 1 to 3).
    const u = random();
    const t = (-1 + Math.sqrt(1 + 8 * u)) / 2; // solves t + t^2 = 2u on [0, 1]
    const dayIndex = Math.min(span - 1, Math.floor(t * span));
    const c = pickIndex(countryCum, random());
    const [country, iso, iso3] = COUNTRIES[c];
    const local = random() < 0.45;
    const actor1 = local ? locals[c][pickIndex(localCum, random())] : REGIONAL_ACTORS[pickIndex(regionalCum, random())];
    const r2 = random();
    const actor2 =
      r2 < 0.35
        ? civilians[c]
        : r2 < 0.65
          ? locals[c][pickIndex(localCum, random())]
          : r2 < 0.8
            ? REGIONAL_ACTORS[pickIndex(regionalCum, random())]
            : '';
    const [eventType, subTypes] = EVENT_TYPES[pickIndex(typeCum, random())];
    const deadly = random() < 0.45;
    const fatalities = deadly ? Math.floor(-Math.log(1 - random()) * 6) : 0;
    const id = ++counters[c];
    rows.push({
      event_id_cnty: `${iso3}${id}`,
      // A new string for each row, as a parsed file gives (categorical values are shared).
      event_date: years[dayIndex] + monthDays[dayIndex],
      year: years[dayIndex],
      time_precision: '1',
      disorder_type: 'Political violence',
      event_type: eventType,
      sub_event_type: subTypes[Math.floor(random() * subTypes.length)],
      actor1,
      assoc_actor_1: '',
      inter1: local ? '1' : '2',
      actor2,
      assoc_actor_2: '',
      inter2: actor2 === civilians[c] ? '7' : actor2 ? '1' : '',
      interaction: actor2 === civilians[c] ? '27' : '12',
      civilian_targeting: actor2 === civilians[c] ? 'Civilian targeting' : '',
      iso,
      region: 'Western Africa',
      country,
      admin1: admin1[c][Math.floor(random() * 8)],
      admin2: '',
      admin3: '',
      location: locations[c][Math.floor(random() * 40)],
      latitude: (10 + random() * 10).toFixed(4),
      longitude: (-10 + random() * 20).toFixed(4),
      geo_precision: '1',
      source: SOURCES[Math.floor(random() * SOURCES.length)],
      source_scale: SCALES[Math.floor(random() * SCALES.length)],
      notes: NOTES[Math.floor(random() * NOTES.length)],
      fatalities: String(fatalities),
      tags: '',
      timestamp: String(1700000000 + i),
    });
  }
  return rows;
}

/** The rows as CSV text (RFC 4180 quoting), header first. */
export function toCsv(rows, columns = ACLED_COLUMNS) {
  const quote = (v) => (/[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const lines = [columns.join(',')];
  for (const row of rows) lines.push(columns.map((c) => quote(String(row[c] ?? ''))).join(','));
  return lines.join('\n') + '\n';
}
