import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';

/** mulberry32: a small seeded PRNG, so every failure can be replayed from its seed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACLED = [
  'event_id_cnty,event_date,actor1,actor2,event_type,country,fatalities',
  'MLI1,2025-07-01,"JNIM: Group for Support of Islam and Muslims",Military Forces of Mali (2021-),Battles,Mali,3',
  'BFO2,16-Feb-21,"Islamic State Sahel Province","Civilians (Burkina Faso)",Violence against civilians,Burkina Faso,"1,234"',
  'NIG3,15 July 2025,Unidentified Armed Group (Niger),,Explosions/Remote violence,Niger,n/a',
].join('\n');

const seeds: string[] = [];

before(async () => {
  const nigeria = await (await fetch('/data/ucdp_ged_nigeria_2017-2019.csv')).text();
  seeds.push(ACLED, nigeria.slice(0, 12000), await (await fetch('/data/jnim_claims_cep_2025.csv')).text());
  seeds.push(
    JSON.stringify({
      status: 200,
      data: ACLED.split('\n')
        .slice(1)
        .map((line) => ({ event_date: line.split(',')[1], country: 'Mali', actor1: 'JNIM' })),
    }),
  );
});

type Mutation = (text: string, next: () => number) => string;

const MUTATIONS: Record<string, Mutation> = {
  cut: (text, next) => text.slice(0, Math.floor(next() * text.length)),
  'cut the start': (text, next) => text.slice(Math.floor(next() * text.length)),
  'random bytes': (text, next) => {
    const chars = text.split('');
    for (let i = 0; i < 20; i++) chars[Math.floor(next() * chars.length)] = String.fromCharCode(Math.floor(next() * 0xffff));
    return chars.join('');
  },
  'shuffled columns': (text, next) => {
    const lines = text.split('\n').map((line) => line.split(','));
    const order = lines[0].map((_, i) => i).sort(() => next() - 0.5);
    return lines.map((cells) => order.map((i) => cells[i] ?? '').join(',')).join('\n');
  },
  'huge field': (text, next) => {
    const at = Math.floor(next() * text.length);
    return `${text.slice(0, at)}${'x'.repeat(200_000)}${text.slice(at)}`;
  },
  'stray quotes': (text, next) => {
    const chars = text.split('');
    for (let i = 0; i < 5; i++) chars.splice(Math.floor(next() * chars.length), 0, '"');
    return chars.join('');
  },
  'deep JSON': (_text, next) => '['.repeat(1000 + Math.floor(next() * 5000)) + ']'.repeat(1000),
  'JSON of the wrong shape': (_text, next) =>
    JSON.stringify([null, 1, 'x', [1, 2], { event_date: { nested: true } }, { event_date: next() }]),
};

/** Reads `text` as an element would; returns 'rows' or 'error', and throws anything else. */
function read(text: string): 'rows' | 'error' {
  try {
    const { rows, columns } = parseTable(text);
    const result = normalizeRows(rows, columns, { format: 'auto' });
    expect(result.events.length + result.mergedRecords + result.skipped.length).to.equal(result.recordsRead);
    return 'rows';
  } catch (error) {
    if (error instanceof DataError) {
      expect(error.message.length).to.be.greaterThan(10);
      return 'error';
    }
    throw error;
  }
}

describe('fuzz: mutated files give rows or a clear error, never an exception', () => {
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    it(name, () => {
      const outcomes = { rows: 0, error: 0 };
      for (let seed = 1; seed <= 25; seed++) {
        const next = random(seed * 7919 + name.length);
        const input = mutate(seeds[seed % seeds.length], next);
        try {
          outcomes[read(input)]++;
        } catch (error) {
          throw new Error(`mutation "${name}", seed ${seed}: ${(error as Error).stack}`, { cause: error });
        }
      }
      expect(outcomes.rows + outcomes.error).to.equal(25);
    });
  }
});
