import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** Error bars: UCDP's low to high fatality estimate on each country's bar (`uncertainty="band"`). */
const meta = {
  title: 'Country comparison/Uncertainty',
  component: 'country-comparison',
  render: (args) => renderChart('country-comparison', args),
  argTypes: chartArgTypes('country-comparison'),
  args: { src: WEST_AFRICA, source: UCDP_SAMPLE_CREDIT, measure: 'fatalities', uncertainty: 'band' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const ErrorBars: Story = {
  args: { heading: 'uncertainty="band": deaths per country, best estimate with the low to high range' },
  parameters: { expect: { rows: 4 } },
};

export const ErrorBarsDark: Story = {
  args: { theme: 'dark', top: 2, heading: 'Dark, top="2": "Other" has the rest of every estimate' },
  parameters: { expect: { rows: 3 } },
};

export const NoBandForEvents: Story = {
  args: { measure: 'events', heading: 'uncertainty="band" with measure="events": no band, and the summary says why' },
  parameters: { expect: { rows: 4 } },
};
