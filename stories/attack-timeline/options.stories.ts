import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA, WEST_AFRICA, UCDP_SAMPLE_CREDIT } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** Every option of `<attack-timeline>` that changes the drawing, on the Nigeria UCDP file unless said otherwise. */
const meta = {
  title: 'Attack timeline/Options',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
  args: { src: NIGERIA },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  args: {
    heading: 'Lethal events in Nigeria per month, 2017–2019',
    description: 'Every event of organised violence that killed at least one person, as recorded by UCDP.',
  },
  parameters: { expect: { rows: 36 } },
};

export const IntervalDay: Story = {
  args: { interval: 'day', from: '2018-02', to: '2018-02', heading: 'Per day, February 2018' },
  parameters: { expect: { rows: 28 } },
};

export const IntervalWeek: Story = {
  args: { interval: 'week', from: '2018-01', to: '2018-06', heading: 'Per week (from Monday), January–June 2018' },
};

export const IntervalQuarter: Story = {
  args: { interval: 'quarter', heading: 'Per quarter' },
  parameters: { expect: { rows: 12 } },
};

export const IntervalYear: Story = {
  args: { interval: 'year', heading: 'Per year' },
  parameters: { expect: { rows: 3 } },
};

export const GroupByActor: Story = {
  args: { 'group-by': 'actor', interval: 'quarter', top: 5, heading: 'By actor: the five most active, the rest as Other' },
  parameters: { expect: { groups: 6 } },
};

export const GroupByEventType: Story = {
  args: { 'group-by': 'event-type', interval: 'quarter', heading: 'By UCDP type of violence' },
  parameters: { expect: { groups: 3 } },
};

export const GroupByCountry: Story = {
  args: {
    src: WEST_AFRICA,
    'group-by': 'country',
    interval: 'year',
    heading: 'By country: UCDP GED 23.1 sample, West Africa',
    source: UCDP_SAMPLE_CREDIT,
  },
  parameters: { expect: { groups: 4 } },
};

export const MarkLine: Story = {
  args: { mark: 'line', 'group-by': 'actor', top: 3, interval: 'quarter', heading: 'mark="line": one line per actor' },
  parameters: { expect: { groups: 4 } },
};

export const MarkArea: Story = {
  args: { mark: 'area', 'group-by': 'event-type', interval: 'quarter', heading: 'mark="area": stacked by type of violence' },
  parameters: { expect: { groups: 3 } },
};

export const MeasureFatalities: Story = {
  args: { measure: 'fatalities', interval: 'quarter', heading: 'measure="fatalities": deaths, UCDP best estimate' },
};

export const FromTo: Story = {
  args: { from: '2019-01', to: '2019-12', heading: 'from="2019-01" to="2019-12"' },
  parameters: { expect: { rows: 12 } },
};

export const Countries: Story = {
  args: {
    src: WEST_AFRICA,
    countries: 'Mali, Burkina Faso',
    'group-by': 'country',
    interval: 'year',
    heading: 'countries="Mali, Burkina Faso"',
    source: UCDP_SAMPLE_CREDIT,
  },
  parameters: { expect: { groups: 2 } },
};

export const Actors: Story = {
  args: { actors: 'IS, Boko Haram (JAS)', 'group-by': 'actor', interval: 'quarter', heading: 'actors="IS, Boko Haram (JAS)"' },
  parameters: { expect: { groups: 2 } },
};

export const EventTypes: Story = {
  args: { 'event-types': 'One-sided violence', interval: 'quarter', heading: 'event-types="One-sided violence"' },
};

export const Top: Story = {
  args: { top: 2, 'group-by': 'actor', interval: 'quarter', heading: 'top="2": two actors, the rest as Other' },
  parameters: { expect: { groups: 3 } },
};

export const Aliases: Story = {
  args: {
    aliases: '{"IS": "ISWAP", "Government of Nigeria": "Nigerian government"}',
    'group-by': 'actor',
    top: 3,
    interval: 'quarter',
    heading: 'aliases: "IS" shown as ISWAP, the government renamed',
  },
  parameters: { expect: { groups: 4 } },
};

export const Annotations: Story = {
  args: {
    annotations:
      '[{"date": "2018-02-19", "label": "Dapchi abduction"}, {"date": "2019-12-24", "label": "Christmas Eve attacks"}]',
    interval: 'month',
    heading: 'annotations: dated events drawn as labelled rules',
  },
};

export const NoteAndSource: Story = {
  args: {
    interval: 'year',
    heading: 'Heading, description, note and source',
    description: 'The standfirst under the heading.',
    note: 'An event between two actors counts once here.',
    source: 'Data: UCDP GED 20.1 via the Humanitarian Data Exchange (CC BY 4.0)',
    height: 200,
  },
};
