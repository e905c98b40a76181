import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/**
 * How sure the numbers are: UCDP's low and high fatality estimates around the best one
 * (`uncertainty="band"`), and events whose date is known only to a week, month or year
 * (`date-precision`), on the Nigeria UCDP file.
 */
const meta = {
  title: 'Attack timeline/Uncertainty',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
  args: { src: NIGERIA, measure: 'fatalities', uncertainty: 'band' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const BandOnBars: Story = {
  args: {
    interval: 'quarter',
    heading: 'uncertainty="band": deaths per quarter, with UCDP’s low to high estimate on each bar',
  },
  parameters: { expect: { rows: 12 } },
};

export const BandUnderLine: Story = {
  args: { mark: 'line', heading: 'uncertainty="band" mark="line": the best estimate, shaded from low to high' },
  parameters: { expect: { rows: 36 } },
};

export const BandPerSeries: Story = {
  args: {
    mark: 'line',
    interval: 'quarter',
    'group-by': 'event-type',
    heading: 'A band per series: lines grouped by UCDP type of violence',
  },
};

export const BandFrench: Story = {
  args: { interval: 'year', locale: 'fr', heading: 'Morts par an, entre l’estimation basse et l’estimation haute' },
  parameters: { expect: { rows: 3 } },
};

export const DatePrecisionExact: Story = {
  args: {
    uncertainty: 'none',
    measure: 'events',
    'date-precision': 'exact',
    heading: 'date-precision="exact": events dated only to a week, month or year left out, as skipped rows',
  },
  parameters: { expect: { rows: 36, skipped: '254 rows skipped: date only approximate' } },
};
