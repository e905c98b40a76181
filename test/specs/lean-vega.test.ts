import { expect } from '@open-wc/testing';
import { compile, type TopLevelSpec } from 'vega-lite';
import { expressionInterpreter } from 'vega-interpreter';
// The reduced Vega that dist/conflict-charts.js bundles instead of the `vega` package.
// @ts-expect-error: a plain JavaScript module without types, used by the CMS build only.
import { View, leanTransforms, parse, version } from '../../build-support/vega-lean.js';
import { actorBreakdownSpec } from '../../src/specs/actor-breakdown-spec.js';
import { attackTimelineSpec } from '../../src/specs/attack-timeline-spec.js';
import { countryComparisonSpec } from '../../src/specs/country-comparison-spec.js';
import type { TimelineRow } from '../../src/data/types.js';
import { specContext } from './spec-context.js';

const GROUPED: TimelineRow[] = [
  { period: '2025-05-01', group: 'JNIM', value: 3 },
  { period: '2025-05-01', group: 'Other', value: 1 },
  { period: '2025-06-01', group: 'JNIM', value: 2 },
  { period: '2025-06-01', group: 'Other', value: 0 },
  { period: '2025-07-01', group: 'JNIM', value: 4, partial: true },
  { period: '2025-07-01', group: 'Other', value: 2, partial: true },
];
const SINGLE: TimelineRow[] = [
  { period: '2025-05-01', value: 3 },
  { period: '2025-06-01', value: 5 },
];
const ANNOTATIONS = [
  { date: '2025-05-15', label: 'Coup' },
  { from: '2025-06-01', to: '2025-06-30', label: 'Offensive' },
];

const timeline = (rows: TimelineRow[], mark: 'bar' | 'line' | 'area', extra = {}) =>
  attackTimelineSpec(rows, { ...specContext(), interval: 'month', mark, groupTitle: 'Actor', ...extra });

/** Every kind of spec the elements build: each mark, grouped or not, with annotations and highlights. */
const SPECS: Record<string, TopLevelSpec> = {
  'timeline bars, stacked, partial last month, annotated': timeline(GROUPED, 'bar', { annotations: ANNOTATIONS }),
  'timeline lines by actor': timeline(GROUPED, 'line'),
  'timeline stacked areas': timeline(GROUPED, 'area'),
  'timeline single series': timeline(SINGLE, 'bar'),
  'country comparison, highlighted': countryComparisonSpec(
    [
      { country: 'Burkina Faso', value: 54 },
      { country: 'Mali', value: 36 },
    ],
    { ...specContext(), groupTitle: 'Event type', highlight: 'Mali' },
  ),
  'country comparison stacked by event type': countryComparisonSpec(
    [
      { country: 'Mali', group: 'Battles', value: 3 },
      { country: 'Mali', group: 'Other', value: 1 },
    ],
    { ...specContext(), groupTitle: 'Event type' },
  ),
  'actor breakdown': actorBreakdownSpec(
    [
      { actor: 'JNIM', value: 6, share: 0.6 },
      { actor: 'Other', value: 4, share: 0.4 },
    ],
    {
      ...specContext(),
      groupTitle: 'Country',
    },
  ),
  'actor breakdown stacked by country': actorBreakdownSpec(
    [
      { actor: 'JNIM', group: 'Mali', value: 6, share: 0.6 },
      { actor: 'JNIM', group: 'Niger', value: 4, share: 0.4 },
    ],
    { ...specContext(), groupTitle: 'Country' },
  ),
};

describe('the lean Vega of the CMS bundle', () => {
  it('is a module whose version is filled in by the build only', () => {
    expect(version).to.equal('unknown');
  });

  for (const [name, spec] of Object.entries(SPECS)) {
    it(`has every transform needed to draw: ${name}`, async () => {
      const container = document.createElement('div');
      document.body.append(container);
      const runtime = parse(compile(structuredClone(spec)).spec, undefined, { ast: true });
      // Unbundled, vega-lite's own `import 'vega'` registers every transform in this page; in the
      // bundle it gets the lean module, so check the operators against what that registers.
      const types = new Set<string>(runtime.operators.map((op: { type: string }) => op.type.toLowerCase()));
      types.delete('operator');
      expect([...types].filter((type) => !leanTransforms.includes(type))).to.deep.equal([]);
      const view = new View(runtime, { expr: expressionInterpreter, renderer: 'svg', container });
      await view.runAsync();
      const drawn = container.querySelectorAll('svg .role-mark > path, svg .role-mark > line, svg .role-mark > text');
      view.finalize();
      container.remove();
      expect(drawn.length).to.be.greaterThan(0);
    });
  }
});
