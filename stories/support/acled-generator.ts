// Synthetic events in the shape of an ACLED export (its 31 columns), for the large-data stories.
// ACLED's terms forbid redistributing real rows, and a large file does not belong in the
// repository, so the rows are generated in the browser from a seed: the same seed gives the
// same rows on every run.

import { mulberry32 } from '../../bench/generate.js';

type Weighted<T> = [T, number][];

function picker<T>(items: Weighted<T>): (r: number) => T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0);
  return (r) => {
    let left = r * total;
    for (const [item, weight] of items) if ((left -= weight) < 0) return item;
    return items[items.length - 1][0];
  };
}

interface Country {
  name: string;
  iso: number;
  iso3: string;
  admin1: string[];
  armed: Weighted<string>;
  state: string;
  civilians: string;
}

const JNIM = 'JNIM: Group for Support of Islam and Muslims';
const IS_SAHEL = 'Islamic State Sahel Province';
const COUNTRIES: Weighted<Country> = [
  [
    {
      name: 'Burkina Faso',
      iso: 854,
      iso3: 'BFA',
      admin1: ['Sahel', 'Est', 'Nord', 'Boucle du Mouhoun', 'Centre-Nord'],
      armed: [
        [JNIM, 6],
        [IS_SAHEL, 2],
        ['VDP: Volunteers for the Defense of the Homeland', 2],
      ],
      state: 'Military Forces of Burkina Faso (2022-)',
      civilians: 'Civilians (Burkina Faso)',
    },
    34,
  ],
  [
    {
      name: 'Mali',
      iso: 466,
      iso3: 'MLI',
      admin1: ['Mopti', 'Segou', 'Gao', 'Menaka', 'Timbuktu'],
      armed: [
        [JNIM, 6],
        [IS_SAHEL, 2],
        ['Wagner Group', 2],
        ['Dozo Communal Militia (Mali)', 1],
      ],
      state: 'Military Forces of Mali (2021-)',
      civilians: 'Civilians (Mali)',
    },
    28,
  ],
  [
    {
      name: 'Nigeria',
      iso: 566,
      iso3: 'NGA',
      admin1: ['Borno', 'Yobe', 'Adamawa', 'Zamfara', 'Kaduna'],
      armed: [
        ['Islamic State West Africa Province', 4],
        ['Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad', 3],
        ['Unidentified Armed Group (Nigeria)', 4],
      ],
      state: 'Military Forces of Nigeria (2015-2023)',
      civilians: 'Civilians (Nigeria)',
    },
    24,
  ],
  [
    {
      name: 'Niger',
      iso: 562,
      iso3: 'NER',
      admin1: ['Tillaberi', 'Tahoua', 'Diffa', 'Dosso'],
      armed: [
        [IS_SAHEL, 5],
        [JNIM, 3],
        ['Islamic State West Africa Province', 1],
      ],
      state: 'Military Forces of Niger (2023-)',
      civilians: 'Civilians (Niger)',
    },
    10,
  ],
  [
    {
      name: 'Benin',
      iso: 204,
      iso3: 'BEN',
      admin1: ['Alibori', 'Atacora'],
      armed: [
        [JNIM, 5],
        ['Unidentified Armed Group (Benin)', 1],
      ],
      state: 'Military Forces of Benin (2016-)',
      civilians: 'Civilians (Benin)',
    },
    3,
  ],
  [
    {
      name: 'Togo',
      iso: 768,
      iso3: 'TGO',
      admin1: ['Savanes'],
      armed: [[JNIM, 5]],
      state: 'Military Forces of Togo (2005-)',
      civilians: 'Civilians (Togo)',
    },
    1,
  ],
];

type Target = 'state' | 'civilians' | 'armed' | 'none';
const EVENT_TYPES: Weighted<{ type: string; sub: string[]; disorder: string; target: Target; deadly: number }> = [
  [
    {
      type: 'Battles',
      sub: ['Armed clash', 'Non-state actor overtakes territory'],
      disorder: 'Political violence',
      target: 'state',
      deadly: 0.7,
    },
    35,
  ],
  [
    {
      type: 'Violence against civilians',
      sub: ['Attack', 'Abduction/forced disappearance'],
      disorder: 'Political violence',
      target: 'civilians',
      deadly: 0.6,
    },
    30,
  ],
  [
    {
      type: 'Explosions/Remote violence',
      sub: ['Remote explosive/landmine/IED', 'Air/drone strike', 'Shelling/artillery/missile attack'],
      disorder: 'Political violence',
      target: 'none',
      deadly: 0.5,
    },
    15,
  ],
  [
    {
      type: 'Strategic developments',
      sub: ['Looting/property destruction', 'Non-violent transfer of territory', 'Other'],
      disorder: 'Strategic developments',
      target: 'armed',
      deadly: 0,
    },
    10,
  ],
  [{ type: 'Protests', sub: ['Peaceful protest'], disorder: 'Demonstrations', target: 'none', deadly: 0 }, 7],
  [
    {
      type: 'Riots',
      sub: ['Mob violence', 'Violent demonstration'],
      disorder: 'Demonstrations',
      target: 'civilians',
      deadly: 0.2,
    },
    3,
  ],
];

