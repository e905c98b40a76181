import { expect } from '@open-wc/testing';
import { actorBreakdownSpec } from '../../src/specs/actor-breakdown-spec.js';
import type { BreakdownRow } from '../../src/data/types.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';
import { compileWarnings } from './compile.js';
import { specContext } from './spec-context.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are read as JSON here, by paths the test names
type AnySpec = any;

const ACTORS: BreakdownRow[] = [
  { actor: 'JNIM', value: 60, share: 0.6 },
  { actor: 'IS Sahel', value: 30, share: 0.3 },
  { actor: 'Other', value: 10, share: 0.1 },
];

describe('actorBreakdownSpec', () => {
  const build = (rows: BreakdownRow[], extra = {}) =>
    actorBreakdownSpec(rows, { ...specContext(), groupTitle: 'Event type', ...extra }) as AnySpec;

  it('draws each actor’s share as a percentage, Other in grey', () => {
    const spec = build(ACTORS);
    const bars = spec.layer[0];
    expect(bars.encoding.x.field).to.equal('share');
    expect(bars.encoding.x.axis.format).to.equal('.0%');
    expect(bars.encoding.color.scale.range).to.deep.equal([LIGHT_TOKENS.palette[0], LIGHT_TOKENS.palette[0], LIGHT_TOKENS.other]);
    expect(bars.encoding.tooltip.map((t: AnySpec) => t.field)).to.deep.equal(['actor', 'value', 'share']);
  });

  it('compiles without Vega-Lite warnings', () => {
    expect(compileWarnings(build(ACTORS))).to.deep.equal([]);
  });
});
