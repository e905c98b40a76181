import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `<actor-breakdown>` in French, in the dark theme, and in narrow and wide containers. */
const meta = {
  title: 'Actor breakdown/Locale, theme and size',
  component: 'actor-breakdown',
  render: (args) => renderChart('actor-breakdown', args),
  argTypes: chartArgTypes('actor-breakdown'),
  args: { src: NIGERIA, 'group-by': 'event-type', top: 6, heading: 'Who takes part in Nigeria’s lethal violence' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The page's `lang="fr"` (from the toolbar) sets numbers, percentages and labels. */
export const French: Story = {
  globals: { locale: 'fr' },
  args: { heading: 'Qui prend part aux violences meurtrières au Nigeria', 'include-civilians': true },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow320: Story = {
  render: (args) => renderChart('actor-breakdown', args, { width: '320px' }),
};

export const Wide: Story = {
  render: (args) => renderChart('actor-breakdown', args, { width: '1200px' }),
};
