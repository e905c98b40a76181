import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
import { sceneDifferences, sceneOfVega, sceneOfVegaLite } from './scenegraph.js';
import { seededPairs } from './seeded-cases.js';

describe('the seeded cases and the picture comparison they are checked with', () => {
  const pairs = seededPairs(200);

  it('covers every chart, mark, interval, width, theme and language', () => {
    const names = pairs.map((pair) => pair.name).join('\n');
    for (const word of ['timeline bar', 'timeline line', 'timeline area', 'comparison', 'breakdown', 'highlight', 'partial'])
      expect(names).to.include(word);
    expect(names).to.match(/timeline bar .*band/);
    expect(names).to.match(/timeline line .*band/);
    expect(names).to.match(/groups [1-7] .*timeline line .*band/);
    expect(names).to.match(/comparison .*band/);
    expect(names).to.match(/comparison .*highlight.* previous/);
    expect(names).to.match(/comparison ×1\d? .*previous/);
    for (const word of [
      ' day ',
      ' week ',
      ' month ',
      ' quarter ',
      ' year ',
      'w320',
      'w360',
      'w480',
      'w800',
      'dark',
      'light',
      ' fr ',
      ' en ',
    ])
      expect(names).to.include(word);
    expect(names).to.match(/notes [1-3]/);
    expect(names).to.match(/groups [4-7]/);
  });

  // The 200 cases are drawn and compared in attack-timeline.test.ts and bars.test.ts.

  it('tells apart pictures that differ by more than half a pixel, or by a colour or a word', () => {
    const item = { path: '/group:frame/rect:mark', x: 10, y: 4, fill: '#2f6db5', text: 'Mali' };
    expect(sceneDifferences([item], [{ ...item, x: 10.4 }])).to.deep.equal([]);
    expect(sceneDifferences([item], [{ ...item, x: 10.6 }])).to.have.length(1);
    expect(sceneDifferences([item], [{ ...item, fill: '#2f6db6' }])).to.have.length(1);
    expect(sceneDifferences([item], [{ ...item, text: 'Niger' }])).to.have.length(1);
    expect(sceneDifferences([item], [item, item])[0]).to.match(/^items differ/);
  });

  it('finds a real change in a drawn chart: bars a little thinner', async () => {
    const pair = pairs.find((candidate) => candidate.name.includes('comparison'))!;
    const thinner = structuredClone(pair.vega) as Omit<Spec, 'scales'> & { scales: { name: string; paddingInner?: number }[] };
    thinner.scales.find((scale) => scale.name === 'y')!.paddingInner = 0.2;
    const [expected, actual] = await Promise.all([sceneOfVegaLite(pair.vegaLite), sceneOfVega(thinner as Spec)]);
    expect(sceneDifferences(expected, actual)).not.to.deep.equal([]);
  });
});
