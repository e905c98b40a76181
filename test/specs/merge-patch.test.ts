import { expect } from '@open-wc/testing';
import { mergePatch } from '../../src/specs/merge-patch.js';

// RFC 7396, Appendix A: every example, original → patch → result, as the RFC prints them.
const RFC_EXAMPLES: [unknown, unknown, unknown][] = [
  [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
  [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
  [{ a: 'b' }, { a: null }, {}],
  [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
  [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
  [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
  [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
  [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
  [
    ['a', 'b'],
    ['c', 'd'],
    ['c', 'd'],
  ],
  [{ a: 'b' }, ['c'], ['c']],
  [{ a: 'foo' }, null, null],
  [{ a: 'foo' }, 'bar', 'bar'],
  [{ e: null }, { a: 1 }, { e: null, a: 1 }],
  [[1, 2], { a: 'b', c: null }, { a: 'b' }],
  [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
];

describe('mergePatch (RFC 7396)', () => {
  RFC_EXAMPLES.forEach(([original, patch, result], index) => {
    it(`gives the RFC's result for Appendix A example ${index + 1}`, () => {
      expect(mergePatch(original, patch)).to.deep.equal(result);
    });
  });

  it('changes neither the target nor the patch', () => {
    const target = { encoding: { y: { axis: { format: ',~f' } } }, mark: 'bar' };
    const patch = { encoding: { y: { axis: { format: '.2s' } } } };
    const before = JSON.stringify([target, patch]);
    const result = mergePatch(target, patch) as typeof target;
    expect(result.encoding.y.axis.format).to.equal('.2s');
    expect(JSON.stringify([target, patch])).to.equal(before);
  });
});
