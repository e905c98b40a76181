import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CEP_CLAIMS, NIGERIA } from '../support/datasets.ts';
import { EXPECT_EMPTY } from '../support/expectations.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';
import { sharedStates } from '../support/shared-states.ts';

/** What `<conflict-map>` shows while loading, with nothing to draw, and on errors. */
const meta = {
  title: 'Conflict map/States',
  component: 'conflict-map',
  render: (args) => renderChart('conflict-map', args),
  argTypes: chartArgTypes('conflict-map'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

const shared = sharedStates('conflict-map');

export const Loading: Story = shared.Loading;

export const Empty: Story = {
  args: { src: NIGERIA, actors: 'Ansaroul Islam', heading: 'Empty: actors="Ansaroul Islam", who is not in the Nigeria file' },
  parameters: { expect: EXPECT_EMPTY },
};

export const ErrorMissingFile: Story = shared.ErrorMissingFile;

export const ErrorUnusableColumns: Story = shared.ErrorUnusableColumns;

export const ErrorInFrench: Story = shared.ErrorInFrench;

export const ErrorNoCoordinates: Story = {
  args: {
    src: CEP_CLAIMS,
    'date-field': 'month',
    'value-field': 'claimed_attacks',
    heading: 'Error: a map of points of a table without coordinates',
  },
  parameters: {
    expect: {
      status: 'error',
      text: 'This chart could not be drawn A map of points needs latitude and longitude columns (latitude, longitude, lat or lon), and the data has none. Use mark="countries" to shade countries by their count instead.',
    },
  },
};

export const SkippedRows: Story = {
  args: {
    src: NIGERIA,
    from: '2019',
    to: '2019',
    heading: 'Events located only to their country: left out, and the note says so',
  },
  parameters: { expect: { rows: 266, skipped: '2 rows skipped: location known only to the country' } },
};
