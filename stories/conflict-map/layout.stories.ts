import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `<conflict-map>` in French, in the dark theme, on a 360-px phone and wide. */
const meta = {
  title: 'Conflict map/Locale, theme and size',
  component: 'conflict-map',
  render: (args) => renderChart('conflict-map', args),
  argTypes: chartArgTypes('conflict-map'),
  args: { src: NIGERIA, 'group-by': 'event-type', heading: 'Where lethal violence struck in Nigeria, 2017–2019' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The page's `lang="fr"` (from the toolbar) sets the legend, the caption, the table and the summary. */
export const French: Story = {
  globals: { locale: 'fr' },
  args: { heading: 'Où frappent les violences meurtrières au Nigeria, 2017–2019' },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const DarkCountries: Story = { globals: { theme: 'dark' }, args: { mark: 'countries', 'group-by': 'none' } };

export const Narrow360: Story = {
  render: (args) => renderChart('conflict-map', args, { width: '360px' }),
};

export const Wide: Story = {
  render: (args) => renderChart('conflict-map', args, { width: '1200px' }),
};
