import { expect } from '@open-wc/testing';

function deepEqual(actual: unknown, expected: unknown): boolean {
  try {
    expect(actual).to.deep.equal(expected);
    return true;
  } catch {
    return false;
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Asserts deep equality; when it fails, the assertion is made on the first part that differs
 * (`events[412].actors`), so a report stays readable and quick instead of diffing thousands of
 * rows.
 */
export function expectSame(actual: unknown, expected: unknown, what: string, path = ''): void {
  if (deepEqual(actual, expected)) return;
  if (Array.isArray(actual) !== Array.isArray(expected)) {
    const shape = (value: unknown) =>
      Array.isArray(value) ? `a list of ${value.length}` : String(JSON.stringify(value)).slice(0, 500);
    expect(shape(actual), `${what}: at ${path || 'the top'}`).to.equal(shape(expected));
  }
  if (Array.isArray(actual) && Array.isArray(expected)) {
    const differing = actual.findIndex((item, i) => i < expected.length && !deepEqual(item, expected[i]));
    if (differing >= 0) return expectSame(actual[differing], expected[differing], what, `${path}[${differing}]`);
    expect(actual.length, `${what}: length of ${path || 'the list'}`).to.equal(expected.length);
  }
  if (isRecord(actual) && isRecord(expected)) {
    for (const key of new Set([...Object.keys(expected), ...Object.keys(actual)])) {
      if (!deepEqual(actual[key], expected[key])) return expectSame(actual[key], expected[key], what, `${path}.${key}`);
    }
  }
  expect(actual, `${what}: at ${path || 'the top'}`).to.deep.equal(expected);
}
