import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ARMY_ALIASES, largeAcledLoader } from '../support/acled-generator.ts';
import { NIGERIA } from '../support/datasets.ts';
import { CLAIMS_WITH_GAPS, EXPECT_EMPTY } from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';
import { sharedStates } from '../support/shared-states.ts';

/** What `<actor-breakdown>` shows while loading, with nothing to draw, on errors, and with a lot of data. */
const meta = {
  title: 'Actor breakdown/States',
  component: 'actor-breakdown',
  render: (args) => renderChart('actor-breakdown', args),
  argTypes: chartArgTypes('actor-breakdown'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shared = sharedStates('actor-breakdown');

export const Loading: Story = shared.Loading;

export const Empty: Story = {
  args: { src: NIGERIA, actors: 'Ansaroul Islam', heading: 'Empty: actors="Ansaroul Islam", who is not in the Nigeria file' },
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
    'group-by': 'country',
    heading: 'Rows skipped, and the note saying why',
  },
  parameters: { expect: { rows: 3, skipped: '3 rows skipped: 1 value not a number, 1 date missing, 1 country missing' } },
};

export const LargeDataset: Story = {
  loaders: [() => largeAcledLoader()],
  render: (args, { loaded }) => renderChart('actor-breakdown', args, { data: loaded.events }),
  args: {
    'group-by': 'event-type',
    top: 8,
    aliases: ARMY_ALIASES,
    heading: '100,000 generated events in ACLED’s columns: who took part',
    note: 'Synthetic data, generated in the browser from a fixed seed.',
  },
};
