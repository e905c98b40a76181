import { expect } from '@open-wc/testing';
import { byPeriod, periodColumns } from '../../src/a11y/period-table.js';
import { en } from '../../src/locale/en.js';
import type { ChartLocale } from '../../src/locale/types.js';
import { fr } from '../../src/locale/fr.js';

const rows = [
  { period: '2024-01-01', group: 'JNIM', value: 1200 },
  { period: '2024-01-01', group: 'IS Sahel', value: 0 },
  { period: '2024-02-01', group: 'JNIM', value: 7 },
  { period: '2024-02-01', group: 'IS Sahel', value: 2.5 },
  { period: '2024-03-01', group: 'JNIM', value: 3 },
];

describe('byPeriod', () => {
  it('makes a row per period with a value per group, groups in the order the rows list them', () => {
    const table = byPeriod(rows);
    expect(table.groups).to.deep.equal(['JNIM', 'IS Sahel']);
    expect(table.rows).to.deep.equal([
      { period: '2024-01-01', values: [1200, 0] },
      { period: '2024-02-01', values: [7, 2.5] },
      { period: '2024-03-01', values: [3] },
    ]);
  });

  it('gives the same table for the same rows, so the data table keeps its body', () => {
    expect(byPeriod(rows)).to.equal(byPeriod(rows));
    expect(byPeriod([...rows])).to.not.equal(byPeriod(rows));
  });
});

describe('periodColumns', () => {
  it('writes the period in words and each group’s number in the reader’s language, empty where a group has no row', () => {
    const { groups, rows: periods } = byPeriod(rows);
    const text = (locale: ChartLocale) => {
      const columns = periodColumns(groups, locale.strings.period, 'month', locale);
      return [columns.map((c) => c.label), ...periods.map((row) => columns.map((c) => c.cell(row)))];
    };
    expect(text(en)).to.deep.equal([
      ['Period', 'JNIM', 'IS Sahel'],
      ['January 2024', '1,200', '0'],
      ['February 2024', '7', '2.5'],
      ['March 2024', '3', ''],
    ]);
    expect(text(fr)).to.deep.equal([
      ['Période', 'JNIM', 'IS Sahel'],
      ['janvier 2024', '1\u202f200', '0'],
      ['février 2024', '7', '2,5'],
      ['mars 2024', '3', ''],
    ]);
    expect(periodColumns(groups, 'Period', 'month', en).map((c) => Boolean(c.numeric))).to.deep.equal([false, true, true]);
  });
});
