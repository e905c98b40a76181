// Seeded ACLED-shaped CSV for the engine equality tests: each awkward case the counting rules
// name comes at a fixed rate, so every seed exercises all of them. Nothing here reads src/.

// The benchmark's seeded generator (mulberry32), so a failing seed can be run again.
import { mulberry32 as random } from '../../bench/generate.js';

export const COUNTRIES = [
  'Mali',
  'Burkina Faso',
  'Niger',
  '\u00a0Benin\u00a0', // NBSP around the name
  'Côte d’Ivoire', // é composed
  'Co\u0302te d’Ivoire', // the same with a combining circumflex: another spelling, never merged
  'İzmir', // Turkish dotted capital I
  "O'Brien Land", // hostile to SQL quoting from here on
  'Back\\slash',
  "Quote\\'d",
  '-- not a comment',
  '/* not a comment */',
  'semi;colon',
  '\u200fRTL mark',
  '🦅 Astral',
  '\uFFFD Replacement',
  '',
];

export const ACTORS = [
  'JNIM: Group for Support of Islam and Muslims',
  '  jnim: group for support of islam and muslims ', // an alias, in another case, with spaces
  'Islamic State Sahel Province',
  'ISLAMIC STATE (GREATER SAHARA)',
  'Military Forces of Mali (2021-)',
  'Military Forces of Burkina Faso (2022-)',
  'Civilians (Mali)',
  'Wagner Group',
  'İSLAMİC Front',
  'Koglweogo\u00a0Militia',
  '🦅 Eagles',
  "Dozo's Hunters",
  '',
];

export const EVENT_TYPES = ['Battles', 'Violence against civilians', 'Explosions/Remote violence', 'Riots', ' battles ', ''];

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const MONTHS_FR = [
  'janvier',
  'Février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'Août',
  'septembre',
  'octobre',
  'novembre',
  'Décembre',
];
const pad = (n, w = 2) => String(n).padStart(w, '0');

/** A date cell: mostly ISO days near month ends, then every other accepted and refused form. */
function dateCell(next, yearOnly, dayOnly = false) {
  const y = 2019 + Math.floor(next() * 4);
  const m = 1 + Math.floor(next() * 12);
  const d = next() < 0.5 ? 1 + Math.floor(next() * 28) : [1, 28, 29, 30, 31][Math.floor(next() * 5)];
  const r = next();
  if (r < 0.45) return `${y}-${pad(m)}-${pad(d)}`; // may be impossible: 2021-02-30
  if (r < 0.5) return `${y}/${m}/${d}`;
  if (r < 0.55) return `${pad(d)}/${pad(m)}/${y}`;
  if (r < 0.58) return `${pad(d)}.${pad(m)}.${String(y).slice(2)}`;
  if (r < 0.62) return `${d} ${MONTHS_EN[m - 1]} ${y}`;
  if (r < 0.64) return `${d}-${MONTHS_EN[m - 1].slice(0, 3)}-${String(y).slice(2)}`;
  if (r < 0.66) return `${MONTHS_EN[m - 1]} ${d}, ${y}`;
  if (r < 0.68) return `${d === 1 ? '1er' : d} ${MONTHS_FR[m - 1]} ${y}`;
  if (r < 0.69 && !dayOnly) return `${MONTHS_FR[m - 1].normalize('NFD')} ${y}`; // month precision, combining accents
  if (r < 0.71 && !dayOnly) return `${y}-${pad(m)}`; // month precision
  // Bin edges written with times and offsets: the calendar date is taken as written.
  if (r < 0.74) return `${y}-${pad(m)}-01T00:30:00+09:00`;
  if (r < 0.77) return `${y}-${pad(m)}-${pad(Math.min(d, 28))} 23:59:59.000`;
  if (r < 0.78) return `${y}-${pad(m)}-${pad(Math.min(d, 28))}T23:30:00-05:00`;
  if (r < 0.8) return `"${y}-${pad(m)}-${pad(Math.min(d, 28))}"`; // quoted inside the cell
  if (r < 0.81) return `\u00a0${y}-${pad(m)}-${pad(Math.min(d, 28))}\u2003`; // NBSP and em space
  if (r < 0.82) return dayOnly ? `${pad(d)}.${pad(m)}.${y}` : `JUİN ${y}`; // Turkish İ: not "juin" to JavaScript
  if (r < 0.83) return yearOnly ? String(y) : `${y}-${pad(m)}-15`;
  if (r < 0.86)
    return ['not a date', '2021-13-01', '31/04/2021', '2021-02-29', 'Smarch 2021', '20210701'][Math.floor(next() * 6)];
  if (r < 0.89) return ['', '   ', '\u00a0'][Math.floor(next() * 3)]; // missing
  return `${y}-${pad(m)}-${pad(Math.min(d, 28))}`;
}

function fatalitiesCell(next) {
  const r = next();
  if (r < 0.7) return String(Math.floor(next() * 12));
  if (r < 0.75) return '';
  if (r < 0.78) return 'n/a';
  if (r < 0.81) return '1,234';
  if (r < 0.83) return '2,5';
  if (r < 0.85) return ` ${Math.floor(next() * 5)}\u00a0`;
  if (r < 0.86) return '1e999';
  if (r < 0.88) return '3.0';
  if (r < 0.9) return '1\u202f000';
  return String(Math.floor(next() * 3));
}

