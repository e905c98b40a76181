import { expect } from '@open-wc/testing';
import { humanize, jsonOf, listOf, nameList, oneOf, periodOf, positiveInteger } from '../../src/options/parse.js';
import { DataError } from '../../src/errors/data-error.js';

/** The error `run` throws, or a failure when it throws none. */
function thrown(run: () => unknown): DataError {
  try {
    run();
  } catch (error) {
    return error as DataError;
  }
  throw new Error('expected an error');
}

describe('options/parse', () => {
  it('oneOf: any case and spaces, the fallback when unset, and an error naming attribute, value and choices', () => {
    const intervals = ['day', 'week', 'month'] as const;
    expect(oneOf('interval', ' WEEK ', intervals, 'month')).to.equal('week');
    expect(oneOf('interval', undefined, intervals, 'month')).to.equal('month');
    expect(oneOf('interval', '', intervals, 'month')).to.equal('month');
    const error = thrown(() => oneOf('interval', 'fortnight', intervals, 'month'));
    expect(error).to.be.instanceOf(DataError);
    expect(error.code).to.equal('notOneOf');
    expect(error.message).to.equal('interval="fortnight" is not one of: day, week, month.');
  });

  it('listOf: trimmed, non-empty items; nothing for an empty list', () => {
    expect(listOf(' Mali, Burkina Faso ,,Niger ')).to.deep.equal(['Mali', 'Burkina Faso', 'Niger']);
    expect(listOf(' , ')).to.equal(undefined);
    expect(listOf(undefined)).to.equal(undefined);
  });

  it('nameList: an array becomes the text the attribute takes', () => {
    expect(nameList(['Mali', 'Niger'])).to.equal('Mali,Niger');
    expect(nameList('Mali, Niger')).to.equal('Mali, Niger');
    expect(nameList(undefined)).to.equal(undefined);
  });

  it('periodOf: a day, a month or a year; a clear error for anything else', () => {
    expect(periodOf('from', '2025-07-15')).to.deep.include({ year: 2025, month: 7, day: 15, precision: 'day' });
    expect(periodOf('from', '2025-07')).to.deep.include({ year: 2025, month: 7, precision: 'month' });
    expect(periodOf('to', 2025)).to.deep.include({ year: 2025, precision: 'year' });
    expect(periodOf('from', 'July 2025')).to.deep.include({ year: 2025, month: 7, precision: 'month' });
    expect(periodOf('to', '')).to.equal(undefined);
    const error = thrown(() => periodOf('to', 'mid-2025'));
    expect(error.code).to.equal('notADate');
    expect(error.message).to.equal('to="mid-2025" is not a date; write it as 2025-07-15, 2025-07 or 2025.');
    // A day the calendar does not have is not a date either.
    expect(thrown(() => periodOf('from', '2025-02-30')).code).to.equal('notADate');
  });

  it('jsonOf: objects pass through, JSON text is parsed, bad JSON names the attribute', () => {
    const colors = { Mali: '#c1272d' };
    expect(jsonOf('colors', colors)).to.equal(colors);
    expect(jsonOf('colors', '{"Mali":"#c1272d"}')).to.deep.equal(colors);
    expect(jsonOf('colors', '')).to.equal(undefined);
    const error = thrown(() => jsonOf('colors', "{'Mali': 1}"));
    expect(error.code).to.equal('attributeNotJson');
    expect(error.message).to.match(/^The colors attribute is not valid JSON \(.+\)\.$/);
  });

  it('positiveInteger: whole numbers above 0, rounded down; the fallback otherwise', () => {
    expect(positiveInteger('7', 10)).to.equal(7);
    expect(positiveInteger(7.9, 10)).to.equal(7);
    for (const bad of ['0', '-3', 'ten', '', Infinity, NaN, undefined])
      expect(positiveInteger(bad as never, 10), String(bad)).to.equal(10);
  });

  it('humanize: a column name as an axis title', () => {
    expect(humanize('claimed_attacks')).to.equal('Claimed attacks');
    expect(humanize('best-estimate.deaths')).to.equal('Best estimate deaths');
    expect(humanize('  fatalities ')).to.equal('Fatalities');
  });
});
