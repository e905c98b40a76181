import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { CHART_TAGS, CHARTS, chartOf } from '../../src/options/charts.js';

describe('options/charts (the chart registry)', () => {
  it('lists the three documented elements, in the order the docs list them', () => {
    expect([...CHART_TAGS]).to.deep.equal(['attack-timeline', 'country-comparison', 'actor-breakdown', 'conflict-map']);
  });

  it('names, for each tag, the class the page defines under it', () => {
    for (const tag of CHART_TAGS) {
      const defined = customElements.get(tag);
      expect(defined, tag).to.be.a('function');
      expect(defined!.name, tag).to.equal(chartOf(tag).className);
      expect(document.createElement(tag)).to.have.property('chartData');
    }
  });

  it('chartOf finds each registration by its tag', () => {
    for (const chart of CHARTS) expect(chartOf(chart.tag)).to.equal(chart);
  });
});
