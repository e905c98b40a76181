import { expect, html } from '@open-wc/testing';
import { csvParse, type DSVRowString } from 'd3-dsv';
import '../../src/index.js';
import type { ActorBreakdown } from '../../src/actor-breakdown.js';
import type { AttackTimeline } from '../../src/attack-timeline.js';
import type { CountryComparison } from '../../src/country-comparison.js';
import { chartFixture, type AnyChart } from '../helpers/chart.js';

/*
 * The change since the last period, as the elements say it and give it (`change`). Every expected
 * figure is counted here from the repo's own data files with csvParse, by `date_start` month or
 * year, `country` and `side_a`/`side_b`: nothing of src/data is imported.
 */

const NIGERIA = 'ucdp_ged_nigeria_2017-2019.csv';
const WEST_AFRICA = 'ucdp_ged231_sample_westafrica_2017-2022.csv';
const JNIM = 'jnim_claims_cep_2025.csv';
const MONTHS = 'January February March April May June July August September October November December'.split(' ');
const MOIS = 'janvier février mars avril mai juin juillet août septembre octobre novembre décembre'.split(' ');

async function read(name: string): Promise<DSVRowString[]> {
  return csvParse(await (await fetch(`/data/${name}`)).text());
}

/** Values summed by key (1 per row unless `value` says otherwise). */
function countBy(rows: DSVRowString[], key: (row: DSVRowString) => string, value = (_row: DSVRowString) => 1) {
  const counts = new Map<string, number>();
  for (const row of rows) counts.set(key(row), (counts.get(key(row)) ?? 0) + value(row));
  return counts;
}

