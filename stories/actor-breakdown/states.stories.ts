import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ARMY_ALIASES, largeAcledLoader } from '../support/acled-generator.ts';
import { MISSING, NIGERIA } from '../support/datasets.ts';
import {
  CLAIMS_WITH_GAPS, EXPECT_EMPTY, EXPECT_LOADING, EXPECT_MISSING_FILE, EXPECT_UNUSABLE_COLUMNS, MISSING_FILE_CONSOLE_ERRORS,
  UNUSABLE_ROWS, neverSettles,
} from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** What `<actor-breakdown>` shows while loading, with nothing to draw, on errors, and with a lot of data. */
const meta = {
  title: 'Actor breakdown/States',
  component: 'actor-breakdown',
  render: (args) => renderChart('actor-breakdown', args),
  argTypes: chartArgTypes('actor-breakdown'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  render: (args) => renderChart('actor-breakdown', args, { data: neverSettles() }),
  args: { heading: 'Loading: .data is a Promise that never settles' },
  parameters: { expect: EXPECT_LOADING },
};

export const Empty: Story = {
  args: { src: NIGERIA, actors: 'Ansaroul Islam', heading: 'Empty: actors="Ansaroul Islam", who is not in the Nigeria file' },
  parameters: { expect: EXPECT_EMPTY },
};

export const ErrorMissingFile: Story = {
  args: { src: MISSING, heading: 'Error: src points to a file that does not exist' },
  parameters: { expect: EXPECT_MISSING_FILE, expectedConsoleErrors: MISSING_FILE_CONSOLE_ERRORS },
};

export const ErrorUnusableColumns: Story = {
  args: { data: UNUSABLE_ROWS, heading: 'Error: no column the chart can read' },
  parameters: { expect: EXPECT_UNUSABLE_COLUMNS },
};

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
