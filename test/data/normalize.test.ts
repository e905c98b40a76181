import { expect } from '@open-wc/testing';
import { normalizeRows } from '../../src/data/normalize.js';
import { parseTable } from '../../src/data/parse-table.js';
import {
  COUNTRY_MISSING,
  DATE_MISSING,
  DATE_NOT_RECOGNIZED,
  FATALITIES_MISSING,
  FATALITIES_NOT_A_NUMBER,
  VALUE_MISSING,
  VALUE_NOT_A_NUMBER,
} from '../../src/data/skip-reasons.js';
import type { NormalizeOptions } from '../../src/data/types.js';
import { dataErrorOf } from '../helpers/errors.js';

function read(text: string, options: NormalizeOptions = {}) {
  const { rows, columns } = parseTable(text);
  return normalizeRows(rows, columns, options);
}

describe('normalizeRows: skipped records', () => {
  it('uses the exact reason strings', () => {
    expect([DATE_MISSING, DATE_NOT_RECOGNIZED, COUNTRY_MISSING, VALUE_MISSING, VALUE_NOT_A_NUMBER, FATALITIES_MISSING, FATALITIES_NOT_A_NUMBER]).to.deep.equal([
      'date missing',
      'date not recognised',
      'country missing',
      'value missing',
      'value not a number',
      'fatalities missing',
      'fatalities not a number',
    ]);
  });

  it('reports missing and unrecognised dates by 1-based record number', () => {
    const result = read('date,country\n2025-07-01,Mali\n,Mali\n2025-02-30,Niger\nlast Tuesday,Niger\n2025-07-02,Niger\n');
    expect(result.skipped).to.deep.equal([
      { record: 2, reason: 'date missing' },
      { record: 3, reason: 'date not recognised' },
      { record: 4, reason: 'date not recognised' },
    ]);
    expect(result.events.map((e) => e.record)).to.deep.equal([1, 5]);
  });

  it('numbers records after the HXL row is removed', () => {
    const text = 'date,country\n#date,#country+name\n2025-07-01,Mali\n,Mali\n';
    expect(read(text).skipped).to.deep.equal([{ record: 2, reason: 'date missing' }]);
    const rows = [{ date: '#date', country: '#country' }, { date: '2025-07-01', country: 'Mali' }, { date: 'x', country: 'Mali' }];
    const inline = normalizeRows(rows, ['date', 'country'], {});
    expect(inline.recordsRead).to.equal(2);
    expect(inline.skipped).to.deep.equal([{ record: 2, reason: 'date not recognised' }]);
  });

  it('reports a missing country only when one is required', () => {
    const text = 'date,country\n2025-07-01,\n2025-07-02,Mali\n';
    expect(read(text).skipped).to.deep.equal([]);
    expect(read(text).events[0].country).to.equal('');
    expect(read(text, { requireCountry: true }).skipped).to.deep.equal([{ record: 1, reason: 'country missing' }]);
  });

  it('reports a missing or non-numeric value', () => {
    const text = 'month,country,n\n2025-07,Mali,3\n2025-07,Niger,\n2025-07,Togo,n/a\n2025-07,Benin,"1,204"\n';
    const result = read(text, { fields: { value: 'n' } });
    expect(result.skipped).to.deep.equal([
      { record: 2, reason: 'value missing' },
      { record: 3, reason: 'value not a number' },
    ]);
    expect(result.events.map((e) => e.value)).to.deep.equal([3, 1204]);
  });

  it('counts bad fatalities as 0, or skips them when fatalities are required', () => {
    const text = 'date,fatalities\n2025-07-01,2\n2025-07-02,NA\n2025-07-03,\n2025-07-04,-\n';
    const lenient = read(text);
    expect(lenient.skipped).to.deep.equal([]);
    expect(lenient.events.map((e) => e.fatalities)).to.deep.equal([2, 0, 0, 0]);
    const strict = read(text, { requireFatalities: true });
    expect(strict.skipped).to.deep.equal([
      { record: 2, reason: 'fatalities not a number' },
      { record: 3, reason: 'fatalities missing' },
      { record: 4, reason: 'fatalities not a number' },
    ]);
  });

  it('keeps events + merged + skipped equal to records read', () => {
    const text =
      'event_id_cnty,event_date,actor1,actor2,country,event_type,fatalities\n' +
      'A1,2025-07-01,X,Y,Mali,Battles,1\nA1,2025-07-01,Y,X,Mali,Battles,1\nA2,,X,,Mali,Battles,0\n' +
      'A3,2025-07-03,X,,,Battles,0\nA4,2025-07-04,Z,,Niger,Battles,0\n';
    const result = read(text, { requireCountry: true });
    expect(result.recordsRead).to.equal(5);
    expect(result.events.length).to.equal(2);
    expect(result.mergedRecords).to.equal(1);
    expect(result.skipped.length).to.equal(2);
    expect(result.events.length + result.mergedRecords + result.skipped.length).to.equal(result.recordsRead);
  });
});

describe('normalizeRows: precision', () => {
  it('takes each event precision from its date and reports the coarsest', () => {
    const result = read('date\n2025-07-15\n2025-07\n');
    expect(result.events.map((e) => e.precision)).to.deep.equal(['day', 'month']);
    expect(result.coarsestPrecision).to.equal('month');
    expect(read('date\n2025\n2025-07-01\n').coarsestPrecision).to.equal('year');
    expect(read('date\n2025-07-01\n').coarsestPrecision).to.equal('day');
  });
});

describe('normalizeRows: data it cannot read', () => {
  it('names the columns found and the attributes to set when there is no date column', () => {
    const columns = ['when', 'where', 'who', 'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k'];
    const message = dataErrorOf(() => normalizeRows([], columns, {})).message;
    expect(message).to.contain('when, where, who, a, b, c, d, e, f, g, h, i and 2 more');
    for (const attribute of ['date-field', 'country-field', 'actor-field', 'type-field', 'fatalities-field', 'value-field', 'format']) {
      expect(message).to.contain(attribute);
    }
  });

  it('says which mapped column is missing', () => {
    const message = dataErrorOf(() => read('date,country\n2025-07-01,Mali\n', { fields: { country: 'Contry' } })).message;
    expect(message).to.equal('The column "Contry" named by country-field is not in the data. Columns found: date, country.');
  });

  it('follows an explicit format even when detection would not', () => {
    const message = dataErrorOf(() => read('date,actor1\n2025-07-01,X\n', { format: 'acled' })).message;
    expect(message).to.match(/no event_date column/);
    const mapped = read('date,actor1\n2025-07-01,X\n', { format: 'acled', fields: { date: 'date' } });
    expect(mapped.format).to.equal('acled');
    expect(mapped.events[0].actors).to.deep.equal(['X']);
  });
});
