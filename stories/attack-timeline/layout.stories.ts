import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `<attack-timeline>` in French, in the dark theme, and in narrow and wide containers. */
const meta = {
  title: 'Attack timeline/Locale, theme and size',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
  args: { src: NIGERIA, 'group-by': 'actor', top: 4, interval: 'quarter' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The page's `lang="fr"` (from the toolbar) sets month names, numbers and labels. */
export const French: Story = {
  globals: { locale: 'fr' },
  args: { heading: 'Événements meurtriers au Nigeria par acteur, 2017–2019', measure: 'fatalities' },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
  args: { heading: 'Dark theme' },
};

export const Narrow320: Story = {
  render: (args) => renderChart('attack-timeline', args, { width: '320px' }),
  args: { heading: 'In a 320 px column' },
};

export const Wide: Story = {
  render: (args) => renderChart('attack-timeline', args, { width: '1200px' }),
  args: { heading: 'In a 1,200 px container', interval: 'month' },
};