const monthOf = (row: DSVRowString) => row.date_start!.slice(0, 7);
const yearOf = (row: DSVRowString) => row.date_start!.slice(0, 4);
/** "2019-12" in words. */
const monthName = (month: string, names = MONTHS) => `${names[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
const percent = (last: number, previous: number) => Math.round((Math.abs(last - previous) / previous) * 100);
/** Events UCDP dates only to a span of days, a week, a month or a year (`date_prec` above 1). */
const approximate = (rows: DSVRowString[]) => rows.filter((row) => Number(row.date_prec) > 1).length;
const summaryOf = (el: AnyChart) => el.shadowRoot!.querySelector('#summary')!.textContent!;

/** The first month (or year) of each name, and the range's first, by hand. */
function firstPeriods(rows: DSVRowString[], names: (row: DSVRowString) => string[], period: (row: DSVRowString) => string) {
  const first = new Map<string, string>();
  for (const row of rows) {
    for (const name of names(row)) if (!first.has(name) || first.get(name)! > period(row)) first.set(name, period(row));
  }
  const rangeStart = rows.map(period).sort()[0];
  return { first, rangeStart };
}

describe('change since the last period: <attack-timeline>', () => {
  it('gives a percentage when the earlier month has 10 or more events (Nigeria, December against November 2019)', async () => {
    const rows = await read(NIGERIA);
    const byMonth = countBy(rows, monthOf);
    // The data runs to the end of December: December is a full month.
    expect(
      rows
        .map((row) => row.date_start!.slice(0, 10))
        .sort()
        .at(-1),
    ).to.equal('2019-12-31');
    const [dec, nov] = [byMonth.get('2019-12')!, byMonth.get('2019-11')!];
    expect(nov).to.be.at.least(10);
    const change = percent(dec, nov);

    const el = await chartFixture<AttackTimeline>(html`<attack-timeline src=${`/data/${NIGERIA}`}></attack-timeline>`);
    expect(summaryOf(el)).to.match(
      new RegExp(
        `on 2018\\. Last full month: ${dec} in December 2019, ${dec > nov ? 'up' : 'down'} ${change}% on November 2019\\.` +
          // Then what UCDP dates only approximately (date_prec above 1), counted in the whole file.
          ` In the data, ${approximate(rows)} events have an approximate date \\(known only to the week, month or year\\) and are counted on the date given\\.$`,
      ),
    );
    expect(el.change).to.deep.equal({
      interval: 'month',
      last: { period: '2019-12-01', value: dec },
      previous: { period: '2019-11-01', value: nov },
      firstInRange: [],
    });

    el.locale = 'fr';
    await el.settled;
    expect(summaryOf(el)).to.match(
      new RegExp(
        `Dernier mois complet : ${dec} en décembre 2019, en ${dec > nov ? 'hausse' : 'baisse'} de ${change}\u202f% par rapport à novembre 2019\\.` +
          ` Dans les données, ${approximate(rows)} événements ont une date approximative .*$`,
      ),
    );
  });

  it('leaves a partial last month out and compares the last full one with the one before (to="2019-12-15")', async () => {
    const byMonth = countBy(await read(NIGERIA), monthOf);
    const [nov, oct] = [byMonth.get('2019-11')!, byMonth.get('2019-10')!];
    expect(oct).to.be.at.least(10);
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${`/data/${NIGERIA}`} to="2019-12-15"></attack-timeline>`,
    );
    expect(el.chartData.at(-1)).to.include({ period: '2019-12-01', partial: true });
    expect(summaryOf(el)).to.contain(
      `Last full month: ${nov} in November 2019, ${nov > oct ? 'up' : 'down'} ${percent(nov, oct)}% on October 2019 ` +
        '(the data for December 2019 is incomplete, so that month is left out).',
    );
    expect(el.change).to.deep.equal({
      interval: 'month',
      last: { period: '2019-11-01', value: nov },
      previous: { period: '2019-10-01', value: oct },
      partialLeftOut: '2019-12-01',
      firstInRange: [],
    });
  });

  it('gives both figures when the earlier year has fewer than 10, and names each country first seen after the first year', async () => {
    const rows = await read(WEST_AFRICA);
    const byYear = countBy(rows, yearOf);
    const lastDay = rows
      .map((row) => row.date_start!)
      .sort()
      .at(-1)!;
    // The data stops in November 2022: 2022 is partial, so 2021 is compared with 2020.
    expect(lastDay < '2022-12-31').to.equal(true);
    const [y2021, y2020] = [byYear.get('2021') ?? 0, byYear.get('2020') ?? 0];
    expect(y2020).to.be.below(10);
    const { first, rangeStart } = firstPeriods(rows, (row) => [row.country!], yearOf);
    const later = [...first].filter(([, year]) => year !== rangeStart).sort((a, b) => a[1].localeCompare(b[1]));
    // Mali is in the range's first year (2017): it is not "first in this range".
    expect(first.get('Mali')).to.equal(rangeStart);
    expect(later.length).to.be.within(1, 3);

    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${`/data/${WEST_AFRICA}`} interval="year" group-by="country"></attack-timeline>`,
    );
    expect(summaryOf(el)).to.contain(
      `Last full year: ${y2021} in 2021 against ${y2020} in 2020 (the data for 2022 is incomplete, so that year is left out). ` +
        `First in this range: ${later.map(([name, year]) => `${name} (${year})`).join(', ')}.`,
    );
    expect(summaryOf(el)).to.not.contain('Mali (');
    expect(el.change).to.deep.equal({
      interval: 'year',
      last: { period: '2021-01-01', value: y2021 },
      previous: { period: '2020-01-01', value: y2020 },
      partialLeftOut: '2022-01-01',
      firstInRange: later.map(([name, year]) => ({ name, period: `${year}-01-01` })),
    });
  });

  it('never gives a percentage from 0 (JNIM claims: none in June 2025)', async () => {
    const rows = await read(JNIM);
    const byMonth = countBy(
      rows,
      (row) => row.month!,
      (row) => Number(row.claimed_attacks),
    );
    expect(byMonth.has('2025-06')).to.equal(false);
    const july = byMonth.get('2025-07')!;
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${`/data/${JNIM}`} date-field="month" value-field="claimed_attacks"></attack-timeline>`,
    );
    expect(summaryOf(el)).to.match(new RegExp(`\\. Last full month: ${july} in July 2025 against 0 in June 2025\\.$`));
    expect(el.change).to.deep.include({
      last: { period: '2025-07-01', value: july },
      previous: { period: '2025-06-01', value: 0 },
    });

    el.locale = 'fr';
    await el.settled;
    expect(summaryOf(el)).to.match(new RegExp(`\\. Dernier mois complet : ${july} en juillet 2025, contre 0 en juin 2025\\.$`));
    expect(summaryOf(el)).to.not.contain('%');
  });
});

