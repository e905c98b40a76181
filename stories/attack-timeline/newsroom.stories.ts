import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { NIGERIA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** What a newsroom adds: annotations typed as children, the data table and the export menu. */
const meta = {
  title: 'Attack timeline/Newsroom',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
  args: { src: NIGERIA, 'group-by': 'actor', top: '4', heading: 'Lethal events in Nigeria by actor' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

type Chart = HTMLElement & { settled: Promise<string>; updateComplete: Promise<boolean> };

/** Opens a part of the chart once it is drawn, as a reader would by clicking. */
async function click(canvas: HTMLElement, part: string): Promise<void> {
  const chart = canvas.querySelector('attack-timeline') as Chart;
  await chart.settled;
  chart.shadowRoot!.querySelector<HTMLButtonElement>(`[part="${part}"]`)!.click();
  await chart.updateComplete;
}

export const AnnotationChildren: Story = {
  render: (args) =>
    renderChart('attack-timeline', args, {
      inner:
        '<cc-annotation date="2018-02-19">Dapchi abduction</cc-annotation>' +
        '<cc-annotation from="2019-01" to="2019-02">Election campaign</cc-annotation>',
    }),
  args: { heading: '<cc-annotation> children: a rule and a shaded span' },
};

export const DataTableShown: Story = {
  args: { interval: 'year', heading: '"Show data": a row per year, a column per actor' },
  play: ({ canvasElement }) => click(canvasElement, 'data-toggle'),
};

export const ExportMenuOpen: Story = {
  args: { interval: 'quarter', heading: 'The export menu: PNG, SVG, CSV, embed code' },
  play: ({ canvasElement }) => click(canvasElement, 'menu-button'),
};

export const PartialLastPeriod: Story = {
  args: { src: undefined, 'group-by': 'none', heading: 'Data ending mid-July: the last month is drawn lighter, "to date"' },
  render: (args) =>
    renderChart('attack-timeline', args, {
      data: [
        { date: '2025-05-03', country: 'Mali' },
        { date: '2025-06-10', country: 'Mali' },
        { date: '2025-06-21', country: 'Niger' },
        { date: '2025-07-15', country: 'Mali' },
      ],
    }),
};

/** A chart several screens down an article: it reads its data, then waits for the reader. */
export const WaitingBelowTheFold: Story = {
  args: { interval: 'year', heading: 'loading="lazy" (the default): drawn only as the reader scrolls near' },
  render: (args) => {
    const article = document.createElement('div');
    const filler = document.createElement('p');
    filler.textContent = 'An article three screens long: scroll down to the chart.';
    filler.style.height = '300vh';
    article.append(filler, renderChart('attack-timeline', args));
    return article;
  },
  parameters: { expect: { status: 'waiting', text: 'Loading data…' } },
};

/**
 * What a printed page gets from a dark chart: on `beforeprint` (sent here by the story, as the
 * browser does when printing) it is redrawn in the light colours. test/stories/stories.test.mjs
 * also takes this story's screenshot under print media, where the buttons are hidden.
 */
export const Printed: Story = {
  args: { theme: 'dark', interval: 'quarter', heading: 'Printed: a dark chart redrawn black on white' },
  play: async ({ canvasElement }) => {
    const chart = canvasElement.querySelector('attack-timeline') as Chart;
    await chart.settled;
    window.dispatchEvent(new Event('beforeprint'));
    await chart.settled;
  },
};
