import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CEP_CLAIMS, CEP_CREDIT, CLAIMS_ARGS } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** `<country-comparison>` in French, in the dark theme, and in narrow and wide containers. */
const meta = {
  title: 'Country comparison/Locale, theme and size',
  component: 'country-comparison',
  render: (args) => renderChart('country-comparison', args),
  argTypes: chartArgTypes('country-comparison'),
  args: {
    src: CEP_CLAIMS,
    ...CLAIMS_ARGS,
    from: '2025-07',
    to: '2025-07',
    highlight: 'Burkina Faso',
    heading: 'JNIM claimed 54 attacks in Burkina Faso in July 2025',
    source: CEP_CREDIT,
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The page's `lang="fr"` (from the toolbar) sets numbers and labels; the texts are the author's. */
export const French: Story = {
  globals: { locale: 'fr' },
  args: {
    heading: 'Le JNIM a revendiqué 54 attaques au Burkina Faso en juillet 2025',
    'measure-label': 'Attaques revendiquées (communiqués du JNIM)',
    source: 'Source : Counter Extremism Project, « Sahel Monitoring July 2025 »',
  },
};

export const Dark: Story = { globals: { theme: 'dark' } };

export const Narrow320: Story = {
  render: (args) => renderChart('country-comparison', args, { width: '320px' }),
};

export const Wide: Story = {
  render: (args) => renderChart('country-comparison', args, { width: '1200px' }),
};
