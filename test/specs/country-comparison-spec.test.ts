import { expect } from '@open-wc/testing';
import { countryComparisonSpec } from '../../src/specs/country-comparison-spec.js';
import type { ComparisonRow } from '../../src/data/types.js';
import { LIGHT_TOKENS } from '../../src/themes/tokens.js';
import { compileWarnings } from './compile.js';
import { specContext } from './spec-context.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are read as JSON here, by paths the test names
type AnySpec = any;

const COUNTRIES: ComparisonRow[] = [
  { country: 'Burkina Faso', value: 54 },
  { country: 'Mali', value: 36 },
  { country: 'Niger', value: 7 },
];
describe('countryComparisonSpec', () => {
  const build = (rows: ComparisonRow[], extra = {}) =>
    countryComparisonSpec(rows, { ...specContext(), groupTitle: 'Event type', ...extra }) as AnySpec;

  it('draws one horizontal bar per country in the order given, with value labels', () => {
    const spec = build(COUNTRIES);
    expect(spec.data.values).to.equal(COUNTRIES);
    const [bars, labels] = spec.layer;
    expect(bars.encoding.y.sort).to.deep.equal(['Burkina Faso', 'Mali', 'Niger']);
    expect(bars.encoding.x.field).to.equal('value');
    expect(labels.mark.type).to.equal('text');
    expect(spec.height).to.equal(3 * 26);
    expect(spec.autosize.type).to.equal('fit-x');
  });

  it('paints the highlighted country, matched case-insensitively, in the accent colour', () => {
    const range = build(COUNTRIES, { highlight: 'mali' }).layer[0].encoding.color.scale.range;
    expect(range).to.deep.equal([LIGHT_TOKENS.palette[0], LIGHT_TOKENS.accent, LIGHT_TOKENS.palette[0]]);
  });

  it('stacks groups and drops the value labels', () => {
    const rows = [
      { country: 'Mali', group: 'Battles', value: 3 },
      { country: 'Mali', group: 'Other', value: 1 },
    ];
    const spec = build(rows);
    expect(spec.layer).to.have.length(1);
    expect(spec.layer[0].encoding.x.stack).to.equal('zero');
    expect(spec.layer[0].encoding.color.scale.range[1]).to.equal(LIGHT_TOKENS.other);
  });

  it('compiles without Vega-Lite warnings', () => {
    expect(compileWarnings(build(COUNTRIES))).to.deep.equal([]);
    expect(compileWarnings(build(COUNTRIES, { height: 200 }))).to.deep.equal([]);
  });
});
