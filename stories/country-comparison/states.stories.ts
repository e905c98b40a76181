import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { largeAcledLoader } from '../support/acled-generator.ts';
import { WEST_AFRICA } from '../support/datasets.ts';
import { CLAIMS_WITH_GAPS, EXPECT_EMPTY } from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';
import { sharedStates } from '../support/shared-states.ts';

/** What `<country-comparison>` shows while loading, with nothing to draw, on errors, and with a lot of data. */
const meta = {
  title: 'Country comparison/States',
  component: 'country-comparison',
  render: (args) => renderChart('country-comparison', args),
  argTypes: chartArgTypes('country-comparison'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shared = sharedStates('country-comparison');

export const Loading: Story = shared.Loading;

export const Empty: Story = {
  args: { src: WEST_AFRICA, countries: 'Chad', heading: 'Empty: countries="Chad", and the sample has no event there' },
  parameters: { expect: EXPECT_EMPTY },
};

export const ErrorMissingFile: Story = shared.ErrorMissingFile;

export const ErrorUnusableColumns: Story = shared.ErrorUnusableColumns;

export const ErrorInFrench: Story = shared.ErrorInFrench;

export const SkippedRows: Story = {
  args: {
    data: CLAIMS_WITH_GAPS,
    'date-field': 'month',
    'value-field': 'claimed_attacks',
    heading: 'Rows skipped, and the note saying why',
  },
  parameters: { expect: { rows: 3, skipped: '3 rows skipped: 1 value not a number, 1 date missing, 1 country missing' } },
};

export const LargeDataset: Story = {
  loaders: [() => largeAcledLoader()],
  render: (args, { loaded }) => renderChart('country-comparison', args, { data: loaded.events }),
  args: {
    'group-by': 'event-type',
    heading: '100,000 generated events in ACLED’s columns, by country and event type',
    note: 'Synthetic data, generated in the browser from a fixed seed.',
  },
  parameters: { expect: { rows: 36 } },
};
