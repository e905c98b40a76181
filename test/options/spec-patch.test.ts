import { expect } from '@open-wc/testing';
import { DataError } from '../../src/errors/data-error.js';
import { specPatchOf } from '../../src/options/spec-patch.js';

function errorOf(value: string | Record<string, unknown>): DataError {
  try {
    specPatchOf(value);
  } catch (error) {
    expect(error).to.be.instanceOf(DataError);
    return error as DataError;
  }
  return expect.fail(`${JSON.stringify(value)} was accepted`) as never;
}

describe('specPatchOf', () => {
  it('reads an object, or the JSON text of one; nothing for an empty attribute', () => {
    const patch = { config: { axis: { labelFontSize: 14 } }, title: null };
    expect(specPatchOf(patch)).to.equal(patch);
    expect(specPatchOf(JSON.stringify(patch))).to.deep.equal(patch);
    expect(specPatchOf('')).to.equal(undefined);
    expect(specPatchOf(undefined)).to.equal(undefined);
  });

  it('refuses text that is not JSON, naming the attribute', () => {
    const error = errorOf('{config: 1}');
    expect(error.code).to.equal('attributeNotJson');
    expect(error.message).to.match(/^The spec-patch attribute is not valid JSON \(/);
  });

  it('refuses JSON that is not an object: a list, a number, text, null', () => {
    for (const text of ['[{"mark": "bar"}]', '14', '"bar"', 'null'])
      expect(errorOf(text).code, text).to.equal('specPatchNotObject');
  });

  it('refuses any key that would load a URL or open a link, naming where it is', () => {
    expect(errorOf({ data: { url: 'https://example.org/rows.csv' } }).message).to.equal(
      'spec-patch may not load data or links: remove "data.url".',
    );
    expect(
      errorOf('{"layer": [{}, {"transform": [{"lookup": "id", "from": {"data": {"url": "x.json"}}}]}]}').params,
    ).to.deep.equal({
      path: 'layer.1.transform.0.from.data.url',
    });
    expect(errorOf({ encoding: { href: { value: 'javascript:alert(1)' } } }).params).to.deep.equal({ path: 'encoding.href' });
    expect(errorOf({ mark: 'image', encoding: { url: { field: 'flag' } } }).params).to.deep.equal({ path: 'encoding.url' });
  });
});
