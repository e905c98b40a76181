import { expect } from '@open-wc/testing';
import type { TimelineRow } from '../../../src/data/types.js';
import { attackTimelineVegaSpec } from '../../../src/specs/vega/attack-timeline.js';
import { specContext } from '../spec-context.js';
import { itDrawsTheSamePicture } from './same-picture.js';
import { seededPairs } from './seeded-cases.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are read as JSON here, by paths the test names
type AnySpec = any;

const GROUPED: TimelineRow[] = [
  { period: '2025-05-01', group: 'JNIM', value: 3 },
  { period: '2025-05-01', group: 'Other', value: 1 },
  { period: '2025-06-01', group: 'JNIM', value: 2, partial: true },
  { period: '2025-06-01', group: 'Other', value: 0, partial: true },
];

const build = (rows: TimelineRow[], extra = {}) =>
  attackTimelineVegaSpec(rows, {
    ...specContext(),
    height: 300,
    interval: 'month',
    mark: 'bar',
    groupTitle: 'Actor',
    ...extra,
  }) as AnySpec;

describe('attackTimelineVegaSpec', () => {
  it('keeps the rows as given in source_0, and the names pages reach for (data_0, layer_0_marks)', () => {
    const spec = build(GROUPED);
    expect(spec.data[0]).to.deep.equal({ name: 'source_0', values: GROUPED });
    expect(spec.data.map((set: AnySpec) => set.name)).to.include('data_0');
    expect(spec.marks[0].name).to.equal('layer_0_marks');
  });

  it('stacks series in legend order through a lookup, so no group name enters an expression', () => {
    const spec = build(GROUPED);
    const expressions = JSON.stringify(
      spec.data.flatMap((set: AnySpec) => set.transform ?? []).map((t: AnySpec) => t.expr ?? ''),
    );
    expect(expressions).not.to.include('JNIM');
    expect(spec.data.find((set: AnySpec) => set.name === 'order').values).to.deep.equal([
      { group: 'JNIM', order: 0 },
      { group: 'Other', order: 1 },
    ]);
  });

  it('draws the partial last period lighter, and its legend symbols opaque', () => {
    const spec = build(GROUPED);
    expect(spec.marks[0].encode.update.opacity).to.deep.equal([{ test: 'datum.partial', value: 0.5 }, { value: 1 }]);
    expect(spec.legends[0].encode.symbols.update.opacity).to.deep.equal({ value: 1 });
  });

  it('draws annotations as spans, rules and labels in lanes', () => {
    const spec = build(GROUPED, {
      annotations: [
        { date: '2025-05-15', label: 'Coup' },
        { from: '2025-06-01', to: '2025-06-30', label: 'Offensive' },
      ],
    });
    expect(spec.marks.map((mark: AnySpec) => mark.type)).to.deep.equal(['rect', 'rect', 'rule', 'text']);
    expect(spec.data.find((set: AnySpec) => set.name === 'notes').values.map((note: AnySpec) => note.label)).to.deep.equal([
      'Coup',
      'Offensive',
    ]);
  });
});

describe('attackTimelineVegaSpec draws what attackTimelineSpec compiles to (seeded cases)', () => {
  itDrawsTheSamePicture(seededPairs(200).filter((pair) => pair.name.includes('timeline')));
});
