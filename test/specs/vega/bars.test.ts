import { expect } from '@open-wc/testing';
import { actorBreakdownVegaSpec } from '../../../src/specs/actor-breakdown-spec.js';
import { countryComparisonVegaSpec } from '../../../src/specs/country-comparison-spec.js';
import { LIGHT_TOKENS } from '../../../src/themes/tokens.js';
import { specContext } from '../spec-context.js';
import { itDrawsTheSamePicture } from './same-picture.js';
import { seededPairs } from './seeded-cases.js';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- specs are read as JSON here, by paths the test names
type AnySpec = any;

describe('horizontalBarsSpec', () => {
  it('orders the bands as the rows give the categories, and colours the highlight through the scale', () => {
    const spec = countryComparisonVegaSpec(
      [
        { country: 'Burkina Faso', value: 54 },
        { country: 'Mali', value: 36 },
        { country: 'Other', value: 3 },
      ],
      { ...specContext(), groupTitle: 'Event type', highlight: 'mali' },
    ) as AnySpec;
    // Values the rows decide are signals, so that a filter change can swap them into the view drawn.
    const valueOf = (ref: { signal: string }) => spec.signals.find((signal: AnySpec) => signal.name === ref.signal).value;
    expect(valueOf(spec.scales.find((scale: AnySpec) => scale.name === 'y').domain)).to.deep.equal([
      'Burkina Faso',
      'Mali',
      'Other',
    ]);
    expect(valueOf(spec.scales.find((scale: AnySpec) => scale.name === 'color').range)).to.deep.equal([
      LIGHT_TOKENS.palette[0],
      LIGHT_TOKENS.accent,
      LIGHT_TOKENS.other,
    ]);
    expect(JSON.stringify(spec.marks)).not.to.include('Burkina');
    expect(spec.marks.map((mark: AnySpec) => mark.type)).to.deep.equal(['rect', 'text']);
  });

  it('stacks groups in legend order with a legend, and writes no values at the bars’ ends', () => {
    const spec = actorBreakdownVegaSpec(
      [
        { actor: 'JNIM', group: 'Mali', value: 6, share: 0.6 },
        { actor: 'JNIM', group: 'Niger', value: 4, share: 0.4 },
      ],
      { ...specContext(), groupTitle: 'Country' },
    ) as AnySpec;
    expect(spec.marks.map((mark: AnySpec) => mark.type)).to.deep.equal(['rect']);
    expect(spec.legends[0].title).to.equal('Country');
    const stack = spec.data.find((set: AnySpec) => set.name === 'stacked').transform.at(-1);
    expect(stack).to.include({ type: 'stack', field: 'share', offset: 'zero' });
    expect(stack.groupby).to.deep.equal(['actor']);
  });
});

describe('the bar charts’ Vega specs draw what their Vega-Lite specs compile to (seeded cases)', () => {
  itDrawsTheSamePicture(seededPairs(200).filter((pair) => !pair.name.includes('timeline')));
});
