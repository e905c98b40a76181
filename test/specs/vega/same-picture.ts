import { expect } from '@open-wc/testing';
import { sceneDifferences, sceneOfVega, sceneOfVegaLite } from './scenegraph.js';
import type { SpecPair } from './seeded-cases.js';

/** One test per case: the Vega spec draws the picture its Vega-Lite spec compiles to. */
export function itDrawsTheSamePicture(pairs: SpecPair[]): void {
  for (const pair of pairs) {
    it(pair.name, async () => {
      const [expected, actual] = await Promise.all([sceneOfVegaLite(pair.vegaLite), sceneOfVega(pair.vega)]);
      expect(expected.length).to.be.greaterThan(10);
      expect(sceneDifferences(expected, actual)).to.deep.equal([]);
    });
  }
}
