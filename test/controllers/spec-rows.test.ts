import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
import { drawableSpec, specShape, swapValues } from '../../src/controllers/spec-rows.js';
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

  it('does the same for Vega specs, whose datasets’ values and value signals the rows decide', () => {
    expect(specShape(vegaBars([{ v: 1 }]))).to.equal(specShape(vegaBars([{ v: 2 }, { v: 3 }])));
    expect(specShape(vegaBars([]))).to.not.equal(specShape(vegaBars([], '#000000')));
    const otherOrder = vegaBars([]);
    (otherOrder.data![1] as { values: object[] }).values = [{ group: 'b', order: 0 }];
    expect(specShape(otherOrder)).to.equal(specShape(vegaBars([])));
    const withSignal = (signal: object) => ({ ...vegaBars([]), signals: [signal] }) as Spec;
    expect(specShape(withSignal({ name: 'color_domain', value: ['a'] }))).to.equal(
      specShape(withSignal({ name: 'color_domain', value: ['b', 'c'] })),
    );
    // A signal that reacts to something is part of the chart, not of its rows.
    expect(specShape(withSignal({ name: 'hover', value: 1, on: [] }))).to.not.equal(
      specShape(withSignal({ name: 'hover', value: 2, on: [] })),
    );
  });
});

describe('swapValues', () => {
  it('sets the rows (as copies), and only the datasets and value signals that changed', () => {
    const calls: string[] = [];
    const set: unknown[] = [];
    const view = {
      data: (name: string, values: object[]) => (calls.push(`data ${name}`), set.push(values)),
      signal: (name: string, value: unknown) => (calls.push(`signal ${name}`), set.push(value)),
    };
    const rows = [{ v: 1 }];
    const drawn = {
      ...vegaBars([{ v: 0 }]),
      signals: [
        { name: 'a', value: [1] },
        { name: 'b', value: 2 },
      ],
    } as Spec;
    const next = {
      ...vegaBars(rows),
      signals: [
        { name: 'a', value: [1] },
        { name: 'b', value: 3 },
        { name: 'c', update: 'a' },
      ],
    } as Spec;
    (next.data![1] as { values: object[] }).values = [{ group: 'b', order: 0 }];
    swapValues(view, drawn, next, rows);
    expect(calls).to.deep.equal(['data source_0', 'data order', 'signal b']);
    expect(set[0]).to.deep.equal(rows);
    expect(set[0]).to.not.equal(rows);
    expect(set[1]).to.deep.equal([{ group: 'b', order: 0 }]);
    expect(set[2]).to.equal(3);
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
