import { expect } from '@open-wc/testing';
import { attackTimelineSpec } from '../../src/specs/attack-timeline-spec.js';
import type { TimelineRow } from '../../src/data/types.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';
import { fr } from '../../src/locale/fr.js';
import { compileWarnings } from './compile.js';
import { specContext } from './spec-context.js';

const ROWS: TimelineRow[] = [
  { period: '2025-01-01', value: 3 },
  { period: '2025-02-01', value: 0 },
];
const GROUPED: TimelineRow[] = [
  { period: '2025-01-01', group: 'JNIM', value: 3 },
  { period: '2025-01-01', group: 'Other', value: 1 },
  { period: '2025-02-01', group: 'JNIM', value: 2 },
  { period: '2025-02-01', group: 'Other', value: 0 },
];
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are read as JSON here, by paths the test names
type AnySpec = any;

describe('attackTimelineSpec', () => {
  const build = (rows: TimelineRow[], extra = {}) =>
    attackTimelineSpec(rows, { ...specContext(), interval: 'month', mark: 'bar', groupTitle: 'Actor', ...extra }) as AnySpec;

  it('draws the rows it is given as its data, unchanged', () => {
    const spec = build(ROWS);
    expect(spec.data.values).to.equal(ROWS);
    expect(spec.data.format.parse).to.deep.equal({ period: "utc:'%Y-%m-%d'" });
  });

  it('defaults to bars spanning each period on a UTC time scale', () => {
    const main = build(ROWS).layer[0];
    expect(main.mark).to.deep.equal({ type: 'bar' });
    expect(main.encoding.x.scale).to.deep.equal({ type: 'utc' });
    expect(main.encoding.x2).to.deep.equal({ field: '_end' });
    expect(main.encoding.y.field).to.equal('value');
    expect(main.encoding.y.title).to.equal('UCDP lethal events');
    expect(main.encoding.color).to.equal(undefined);
  });

  it('puts a tooltip on every mark', () => {
    const tooltip = build(GROUPED).layer[0].encoding.tooltip.map((t: AnySpec) => t.field);
    expect(tooltip).to.deep.equal(['_label', 'group', 'value']);
  });

  it('stacks groups explicitly, in legend order, with Other grey', () => {
    const main = build(GROUPED).layer[0];
    expect(main.encoding.y.field).to.equal('_y1');
    expect(main.encoding.y2).to.deep.equal({ field: '_y0' });
    const stack = main.transform.find((t: AnySpec) => t.stack);
    expect(stack.groupby).to.deep.equal(['period']);
    expect(main.encoding.color.scale.domain).to.deep.equal(['JNIM', 'Other']);
    expect(main.encoding.color.scale.range).to.deep.equal([LIGHT_TOKENS.palette[0], LIGHT_TOKENS.other]);
  });

  it('does not stack lines', () => {
    const main = build(GROUPED, { mark: 'line' }).layer[0];
    expect(main.mark.type).to.equal('line');
    expect(main.encoding.y.field).to.equal('value');
    expect(main.transform.some((t: AnySpec) => t.stack)).to.equal(false);
  });

  it('draws annotations as bands, rules and labels, dated in UTC', () => {
    const spec = build(ROWS, {
      annotations: [
        { date: '2025-01-20', label: 'Coup' },
        { from: '2025-01-22', to: '2025-02-10', label: 'Withdrawal' },
      ],
    });
    expect(spec.layer.map((layer: AnySpec) => layer.mark.type)).to.deep.equal(['bar', 'rect', 'rule', 'text']);
    const values = spec.layer[1].data.values;
    expect(values.map((v: AnySpec) => [v.start, v.end, v.label])).to.deep.equal([
      [Date.UTC(2025, 0, 20), null, 'Coup'],
      [Date.UTC(2025, 0, 22), Date.UTC(2025, 1, 11), 'Withdrawal'],
    ]);
  });

  it('puts labels of nearby annotations in separate lanes', () => {
    const spec = build(ROWS, {
      width: 320,
      annotations: [
        { date: '2025-01-20', label: 'A long first label' },
        { date: '2025-01-21', label: 'Second' },
      ],
    });
    const lanes = spec.layer[3].data.values.map((v: AnySpec) => v.laneY);
    expect(lanes[0]).to.not.equal(lanes[1]);
  });

  it('labels quarters with the locale’s letter', () => {
    const spec = build(ROWS, { interval: 'quarter', ...{ locale: fr } });
    expect(spec.layer[0].transform[0].calculate).to.contain('"T"');
  });

  it('compiles without Vega-Lite warnings for every mark, grouped or not', () => {
    for (const mark of ['bar', 'line', 'area']) {
      expect(compileWarnings(build(ROWS, { mark })), mark).to.deep.equal([]);
      expect(compileWarnings(build(GROUPED, { mark })), `${mark} grouped`).to.deep.equal([]);
    }
  });
});