describe('change since the last period: series names and a single period', () => {
  it('names event types first seen after the first year in the reader’s language', async () => {
    const rows = await read(WEST_AFRICA);
    // UCDP's type_of_violence codes, in French as the README lists them.
    const TYPES: Record<string, string> = {
      '1': 'Conflit impliquant un État',
      '2': 'Conflit non étatique',
      '3': 'Violence unilatérale',
    };
    const { first, rangeStart } = firstPeriods(rows, (row) => [TYPES[row.type_of_violence!]], yearOf);
    const later = [...first].filter(([, year]) => year !== rangeStart).sort((a, b) => a[1].localeCompare(b[1]));
    expect(later.length).to.equal(2);
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline
        src=${`/data/${WEST_AFRICA}`}
        interval="year"
        group-by="event-type"
        locale="fr"
      ></attack-timeline>`,
    );
    expect(summaryOf(el)).to.match(
      new RegExp(
        `Premières apparitions dans cette période : ${later[0][0]} \\(${later[0][1]}\\) et ${later[1][0]} \\(${later[1][1]}\\)\\.` +
          ` Dans les données, ${approximate(rows)} événements ont une date approximative`,
      ),
    );
    expect(el.change!.firstInRange).to.deep.equal(later.map(([name, year]) => ({ name, period: `${year}-01-01` })));
  });

  it('gives the last full month alone when the range has one (JNIM claims to="2025-05")', async () => {
    const rows = await read(JNIM);
    const may = countBy(
      rows.filter((row) => row.month === '2025-05'),
      () => 'May',
      (row) => Number(row.claimed_attacks),
    ).get('May')!;
    const el = await chartFixture<AttackTimeline>(
      html`<attack-timeline src=${`/data/${JNIM}`} date-field="month" value-field="claimed_attacks" to="2025-05"></attack-timeline>`,
    );
    expect(summaryOf(el)).to.match(new RegExp(`\\. Last full month: ${may} in May 2025\\.$`));
    expect(el.change).to.deep.equal({
      interval: 'month',
      last: { period: '2025-05-01', value: may },
      previous: null,
      firstInRange: [],
    });
  });
});

describe('change since the last period: the bar charts compare months', () => {
  it('<country-comparison> names the countries first seen after the first month, in English and French', async () => {
    const rows = await read(WEST_AFRICA);
    const byMonth = countBy(rows, monthOf);
    const { first, rangeStart } = firstPeriods(rows, (row) => [row.country!], monthOf);
    const later = [...first].filter(([, month]) => month !== rangeStart).sort((a, b) => a[1].localeCompare(b[1]));
    expect(first.get('Mali')).to.equal(rangeStart);
    // The last event is on 21 November 2022: November is partial, October is compared with September.
    const [oct, sep] = [byMonth.get('2022-10') ?? 0, byMonth.get('2022-09') ?? 0];

    const el = await chartFixture<CountryComparison>(
      html`<country-comparison src=${`/data/${WEST_AFRICA}`}></country-comparison>`,
    );
    // No events in either month of this sparse sample: "0 against 0" would say nothing, so the
    // sentence is left out; the `change` property still has both months.
    expect([oct, sep]).to.deep.equal([0, 0]);
    expect(summaryOf(el)).to.not.contain('Last full month');
    expect(summaryOf(el)).to.contain(
      `First in this range: ${later.map(([name, month]) => `${name} (${monthName(month)})`).join(', ')}.`,
    );
    expect(summaryOf(el)).to.not.contain('Mali (');
    expect(el.change).to.deep.equal({
      interval: 'month',
      last: { period: '2022-10-01', value: oct },
      previous: { period: '2022-09-01', value: sep },
      partialLeftOut: '2022-11-01',
      firstInRange: later.map(([name, month]) => ({ name, period: `${month}-01` })),
    });

    el.locale = 'fr';
    await el.settled;
    const items = later.map(([name, month]) => `${name} (${monthName(month, MOIS)})`);
    expect(summaryOf(el)).to.contain(
      `Premières apparitions dans cette période : ${items.slice(0, -1).join(', ')} et ${items.at(-1)}.`,
    );
  });

  it('<actor-breakdown> lists three actors first seen after the first month, then how many more', async () => {
    const rows = await read(WEST_AFRICA);
    // The README's counting rules: the default alias of JAS, and civilians left out.
    const alias = (name: string) => (name === "Jama'atu Ahlis Sunna Lidda'awati wal-Jihad" ? 'Boko Haram (JAS)' : name);
    const actors = (row: DSVRowString) =>
      [row.side_a!, row.side_b!].filter((name) => name && !/^civilians\b/i.test(name)).map(alias);
    const { first, rangeStart } = firstPeriods(rows, actors, monthOf);
    const later = new Map([...first].filter(([, month]) => month !== rangeStart).map(([name, month]) => [name, `${month}-01`]));
    expect(first.get('JNIM')).to.equal(rangeStart);
    expect(later.size).to.be.above(3);

    const el = await chartFixture<ActorBreakdown>(html`<actor-breakdown src=${`/data/${WEST_AFRICA}`}></actor-breakdown>`);
    const listed = el.change!.firstInRange;
    expect(new Map(listed.map(({ name, period }) => [name, period]))).to.deep.equal(later);
    expect(listed.map(({ period }) => period)).to.deep.equal(listed.map(({ period }) => period).sort());
    const items = listed.slice(0, 3).map(({ name, period }) => `${name} (${monthName(period.slice(0, 7))})`);
    expect(summaryOf(el)).to.contain(`First in this range: ${items.join(', ')}, and ${later.size - 3} more.`);
    expect(summaryOf(el)).to.not.match(/JNIM \(|Government of Mali \(|Civilians/);

    el.locale = 'fr';
    await el.settled;
    const éléments = listed.slice(0, 3).map(({ name, period }) => `${name} (${monthName(period.slice(0, 7), MOIS)})`);
    expect(summaryOf(el)).to.contain(
      `Premières apparitions dans cette période : ${éléments.join(', ')} et ${later.size - 3} autres.`,
    );
  });
});
