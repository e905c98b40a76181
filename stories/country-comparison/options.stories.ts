import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CEP_CLAIMS, CEP_CREDIT, CLAIMS_ARGS, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/**
 * Every option of `<country-comparison>` that changes the drawing: on JNIM's claimed attacks
 * (CEP, 2025) and on the UCDP GED 23.1 sample for Mali, Burkina Faso, Niger and Nigeria.
 */
const meta = {
  title: 'Country comparison/Options',
  component: 'country-comparison',
  render: (args) => renderChart('country-comparison', args),
  argTypes: chartArgTypes('country-comparison'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const SAMPLE = { src: WEST_AFRICA, source: UCDP_SAMPLE_CREDIT };

export const Default: Story = {
  args: {
    src: CEP_CLAIMS,
    ...CLAIMS_ARGS,
    from: '2025-07',
    to: '2025-07',
    highlight: 'Burkina Faso',
    heading: 'JNIM claimed 54 attacks in Burkina Faso in July 2025',
    description: 'Attacks JNIM claimed in its own statements, July 2025. Claims are propaganda, not verified events.',
    source: CEP_CREDIT,
  },
  parameters: { expect: { rows: 4 } },
};

export const GroupByEventType: Story = {
  args: { ...SAMPLE, 'group-by': 'event-type', heading: 'group-by="event-type": UCDP type of violence' },
  parameters: { expect: { groups: 3 } },
};

export const GroupByActor: Story = {
  args: { ...SAMPLE, 'group-by': 'actor', top: 4, heading: 'group-by="actor": the four most active actors' },
};

export const MeasureFatalities: Story = {
  args: { ...SAMPLE, measure: 'fatalities', heading: 'measure="fatalities": deaths, UCDP best estimate' },
  parameters: { expect: { rows: 4 } },
};

export const FromTo: Story = {
  args: {
    src: CEP_CLAIMS,
    ...CLAIMS_ARGS,
    from: '2025-05',
    to: '2025-05',
    heading: 'from="2025-05" to="2025-05": the May claims',
    source: CEP_CREDIT,
  },
  parameters: { expect: { rows: 4 } },
};

export const Countries: Story = {
  args: { ...SAMPLE, countries: 'Mali, Burkina Faso, Niger', heading: 'countries="Mali, Burkina Faso, Niger"' },
  parameters: { expect: { rows: 3 } },
};

export const Actors: Story = {
  args: { ...SAMPLE, actors: 'JNIM', heading: 'actors="JNIM": events JNIM took part in' },
  parameters: { expect: { rows: 2 } },
};

export const Top: Story = {
  args: { ...SAMPLE, top: 2, heading: 'top="2": two countries, the rest as Other' },
  parameters: { expect: { rows: 3 } },
};

export const Highlight: Story = {
  args: { ...SAMPLE, highlight: 'Mali', heading: 'highlight="Mali": one country in the accent colour' },
};

export const Aliases: Story = {
  args: {
    ...SAMPLE,
    'group-by': 'actor',
    top: 4,
    aliases: '{"IS": "Islamic State", "Government of Nigeria": "Nigerian government"}',
    heading: 'aliases: "IS" shown as Islamic State, the government renamed',
  },
};