const FIRST_DAY = Date.UTC(2018, 0, 1);
const DAYS = (Date.UTC(2024, 11, 31) - FIRST_DAY) / 86_400_000 + 1;

/** One ACLED-shaped row: every column of the current export, in its order. */
export interface AcledRow {
  event_id_cnty: string;
  event_date: string;
  year: number;
  time_precision: number;
  disorder_type: string;
  event_type: string;
  sub_event_type: string;
  actor1: string;
  assoc_actor_1: string;
  inter1: string;
  actor2: string;
  assoc_actor_2: string;
  inter2: string;
  interaction: string;
  civilian_targeting: string;
  iso: number;
  region: string;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  location: string;
  latitude: number;
  longitude: number;
  geo_precision: number;
  source: string;
  source_scale: string;
  notes: string;
  fatalities: number;
  tags: string;
  timestamp: number;
}

/**
 * `count` events in West Africa, 2018–2024, growing over time, in ACLED's columns and actor
 * names (so the default aliases apply). Dates are `YYYY-MM-DD`, as in ACLED's API and HDX files.
 */
export function generateAcledEvents(count: number, seed = 20250701): AcledRow[] {
  const random = mulberry32(seed);
  const pickCountry = picker(COUNTRIES);
  const pickType = picker(EVENT_TYPES);
  const armedPickers = new Map(COUNTRIES.map(([c]) => [c, picker(c.armed)]));
  const days = Array.from({ length: DAYS }, (_, i) => new Date(FIRST_DAY + i * 86_400_000).toISOString().slice(0, 10));
  const serial = new Map<string, number>();
  const rows: AcledRow[] = new Array(count);
  for (let i = 0; i < count; i++) {
    const country = pickCountry(random());
    const kind = pickType(random());
    const actor1 = kind.type === 'Protests' ? `Protesters (${country.name})` : armedPickers.get(country)!(random());
    const actor2 =
      kind.target === 'state'
        ? country.state
        : kind.target === 'civilians'
          ? country.civilians
          : kind.target === 'armed'
            ? country.state
            : '';
    // sqrt skews the dates towards the later years, as the violence grew.
    const date = days[Math.floor(Math.sqrt(random()) * DAYS)];
    const n = (serial.get(country.iso3) ?? 0) + 1;
    serial.set(country.iso3, n);
    const fatalities = random() < kind.deadly ? Math.floor(-Math.log(1 - random()) * 6) : 0;
    const admin1 = country.admin1[Math.floor(random() * country.admin1.length)];
    rows[i] = {
      event_id_cnty: `${country.iso3}${n}`,
      event_date: date,
      year: Number(date.slice(0, 4)),
      time_precision: 1,
      disorder_type: kind.disorder,
      event_type: kind.type,
      sub_event_type: kind.sub[Math.floor(random() * kind.sub.length)],
      actor1,
      assoc_actor_1: '',
      inter1: kind.type === 'Protests' ? 'Protesters' : 'Rebel group',
      actor2,
      assoc_actor_2: '',
      inter2: actor2 === country.civilians ? 'Civilians' : actor2 ? 'State forces' : '',
      interaction:
        actor2 === country.civilians ? 'Rebel group-Civilians' : actor2 ? 'State forces-Rebel group' : 'Rebel group only',
      civilian_targeting: actor2 === country.civilians ? 'Civilian targeting' : '',
      iso: country.iso,
      region: 'Western Africa',
      country: country.name,
      admin1,
      admin2: '',
      admin3: '',
      location: admin1,
      latitude: Math.round((10 + random() * 8) * 1e4) / 1e4,
      longitude: Math.round((-5 + random() * 18) * 1e4) / 1e4,
      geo_precision: 1 + Math.floor(random() * 3),
      source: 'Synthetic',
      source_scale: 'Other',
      notes: 'Synthetic event generated for the conflict-charts stories.',
      fatalities,
      tags: '',
      timestamp: 1735689600,
    };
  }
  return rows;
}

/** ACLED names each army with its years: short names keep legends and axes readable. */
export const ARMY_ALIASES = JSON.stringify({
  'Military Forces of Burkina Faso (2022-)': 'Burkina Faso army',
  'Military Forces of Mali (2021-)': 'Mali army',
  'Military Forces of Nigeria (2015-2023)': 'Nigeria army',
  'Military Forces of Niger (2023-)': 'Niger army',
  'VDP: Volunteers for the Defense of the Homeland': 'VDP militia',
});

const cache = new Map<string, AcledRow[]>();

/** A story loader: `{events}`, 100,000 generated rows unless told otherwise, made once per page. */
export async function largeAcledLoader(count = 100_000, seed = 20250701): Promise<{ events: AcledRow[] }> {
  const key = `${count}:${seed}`;
  if (!cache.has(key)) cache.set(key, generateAcledEvents(count, seed));
  return { events: cache.get(key)! };
}
