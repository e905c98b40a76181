import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ARMY_ALIASES, largeAcledLoader } from '../support/acled-generator.ts';
import { NIGERIA } from '../support/datasets.ts';
import { CLAIMS_WITH_GAPS, EXPECT_EMPTY } from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';
import { sharedStates } from '../support/shared-states.ts';

/** What `<attack-timeline>` shows while loading, with nothing to draw, on errors, and with a lot of data. */
const meta = {
  title: 'Attack timeline/States',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shared = sharedStates('attack-timeline');

export const Loading: Story = shared.Loading;

export const Empty: Story = {
  args: { src: NIGERIA, from: '2024-01', to: '2024-12', heading: 'Empty: the file covers 2017–2019, the filter asks for 2024' },
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
  parameters: { expect: { rows: 3, skipped: '2 rows skipped: 1 value not a number, 1 date missing' } },
};

export const LargeDataset: Story = {
  loaders: [() => largeAcledLoader()],
  render: (args, { loaded }) => renderChart('attack-timeline', args, { data: loaded.events }),
  args: {
    'group-by': 'actor',
    top: 6,
    aliases: ARMY_ALIASES,
    heading: '100,000 generated events in ACLED’s columns, by month and actor',
    note: 'Synthetic data, generated in the browser from a fixed seed.',
  },
  parameters: { expect: { groups: 7 } },
};
