// What the aggregate table counts, checked once for the JavaScript, DuckDB and SQL paths: the
// interval and split from --by and --interval, and bounds that start and end whole periods.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sourceModules } from '../sql/source-modules.mjs';

const { aggregatePlan, parseBy, filtersText } = await sourceModules('./src/cli/aggregate-plan.ts');

describe('parseBy', () => {
  it('reads an interval, country, and actor or event type', () => {
    assert.deepEqual(parseBy(undefined), { interval: 'month', split: null });
    assert.deepEqual(parseBy('week,country,actor'), { interval: 'week', split: 'actor' });
    assert.deepEqual(parseBy(' Quarter , country , event_type '), { interval: 'quarter', split: 'event-type' });
    assert.deepEqual(parseBy(['year', 'country']), { interval: 'year', split: null });
  });

  it('takes --interval for the first item when --by is not given, and both when they agree', () => {
    assert.deepEqual(parseBy(undefined, 'day'), { interval: 'day', split: null });
    assert.deepEqual(parseBy('day,country,actor', 'DAY'), { interval: 'day', split: 'actor' });
  });

  it('refuses other lists, intervals, and an --interval that --by contradicts', () => {
    assert.throws(() => parseBy('month,actor'), /--by "month,actor" is not one of: day,country\[,actor\|event-type\]; week/);
    assert.throws(() => parseBy('fortnight,country'), /is not one of/);
    assert.throws(
      () => parseBy(undefined, 'fortnight'),
      /--interval "fortnight" is not one of: day, week, month, quarter, year\./,
    );
    assert.throws(() => parseBy('month,country', 'week'), /--by starts with month but --interval is week/);
  });
});

describe('aggregatePlan', () => {
  const refusal = (options) => {
    try {
      aggregatePlan(options);
      return null;
    } catch (error) {
      return error.message;
    }
  };

  it('takes bounds that start and end whole periods of the interval', () => {
    for (const options of [
      { from: '2024-01', to: '2024-03' },
      { by: 'day,country', from: '2024-02-29', to: '2024-03-01' },
      // 1 January 2024 was a Monday; 31 March 2024 a Sunday.
      { by: 'week,country', from: '2024-01-01', to: '2024-03-31' },
      { by: 'quarter,country', from: '2024-04', to: '2024' },
      { by: 'year,country', from: '2023-01', to: '2024-12' },
    ])
      assert.equal(refusal(options), null, JSON.stringify(options));
  });

  it('refuses a bound that cuts a period, naming the two nearest that do not', () => {
    assert.equal(
      refusal({ by: 'week,country', from: '2024-01-03' }),
      '--from 2024-01-03 starts on a Wednesday, inside a week (weeks run Monday to Sunday): write 2024-01-01 or 2024-01-08.',
    );
    assert.equal(
      refusal({ by: 'week,country', to: '2024-02' }),
      '--to 2024-02 ends on a Thursday, inside a week (weeks run Monday to Sunday): write 2024-02-25 or 2024-03-03.',
    );
    assert.equal(
      refusal({ by: 'quarter,country', from: '2024-05' }),
      '--from 2024-05 starts inside a quarter (quarters are counted whole): write 2024-04 or 2024-07.',
    );
    assert.equal(
      refusal({ by: 'year,country', to: '2024-06' }),
      '--to 2024-06 ends inside a year (years are counted whole): write 2023 or 2024.',
    );
    assert.equal(
      refusal({ from: '2024-03-15' }),
      '--from 2024-03-15 names a day, but the table counts whole months: write it as 2024-03 or a year.',
    );
  });

  it('resolves the measure, reading and filters as the elements do', () => {
    const plan = aggregatePlan({ measure: 'fatalities', countries: ' Mali , niger', dateField: 'when' });
    assert.equal(plan.measure, 'fatalities');
    assert.equal(plan.reading.fields.date, 'when');
    assert.deepEqual(filtersText({ from: '2024' }, plan.counting.filters), ['from 2024', 'countries Mali, niger']);
  });
});
