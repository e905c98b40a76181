import { expect } from '@open-wc/testing';
import { DateCellReader, DATE_IS_MISSING, DATE_IS_UNRECOGNIZED, DATE_OK, IdIndex, numberOfCell } from '../../src/data/cells.js';
import { parseNumber } from '../../src/data/numbers.js';
import { parseCalendarDate, periodStart } from '../../src/util/dates.js';
import { readDate, readNumber } from './reference/index.js';
import { DATE_CELLS, ID_CELLS, NUMBER_CELLS, pick, randomDateText, randomNumberText } from './random-inputs.js';
import { mulberry32 } from '../../bench/generate.js';

/* The readers of single cells: the fast ones (normalize.ts reads every row with them) against
   the general parsers, and both against the reference written from the README's rules. */

describe('cell readers against the general parsers', () => {
  it('reads dates like parseCalendarDate', () => {
    const random = mulberry32(15);
    const cells: unknown[] = [...DATE_CELLS];
    for (let i = 0; i < 3000; i++) {
      const y = String(Math.floor(random() * 10000)).padStart(4, '0');
      const m = String(Math.floor(random() * 14)).padStart(2, '0');
      const d = String(Math.floor(random() * 33)).padStart(2, '0');
      cells.push(`${y}${pick(random, ['-', '/', '.'])}${m}${pick(random, ['-', '/'])}${d}`);
    }
    const reader = new DateCellReader();
    for (const cell of [...cells, ...cells]) {
      const status = reader.read(cell);
      const text = cell === null || cell === undefined ? '' : String(cell).trim();
      const expected = text === '' ? null : parseCalendarDate(typeof cell === 'number' ? cell : text);
      if (text === '') expect(status, String(cell)).to.equal(DATE_IS_MISSING);
      else if (expected === null) expect(status, String(cell)).to.equal(DATE_IS_UNRECOGNIZED);
      else {
        expect(status, String(cell)).to.equal(DATE_OK);
        expect([reader.day, reader.precision], String(cell)).to.deep.equal([
          periodStart(expected),
          ['day', 'month', 'year'].indexOf(expected.precision),
        ]);
      }
    }
  });

  it('reads numbers like parseNumber', () => {
    const random = mulberry32(16);
    const cells: unknown[] = [...NUMBER_CELLS];
    for (let i = 0; i < 2000; i++) cells.push(String(Math.floor(random() * 10 ** Math.floor(random() * 12))));
    for (const cell of cells) {
      const expected = parseNumber(cell);
      const actual = numberOfCell(cell);
      if (expected === null) expect(actual, String(cell)).to.equal(null);
      else if (Number.isNaN(expected)) expect(Number.isNaN(actual), String(cell)).to.equal(true);
      else expect(actual, String(cell)).to.equal(expected);
    }
  });

  it('finds repeated ids like a Map', () => {
    const random = mulberry32(17);
    const index = new IdIndex();
    const map = new Map<string, number>();
    for (let event = 0; event < 20000; event++) {
      const id =
        random() < 0.7
          ? `${pick(random, ['BFO', 'MLI', 'NIG', 'bfo', 'Ab'])}${Math.floor(random() * 10 ** Math.floor(1 + random() * 8))}`
          : pick(random, [...ID_CELLS.filter((c): c is string => typeof c === 'string' && c !== ''), 'X0', 'MLI0', 'MLI00']);
      const expected = map.get(id) ?? -1;
      if (expected < 0) map.set(id, event);
      expect(index.firstOrAdd(id, event), id).to.equal(expected);
    }
  });
});

/** What the general parser makes of a cell, in the reference's terms. */
function generalDate(cell: unknown): ReturnType<typeof readDate> {
  const text = cell === null || cell === undefined ? '' : String(cell).trim();
  if (text === '') return 'missing';
  const parsed = parseCalendarDate(typeof cell === 'number' ? cell : text);
  return parsed === null ? 'unrecognised' : { day: periodStart(parsed), precision: parsed.precision };
}

/** What the fast reader makes of a cell, in the reference's terms. */
function fastDate(reader: DateCellReader, cell: unknown): ReturnType<typeof readDate> {
  const status = reader.read(cell);
  if (status === DATE_IS_MISSING) return 'missing';
  if (status === DATE_IS_UNRECOGNIZED) return 'unrecognised';
  return { day: reader.day, precision: (['day', 'month', 'year'] as const)[reader.precision] };
}

/** A number reading in the reference's terms. */
const asReading = (n: number | null): ReturnType<typeof readNumber> => (n === null ? 'missing' : Number.isNaN(n) ? 'not a number' : n);

describe('cell readers against the reference', () => {
  it('read every documented date format as the reference does', () => {
    const random = mulberry32(20);
    const cells: unknown[] = [...DATE_CELLS, 999, 1000, 9999, 10000, -2025, NaN, Infinity, 2025n, '\u00a02025-07-15\u00a0'];
    for (let i = 0; i < 20000; i++) cells.push(randomDateText(random));
    const reader = new DateCellReader();
    const read = { day: 0, month: 0, year: 0, unrecognised: 0, missing: 0 };
    for (const cell of [...cells, ...cells]) {
      const expected = readDate(cell);
      expect(generalDate(cell), JSON.stringify(String(cell))).to.deep.equal(expected);
      expect(fastDate(reader, cell), JSON.stringify(String(cell))).to.deep.equal(expected);
      read[typeof expected === 'string' ? expected : expected.precision]++;
    }
    // The corpus must stay varied: plenty read at every precision, plenty refused.
    for (const [outcome, count] of Object.entries(read)) expect(count, outcome).to.be.above(outcome === 'missing' ? 3 : 1000);
  });

  it('read numbers as the reference does, never giving an infinite one', () => {
    const random = mulberry32(21);
    const cells: unknown[] = [...NUMBER_CELLS, '1e999', `1${'0'.repeat(400)}`, 10n ** 400n, '-1e400', true, [], '\u202f7\u00a0'];
    for (let i = 0; i < 20000; i++) cells.push(random() < 0.9 ? randomNumberText(random) : pick(random, [Math.floor(random() * 1e6), random() * 100]));
    const read = { number: 0, missing: 0, 'not a number': 0 };
    for (const cell of cells) {
      const expected = readNumber(cell);
      expect(asReading(parseNumber(cell)), String(cell)).to.deep.equal(expected);
      expect(asReading(numberOfCell(cell)), String(cell)).to.deep.equal(expected);
      read[typeof expected === 'number' ? 'number' : expected]++;
    }
    for (const [outcome, count] of Object.entries(read)) expect(count, outcome).to.be.above(outcome === 'missing' ? 3 : 1000);
  });
});