const pick = (next, list) => list[Math.floor(next() * list.length)];

/** CSV-quotes a cell (RFC 4180). */
export function csvCell(text) {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * An ACLED-shaped CSV text of about `rows` rows: repeated event ids (monadic exports) about one
 * row in ten, an HXL row and blank rows, the dates, numbers and names above. With `yearOnly`,
 * some dates name a whole year (which the aggregate table refuses).
 */
export function generateEvents(seed, { rows = 400, yearOnly = false, dayOnly = false } = {}) {
  const next = random(seed);
  const lines = ['event_id_cnty,event_date,event_type,actor1,actor2,country,fatalities,notes'];
  if (next() < 0.5)
    lines.push(
      '#event+id,#date+occurred,#event+type,#group+name+first,#group+name+second,#country+name,#affected+killed,#description',
    );
  let id = 1000;
  const earlier = [];
  for (let i = 0; i < rows; i++) {
    if (next() < 0.02) {
      lines.push(next() < 0.5 ? ',,,,,,,' : ' , ,\u00a0, , , , , ');
      continue;
    }
    let cells;
    if (earlier.length && next() < 0.1) {
      // A repeated record: the same id (sometimes as 1234.0 or with spaces), other actors.
      const first = pick(next, earlier);
      cells = [...first];
      cells[0] = pick(next, [first[0], ` ${first[0]} `]);
      cells[3] = pick(next, ACTORS);
      cells[4] = pick(next, ACTORS);
      if (next() < 0.2) cells[1] = dateCell(next, yearOnly, dayOnly); // a repeat may have a bad date of its own
    } else {
      const prefix = pick(next, ['MLI', 'BFO', 'NIR', '']);
      cells = [
        prefix ? `${prefix}${id++}` : pick(next, ['', `${id++}.0`]),
        dateCell(next, yearOnly, dayOnly),
        pick(next, EVENT_TYPES),
        pick(next, ACTORS),
        pick(next, ACTORS),
        pick(next, COUNTRIES),
        fatalitiesCell(next),
        pick(next, ['', 'multi-line\nnote, with "quotes"', '#not an HXL row']),
      ];
      earlier.push(cells);
    }
    lines.push(cells.map(csvCell).join(','));
  }
  return `${lines.join('\n')}\n`;
}

/** The Monday on or before a day, and the Sunday on or after it, worked out with Date. */
const weekday = (text) => new Date(`${text}T00:00:00Z`).getUTCDay();
const shift = (text, days) => new Date(Date.parse(`${text}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);
const monday = (text) => shift(text, -((weekday(text) + 6) % 7));
const sunday = (text) => shift(text, (7 - weekday(text)) % 7);

/** `from` and `to` values per interval; by day, 1960 asks for more than 20,000 days. */
const BOUNDS = {
  day: { from: ['2019', '2020-03-17', '2021-12', '1960'], to: ['2020-02-29', '2021-06', '2022-02-01', '2022-12-31'] },
  week: {
    from: ['2019-03-05', '2020-06-30', '2021-12-01', '2022-01-03'].map(monday),
    to: ['2020-01-01', '2021-06-07', '2022-02-28', '2022-12-25'].map(sunday),
  },
  month: { from: ['2019', '2020-03', '2021-12', '2022'], to: ['2020', '2021-06', '2022-02', '2022-12'] },
  quarter: { from: ['2019', '2020-04', '2021-10', '2022'], to: ['2020', '2021-06', '2022-03', '2022-12'] },
  year: { from: ['2019', '2020', '2021-01', '2022'], to: ['2020', '2021', '2021-12', '2022'] },
};

/** Seeded options of `aggregate` (and `sql`): splits, measures, periods, filters, aliases. */
export function generateOptions(seed) {
  const next = random(seed * 7919 + 17);
  const options = {};
  const interval = pick(next, ['month', 'month', 'month', 'day', 'week', 'week', 'quarter', 'year']);
  options.by = pick(next, [`${interval},country`, `${interval},country,actor`, `${interval},country,event-type`]);
  if (next() < 0.4) options.measure = 'fatalities';
  // Bounds that start and end whole periods of the interval (others are refused before counting).
  if (next() < 0.35) options.from = pick(next, BOUNDS[interval].from);
  if (next() < 0.35) options.to = pick(next, BOUNDS[interval].to);
  if (next() < 0.25) {
    options.countries = pick(next, [
      'mali, NIGER',
      'benin',
      "o'brien land,back\\slash",
      'i̇zmir',
      '🦅 astral,-- not a comment',
      'semi;colon,\u200frtl mark',
      'côte d’ivoire',
    ]);
  }
  if (next() < 0.25)
    options.actors = pick(next, [
      'JNIM',
      'is sahel',
      'jnim: group for support of islam and muslims',
      'wagner group,🦅 eagles',
      "dozo's hunters",
      'i̇slami̇c front',
    ]);
  if (next() < 0.2)
    options.eventTypes = pick(next, ['battles', 'Riots,Explosions/Remote violence', 'violence against civilians']);
  if (next() < 0.2)
    options.aliases = pick(next, [
      '{"Wagner Group":"Africa Corps"}',
      '{"wagner group":"Africa Corps","WAGNER GROUP":"Wagner"}',
      '{"Civilians (Mali)":"Civilians"}',
      '{"İSLAMİC Front":"IF"}',
    ]);
  return options;
}
