import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `compare="previous"`: each country beside its count in the period of the same length before the range. */
const meta = {
  title: 'Country comparison/Compare with the period before',
  component: 'country-comparison',
  render: (args) => renderChart('country-comparison', args),
  argTypes: chartArgTypes('country-comparison'),
  args: { src: WEST_AFRICA, source: UCDP_SAMPLE_CREDIT, compare: 'previous' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const YearBeforeYear: Story = {
  args: { from: '2019', to: '2019', heading: 'compare="previous": 2019 beside 2018, events per country' },
  parameters: { expect: { rows: 3 } },
};

export const QuarterBeforeQuarter: Story = {
  args: {
    src: NIGERIA,
    source: undefined,
    from: '2019-07',
    to: '2019-09',
    measure: 'fatalities',
    heading: 'Q3 2019 beside Q2 2019: deaths in Nigeria',
  },
  parameters: { expect: { rows: 1 } },
};

export const FrenchDarkHighlight: Story = {
  args: { from: '2019', to: '2019', locale: 'fr', theme: 'dark', highlight: 'Mali', heading: '2019 et 2018, Mali mis en avant' },
  parameters: { expect: { rows: 3 } },
};

export const Narrow360: Story = {
  args: { from: '2019', to: '2019', heading: 'On a 360 px phone' },
  render: (args) => renderChart('country-comparison', args, { width: '360px' }),
  parameters: { expect: { rows: 3 } },
};
