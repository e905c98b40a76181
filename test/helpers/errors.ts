import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';

/** The DataError `fn` throws; fails the test if it throws nothing or something else. */
export function dataErrorOf(fn: () => unknown): DataError {
  try {
    fn();
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  return expect.fail('expected a DataError') as never;
}
