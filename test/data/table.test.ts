import { expect } from '@open-wc/testing';
import { checkNotEmpty, checkRowLimit, kindOf, tableFromObjects } from '../../src/data/table.js';
import { dataErrorOf } from '../helpers/errors.js';

describe('data/table', () => {
  it('kindOf: the server’s content type first, then the extension (query and hash ignored)', () => {
    expect(kindOf('/data/events.csv', 'application/json; charset=utf-8')).to.equal('json');
    expect(kindOf('/data/events', 'text/tab-separated-values')).to.equal('tsv');
    expect(kindOf('/data/events.json', 'text/csv')).to.equal('csv');
    expect(kindOf('https://x.org/EVENTS.JSON?v=2#top', 'text/plain')).to.equal('json');
    expect(kindOf('export.tab')).to.equal('tsv');
    expect(kindOf('export.CSV')).to.equal('csv');
    expect(kindOf('export.xlsx')).to.equal('auto');
  });

  it('tableFromObjects: columns are the keys of the first 50 rows, in the order first seen', () => {
    const rows = [{ a: 1, b: 2 }, { b: 3, c: 4 }, ...Array.from({ length: 48 }, () => ({ a: 0 })), { late: 1 }];
    expect(tableFromObjects(rows).columns).to.deep.equal(['a', 'b', 'c']);
    expect(tableFromObjects(rows).rows).to.equal(rows);
  });

  it('tableFromObjects: anything but an array is a clear error', () => {
    for (const bad of [{ rows: [] }, 'a,b', null]) {
      const error = dataErrorOf(() => tableFromObjects(bad));
      expect(error.code, String(bad)).to.equal('notRowArray');
    }
  });

  it('checkNotEmpty: a header without rows names the columns it found', () => {
    const error = dataErrorOf(() => checkNotEmpty({ rows: [], columns: ['event_date', 'country'] }));
    expect(error.code).to.equal('noRows');
    expect(error.params).to.deep.equal({ columns: 'event_date, country' });
    expect(() => checkNotEmpty({ rows: [{}], columns: [] })).not.to.throw();
  });

  it('checkRowLimit: says how many rows and how to raise the limit (attribute, or the CLI flag)', () => {
    const table = { rows: [{}, {}, {}], columns: [] };
    expect(() => checkRowLimit(table, 3)).not.to.throw();
    const element = dataErrorOf(() => checkRowLimit(table, 2));
    expect(element.code).to.equal('tooManyRows');
    expect(element.params).to.deep.equal({ rows: 3, limit: 2 });
    expect((dataErrorOf(() => checkRowLimit(table, 2, { flag: true }))).code).to.equal('tooManyRowsFlag');
    // 0 or nothing means the default limit (2,000,000 rows in the README), which 3 rows are under.
    expect(() => checkRowLimit(table, 0)).not.to.throw();
  });
});
