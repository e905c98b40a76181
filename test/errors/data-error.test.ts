import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';

describe('DataError', () => {
  it('writes the English sentence of its code and keeps the code and values for translation', () => {
    const error = new DataError('notOneOf', { attribute: 'mark', value: 'pie', allowed: 'bar, line, area' });
    expect(error).to.be.instanceOf(Error);
    expect(error.name).to.equal('DataError');
    expect(error.code).to.equal('notOneOf');
    expect(error.params).to.deep.equal({ attribute: 'mark', value: 'pie', allowed: 'bar, line, area' });
    expect(error.message).to.equal('mark="pie" is not one of: bar, line, area.');
  });

  it('says what it wraps: the cause’s message follows the file name, and the cause is kept', () => {
    const cause = new TypeError('Failed to fetch');
    const error = new DataError('inFile', { name: 'events.csv' }, { cause });
    expect(error.message).to.equal('events.csv: Failed to fetch');
    expect(error.cause).to.equal(cause);
  });

  it('keeps plain text as it is, with no code (CLI usage messages)', () => {
    const error = new DataError('Name the chart: attack-timeline, country-comparison, actor-breakdown.');
    expect(error.code).to.equal(undefined);
    expect(error.params).to.deep.equal({});
    expect(error.message).to.equal('Name the chart: attack-timeline, country-comparison, actor-breakdown.');
  });
});
