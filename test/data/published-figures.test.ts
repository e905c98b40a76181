import { expect } from '@open-wc/testing';
import { aggregateActors, aggregateCountries, aggregateTimeline } from '../../src/data/aggregate.js';
import { mergeAliases } from '../../src/data/aliases.js';
import { parseCalendarDate } from '../../src/util/dates.js';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import type { AggregateOptions, NormalizeOptions } from '../../src/data/types.js';

/* Expected numbers are the figures published in shared/data/README.md (UCDP) and by the
   Counter Extremism Project, not outputs of this code. */

const texts = new Map<string, Promise<string>>();

async function load(path: string, options: NormalizeOptions = {}) {
  if (!texts.has(path)) texts.set(path, fetch(path).then((response) => response.text()));
  const { rows, columns } = parseTable(await texts.get(path)!);
  return normalizeRows(rows, columns, options);
}

const options = (overrides: Partial<AggregateOptions> = {}): AggregateOptions => ({
  measure: 'events',
  filters: {},
  aliases: mergeAliases(),
  actorRole: 'any',
  includeCivilians: false,
  top: 100,
  otherLabel: 'Other',
  ...overrides,
});

describe('UCDP GED 20.1, Nigeria 2017–2019 (HDX copy)', () => {
  const NIGERIA = '/data/ucdp_ged_nigeria_2017-2019.csv';

  it('reads 1,531 events and skips none', async () => {
    const result = await load(NIGERIA, { requireCountry: true, requireFatalities: true });
    expect(result.format).to.equal('ucdp');
    expect(result.recordsRead).to.equal(1531);
    expect(result.events.length).to.equal(1531);
    expect(result.skipped).to.deep.equal([]);
    expect(result.mergedRecords).to.equal(0);
    expect(result.columns.length).to.equal(52);
  });

  it('has 497 / 525 / 509 events and 3,565 / 3,202 / 2,437 deaths in 2017 / 2018 / 2019', async () => {
    const { events } = await load(NIGERIA);
    const yearly = (measure: 'events' | 'fatalities') =>
      aggregateTimeline(events, { ...options({ measure }), interval: 'year', groupBy: 'none' });
    expect(yearly('events')).to.deep.equal([
      { period: '2017-01-01', value: 497 },
      { period: '2018-01-01', value: 525 },
      { period: '2019-01-01', value: 509 },
    ]);
    expect(yearly('fatalities')).to.deep.equal([
      { period: '2017-01-01', value: 3565 },
      { period: '2018-01-01', value: 3202 },
      { period: '2019-01-01', value: 2437 },
    ]);
    const monthlyDeaths = aggregateTimeline(events, { ...options({ measure: 'fatalities' }), interval: 'month', groupBy: 'none' });
    expect(monthlyDeaths.length).to.equal(36);
    expect(monthlyDeaths.reduce((sum, row) => sum + row.value, 0)).to.equal(9204);
  });

  it('has 708 state-based, 530 non-state and 293 one-sided events', async () => {
    const { events } = await load(NIGERIA);
    expect(aggregateCountries(events, { ...options(), groupBy: 'event-type' })).to.deep.equal([
      { country: 'Nigeria', group: 'State-based conflict', value: 708 },
      { country: 'Nigeria', group: 'Non-state conflict', value: 530 },
      { country: 'Nigeria', group: 'One-sided violence', value: 293 },
    ]);
  });

  it('has IS as side_b in 360 events, JAS in 346 and civilians in 293', async () => {
    const { events } = await load(NIGERIA);
    const sideB = (name: string) => events.filter((e) => e.actors[1] === name).length;
    expect(sideB('IS')).to.equal(360);
    expect(sideB("Jama'atu Ahlis Sunna Lidda'awati wal-Jihad")).to.equal(346);
    const withCivilians = aggregateActors(events, { ...options({ includeCivilians: true }), groupBy: 'none' });
    expect(withCivilians.find((r) => r.actor === 'Civilians')?.value).to.equal(293);
    const without = aggregateActors(events, { ...options(), groupBy: 'none' });
    expect(without.find((r) => r.actor === 'Civilians')).to.equal(undefined);
  });

  it('has 912 events in Borno state (adm_1 mapped as the country)', async () => {
    const { events } = await load(NIGERIA, { fields: { country: 'adm_1' } });
    const rows = aggregateCountries(events, { ...options(), groupBy: 'none' });
    expect(rows[0]).to.deep.equal({ country: 'Borno state', value: 912 });
  });
});

describe('Counter Extremism Project: JNIM claimed attacks, 2025', () => {
  const july = { from: parseCalendarDate('2025-07')!, to: parseCalendarDate('2025-07')! };

  it('gives July 2025 as Burkina Faso 54, Mali 36, Niger 7, Togo 1', async () => {
    const { events } = await load('/data/jnim_claims_cep_2025.csv', { fields: { value: 'claimed_attacks' } });
    expect(aggregateCountries(events, { ...options({ filters: july }), groupBy: 'none' })).to.deep.equal([
      { country: 'Burkina Faso', value: 54 },
      { country: 'Mali', value: 36 },
      { country: 'Niger', value: 7 },
      { country: 'Togo', value: 1 },
    ]);
  });

  it('gives May 2025 as Burkina Faso 70, Mali 44, Niger 8, Togo 1 on a monthly timeline', async () => {
    const { events } = await load('/data/jnim_claims_cep_2025.csv', { fields: { value: 'claimed_attacks' } });
    const rows = aggregateTimeline(events, { ...options(), interval: 'month', groupBy: 'country' });
    expect(rows.filter((r) => r.period === '2025-05-01')).to.deep.equal([
      { period: '2025-05-01', group: 'Burkina Faso', value: 70 },
      { period: '2025-05-01', group: 'Mali', value: 44 },
      { period: '2025-05-01', group: 'Niger', value: 8 },
      { period: '2025-05-01', group: 'Togo', value: 1 },
    ]);
    expect(rows.filter((r) => r.period === '2025-06-01').map((r) => r.value)).to.deep.equal([0, 0, 0, 0]);
    expect(() => aggregateTimeline(events, { ...options(), interval: 'week', groupBy: 'none' })).to.throw(/counted by month/);
  });
});
