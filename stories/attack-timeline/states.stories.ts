import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ARMY_ALIASES, largeAcledLoader } from '../support/acled-generator.ts';
import { MISSING, NIGERIA } from '../support/datasets.ts';
import {
  CLAIMS_WITH_GAPS, EXPECT_EMPTY, EXPECT_LOADING, EXPECT_MISSING_FILE, EXPECT_UNUSABLE_COLUMNS, MISSING_FILE_CONSOLE_ERRORS, UNUSABLE_ROWS, neverSettles,
} from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** What `<attack-timeline>` shows while loading, with nothing to draw, on errors, and with a lot of data. */
const meta = {
  title: 'Attack timeline/States',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Loading: Story = {
  render: (args) => renderChart('attack-timeline', args, { data: neverSettles() }),
  args: { heading: 'Loading: .data is a Promise that never settles' },
  parameters: { expect: EXPECT_LOADING },
};

export const Empty: Story = {
  args: { src: NIGERIA, from: '2024-01', to: '2024-12', heading: 'Empty: the file covers 2017–2019, the filter asks for 2024' },
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
  args: { data: CLAIMS_WITH_GAPS, 'date-field': 'month', 'value-field': 'claimed_attacks', heading: 'Rows skipped, and the note saying why' },
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
