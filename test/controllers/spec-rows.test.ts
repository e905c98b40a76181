import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
import { drawableSpec, specShape } from '../../src/controllers/spec-rows.js';
import { barSpec } from '../helpers/bar-spec.js';

const vegaBars = (rows: object[], color = '#336699'): Spec => ({
  $schema: 'https://vega.github.io/schema/vega/v6.json',
  data: [
    { name: 'source_0', values: rows },
    { name: 'order', values: [{ group: 'a', order: 0 }] },
  ],
  marks: [{ type: 'rect', from: { data: 'source_0' }, encode: { update: { fill: { value: color } } } }],
});

describe('specShape', () => {
  it('knows two Vega-Lite specs of the same shape apart from specs that differ beyond their rows', () => {
    expect(specShape(barSpec([{ name: 'a', value: 1 }]))).to.equal(specShape(barSpec([{ name: 'z', value: 9 }])));
    expect(specShape(barSpec([]))).to.not.equal(specShape(barSpec([], '#000000')));
  });

  it('does the same for Vega specs, whose rows are the source_0 dataset (other datasets count)', () => {
    expect(specShape(vegaBars([{ v: 1 }]))).to.equal(specShape(vegaBars([{ v: 2 }, { v: 3 }])));
    expect(specShape(vegaBars([]))).to.not.equal(specShape(vegaBars([], '#000000')));
    const otherOrder = vegaBars([]);
    (otherOrder.data![1] as { values: object[] }).values = [{ group: 'b', order: 0 }];
    expect(specShape(otherOrder)).to.not.equal(specShape(vegaBars([])));
  });
});

describe('drawableSpec', () => {
  it('gives Vega a copy with copies of the rows, so neither the spec nor chartData changes', () => {
    const rows = [{ period: '2025-01-01', value: 3 }];
    const spec = vegaBars(rows);
    const drawable = drawableSpec(spec, rows);
    const drawn = drawable.data![0] as { values: { period: unknown }[] };
    expect(drawn.values).to.deep.equal(rows);
    drawn.values[0].period = new Date(0);
    expect(rows[0].period).to.equal('2025-01-01');
    expect((spec.data![0] as { values: object[] }).values).to.equal(rows);
    expect(drawable.marks).to.deep.equal(spec.marks);
    expect(drawable.marks).not.to.equal(spec.marks);
  });
});
