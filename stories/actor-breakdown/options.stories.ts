import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** Every option of `<actor-breakdown>` that changes the drawing, on the Nigeria UCDP file unless said otherwise. */
const meta = {
  title: 'Actor breakdown/Options',
  component: 'actor-breakdown',
  render: (args) => renderChart('actor-breakdown', args),
  argTypes: chartArgTypes('actor-breakdown'),
  args: { src: NIGERIA },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const SAMPLE = { src: WEST_AFRICA, source: UCDP_SAMPLE_CREDIT };

export const Default: Story = {
  args: {
    heading: 'Who takes part in Nigeria’s lethal violence',
    description: 'Share of UCDP lethal events, 2017–2019, involving each actor. An event between two actors counts for both.',
  },
  parameters: { expect: { rows: 9 } },
};

export const GroupByEventType: Story = {
  args: { 'group-by': 'event-type', top: 6, heading: 'group-by="event-type": split by UCDP type of violence' },
  parameters: { expect: { groups: 3 } },
};

export const GroupByCountry: Story = {
  args: { ...SAMPLE, 'group-by': 'country', top: 6, heading: 'group-by="country": West Africa sample' },
  parameters: { expect: { groups: 4 } },
};

export const MeasureFatalities: Story = {
  args: { measure: 'fatalities', heading: 'measure="fatalities": deaths in the events each actor took part in' },
};

export const FromTo: Story = {
  args: { from: '2019', to: '2019', heading: 'from="2019" to="2019"' },
};

export const Countries: Story = {
  args: { ...SAMPLE, countries: 'Mali, Burkina Faso', heading: 'countries="Mali, Burkina Faso"' },
};

export const Actors: Story = {
  args: {
    actors: 'IS, Boko Haram (JAS), Government of Nigeria',
    heading: 'actors="IS, Boko Haram (JAS), Government of Nigeria"',
  },
  parameters: { expect: { rows: 3 } },
};

export const Top: Story = {
  args: { top: 3, heading: 'top="3": three actors, the rest as Other' },
  parameters: { expect: { rows: 4 } },
};

export const Aliases: Story = {
  args: {
    aliases: '{"IS": "ISWAP", "Government of Nigeria": "Nigerian government"}',
    top: 5,
    heading: 'aliases: "IS" shown as ISWAP, the government renamed',
  },
};

export const IncludeCivilians: Story = {
  args: { 'include-civilians': true, top: 5, heading: 'include-civilians: civilians counted as a side' },
};

export const ActorRolePrimary: Story = {
  args: { 'actor-role': 'primary', top: 5, heading: 'actor-role="primary": each event counted for its first side only' },
};
