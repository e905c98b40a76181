import { expect } from '@open-wc/testing';
import { colorRange, frame, groupsOf, labelLimit, valueTickCount } from '../../src/specs/common.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';
import { specContext } from './spec-context.js';

describe('specs/common', () => {
  it('colorRange: the assigned colour, else the palette in order; Other always grey', () => {
    const tokens = { ...LIGHT_TOKENS, palette: ['blue', 'orange'], other: 'grey' };
    expect(colorRange(['JNIM', 'IS Sahel', 'Boko Haram', 'Other'], tokens, 'Other')).to.deep.equal([
      'blue',
      'orange',
      'blue',
      'grey',
    ]);
    expect(colorRange(['Mali', 'Niger', 'Autres'], tokens, 'Autres', { Niger: '#123456' })).to.deep.equal([
      'blue',
      '#123456',
      'grey',
    ]);
  });

  it('groupsOf: groups in the order the rows first name them', () => {
    expect(groupsOf([{ group: 'B' }, {}, { group: 'A' }, { group: 'B' }])).to.deep.equal(['B', 'A']);
  });

  it('valueTickCount and labelLimit: at least two ticks; labels take at most 40 % of the width', () => {
    expect(valueTickCount(300)).to.equal(4);
    expect(valueTickCount(50)).to.equal(2);
    expect(valueTickCount(550, 110)).to.equal(5);
    expect(labelLimit(320, 200)).to.equal(128);
    expect(labelLimit(800, 200)).to.equal(200);
  });

  it('frame: 300 px high by default, bars 26 px each (20 px past 12 bars), the author’s height when set', () => {
    const ctx = specContext({ width: 80 });
    expect(frame(ctx)).to.deep.include({ width: 120, height: 300 });
    expect(frame(ctx).autosize).to.deep.equal({ type: 'fit', contains: 'padding' });
    expect(frame(ctx, 5)).to.deep.include({ height: 130 });
    expect(frame(ctx, 5).autosize.type).to.equal('fit-x');
    expect(frame(ctx, 20).height).to.equal(400);
    expect(frame({ ...ctx, height: 250 }, 20)).to.deep.include({ height: 250 });
    expect(frame({ ...ctx, height: 250 }, 20).autosize.type).to.equal('fit');
  });
});
