import { expect } from '@open-wc/testing';
import { expectedHeight, layoutOf } from '../../src/base/reserved-box.js';

// The rules as the README's "Layout while loading" states them.
describe('expectedHeight', () => {
  it('is the height attribute whenever it is set: the drawing fits it exactly', () => {
    expect(expectedHeight('periods', 420, 8, 'actor')).to.equal(420);
    expect(expectedHeight('bars', 180, 8, 'none')).to.equal(180);
  });

  it("is a timeline's 300 px without one", () => {
    expect(expectedHeight('periods', undefined, 8, 'actor')).to.equal(300);
    expect(expectedHeight('periods', 0, 3)).to.equal(300);
  });

  it('gives bars 26 px each for top and "Other", at most six, 44 px of axis and a 40 px legend when grouped', () => {
    expect(expectedHeight('bars', undefined, 8, 'none')).to.equal(6 * 26 + 44);
    expect(expectedHeight('bars', undefined, 2, 'none')).to.equal(3 * 26 + 44);
    expect(expectedHeight('bars', undefined, 2, 'event-type')).to.equal(3 * 26 + 44 + 40);
    // A `top` the element would refuse counts as its default, 8.
    expect(expectedHeight('bars', undefined, Number.NaN)).to.equal(6 * 26 + 44);
  });
});

describe('layoutOf', () => {
  it('takes the layout from the chart registry, and bars for a tag it does not know', () => {
    expect(['attack-timeline', 'country-comparison', 'actor-breakdown', 'my-chart'].map(layoutOf)).to.deep.equal([
      'periods',
      'bars',
      'bars',
      'bars',
    ]);
  });
});
