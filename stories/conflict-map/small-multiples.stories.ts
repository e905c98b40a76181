import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `small-multiples`: one small map per period, on one scale and one extent, so a reader sees the spread. */
const meta = {
  title: 'Conflict map/Small multiples',
  component: 'conflict-map',
  render: (args) => renderChart('conflict-map', args),
  argTypes: chartArgTypes('conflict-map'),
  args: { src: NIGERIA, 'small-multiples': 'year' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const ByYear: Story = {
  args: { heading: 'small-multiples="year": where lethal violence struck in Nigeria, year by year' },
};

export const CountriesByYear: Story = {
  args: {
    src: WEST_AFRICA,
    source: UCDP_SAMPLE_CREDIT,
    mark: 'countries',
    from: '2018',
    to: '2021',
    heading: 'mark="countries": lethal events per country and year, 2018–2021',
  },
};

export const MonthsCapped: Story = {
  args: {
    src: WEST_AFRICA,
    source: UCDP_SAMPLE_CREDIT,
    'small-multiples': 'month',
    heading: 'By month: the last 12 months of the range, and how many there are',
  },
};

export const FrenchDark: Story = {
  args: { locale: 'fr', theme: 'dark', 'small-multiples': 'quarter', from: '2019', to: '2019', heading: 'Par trimestre, 2019' },
};

export const Narrow360: Story = {
  args: { heading: 'On a 360 px phone: one column' },
  render: (args) => renderChart('conflict-map', args, { width: '360px' }),
};
