import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';
import { parseTable } from '../../src/data/parse-table.js';

function errorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    expect((error as Error).name).to.equal('DataError');
    return error as DataError;
  }
  return expect.fail('expected a DataError') as never;
}

describe('parseTable: CSV', () => {
  it('reads quoted fields holding commas, quotes and line breaks', () => {
    const text = 'id,notes,n\n1,"Kill 2, wound 3","said ""no""\nthen left"\n2,plain,x\n';
    const { rows, columns } = parseTable(text);
    expect(columns).to.deep.equal(['id', 'notes', 'n']);
    expect(rows).to.deep.equal([
      { id: '1', notes: 'Kill 2, wound 3', n: 'said "no"\nthen left' },
      { id: '2', notes: 'plain', n: 'x' },
    ]);
  });

  it('strips a BOM and reads CRLF line ends', () => {
    const { rows, columns } = parseTable('\ufeffdate,country\r\n2025-07-01,Mali\r\n2025-07-02,Niger\r\n');
    expect(columns).to.deep.equal(['date', 'country']);
    expect(rows).to.deep.equal([
      { date: '2025-07-01', country: 'Mali' },
      { date: '2025-07-02', country: 'Niger' },
    ]);
  });

  it('detects semicolon and tab delimiters from the header line', () => {
    const semi = parseTable('date;country;notes\n2025-07-01;Mali;"a, b"\n');
    expect(semi.columns).to.deep.equal(['date', 'country', 'notes']);
    expect(semi.rows[0]).to.deep.equal({ date: '2025-07-01', country: 'Mali', notes: 'a, b' });
    const tab = parseTable('date\tcountry\n2025-07-01\tBurkina Faso, north\n');
    expect(tab.rows[0]).to.deep.equal({ date: '2025-07-01', country: 'Burkina Faso, north' });
    const quotedCommas = parseTable('"a,b,c";d;e\n1;2;3\n');
    expect(quotedCommas.columns).to.deep.equal(['a,b,c', 'd', 'e']);
  });

  it('reads TSV by tabs, and a .csv that is really semicolon-separated (European Excel) by semicolons', () => {
    expect(parseTable('a\tb\n1\t2\n', 'tsv').rows).to.deep.equal([{ a: '1', b: '2' }]);
    expect(parseTable('a;b\n1;2\n', 'csv').rows).to.deep.equal([{ a: '1', b: '2' }]);
    expect(parseTable('a,b\n"1;2",3\n', 'csv').rows).to.deep.equal([{ a: '1;2', b: '3' }]);
  });

  it('skips HXL hashtag rows without counting them', () => {
    const text = ',id,event_date\n,#event+code,#date+occurred\n0,BFO1,16-Feb-21\n';
    const { rows, columns } = parseTable(text);
    expect(columns).to.deep.equal(['id', 'event_date']);
    expect(rows).to.deep.equal([{ id: 'BFO1', event_date: '16-Feb-21' }]);
  });

  it('drops a column with an empty header and skips blank lines', () => {
    const { rows, columns } = parseTable(',a,b\n0,1,2\n\n1,3,4\n');
    expect(columns).to.deep.equal(['a', 'b']);
    expect(rows).to.deep.equal([
      { a: '1', b: '2' },
      { a: '3', b: '4' },
    ]);
  });

  it('returns no rows for a header-only file', () => {
    expect(parseTable('date,country\n')).to.deep.equal({ rows: [], columns: ['date', 'country'] });
  });

  it('fills short rows with empty cells', () => {
    expect(parseTable('a,b,c\n1\n').rows).to.deep.equal([{ a: '1', b: '', c: '' }]);
  });
});

describe('parseTable: JSON', () => {
  it('reads an array of row objects', () => {
    const { rows, columns } = parseTable('[{"a": 1, "b": "x"}, {"a": 2, "c": null}]');
    expect(columns).to.deep.equal(['a', 'b', 'c']);
    expect(rows).to.deep.equal([{ a: 1, b: 'x' }, { a: 2, c: null }]);
  });

  it('reads the ACLED API envelope and ignores its other keys', () => {
    const text = JSON.stringify({ status: 200, success: true, count: 1, messages: [], data: [{ event_id_cnty: 'MLI1' }] });
    expect(parseTable(text)).to.deep.equal({ rows: [{ event_id_cnty: 'MLI1' }], columns: ['event_id_cnty'] });
  });

  it('reads the UCDP API envelope', () => {
    const text = JSON.stringify({ TotalCount: 1, TotalPages: 1, NextPageUrl: '', Result: [{ id: 636243 }] });
    expect(parseTable(text, 'json').rows).to.deep.equal([{ id: 636243 }]);
  });

  it('says what it expected when the JSON has another shape', () => {
    expect(errorOf(() => parseTable('{"status": 403, "error": "Access denied"}')).message).to.match(
      /expected an array, or an object with a "data" \(ACLED\) or "Result" \(UCDP\) array, but found the keys status, error/,
    );
    expect(errorOf(() => parseTable('42', 'json')).message).to.match(/expected an array/);
    expect(errorOf(() => parseTable('[1, 2]')).message).to.match(/rows must be objects/);
  });

  it("includes the JSON parser's position in the message for malformed JSON", () => {
    const message = errorOf(() => parseTable('[{"a": 1,}]')).message;
    expect(message).to.match(/^The file looks like JSON but could not be read: .*position \d+/);
  });
});

describe('parseTable: what is not data', () => {
  it('rejects empty text', () => {
    expect(errorOf(() => parseTable('')).message).to.equal('The file is empty.');
    expect(errorOf(() => parseTable('\ufeff \n ')).message).to.equal('The file is empty.');
  });

  it('says when an HTML page came back instead of data', () => {
    for (const text of ['<!DOCTYPE html><html></html>', '  <html lang="en">', '<!doctype HTML>']) {
      expect(errorOf(() => parseTable(text)).message).to.match(/HTML page was returned instead of CSV or JSON/);
    }
  });
});
