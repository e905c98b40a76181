import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  CEP_CLAIMS,
  CEP_CREDIT,
  CLAIMS_2025,
  CLAIMS_ARGS,
  CLAIMS_JULY_2025,
  UCDP_SAMPLE_CREDIT,
  WEST_AFRICA,
  WEST_AFRICA_EVENTS,
  csvRows,
  tableOf,
} from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** The five ways to give `<actor-breakdown>` its data, and the pre-aggregated case. */
const meta = {
  title: 'Actor breakdown/Data intake',
  component: 'actor-breakdown',
  render: (args) => renderChart('actor-breakdown', args),
  argTypes: chartArgTypes('actor-breakdown'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const SrcCsv: Story = {
  args: { src: WEST_AFRICA, top: 6, heading: 'src: a UCDP GED CSV file', source: UCDP_SAMPLE_CREDIT },
  parameters: { expect: { rows: 7 } },
};

export const DataAttribute: Story = {
  args: {
    data: JSON.stringify(WEST_AFRICA_EVENTS),
    'actor-field': 'side_a, side_b',
    top: 6,
    heading: 'data: JSON rows written in the attribute',
    source: UCDP_SAMPLE_CREDIT,
  },
  parameters: { expect: { rows: 7 } },
};

export const DataProperty: Story = {
  loaders: [async () => ({ rows: await csvRows(WEST_AFRICA) })],
  render: (args, { loaded }) => renderChart('actor-breakdown', args, { data: loaded.rows }),
  args: { top: 6, heading: '.data: rows set by a script (here, the CSV parsed by the page)', source: UCDP_SAMPLE_CREDIT },
  parameters: { expect: { rows: 7 } },
};

export const InlineTable: Story = {
  render: (args) => renderChart('actor-breakdown', args, { inner: tableOf(CLAIMS_JULY_2025) }),
  args: { ...CLAIMS_ARGS, 'group-by': 'country', heading: 'An inline <table>: what a CMS editor pastes', source: CEP_CREDIT },
  parameters: { expect: { rows: 4 } },
};

export const InlineJson: Story = {
  render: (args) =>
    renderChart('actor-breakdown', args, { inner: `<script type="application/json">${JSON.stringify(CLAIMS_2025)}</script>` }),
  args: { ...CLAIMS_ARGS, 'group-by': 'country', heading: 'An inline <script type="application/json">', source: CEP_CREDIT },
  parameters: { expect: { rows: 4 } },
};

export const PreAggregatedValueField: Story = {
  args: {
    src: CEP_CLAIMS,
    ...CLAIMS_ARGS,
    'group-by': 'country',
    heading: 'value-field: claimed attacks summed, May and July 2025',
    source: CEP_CREDIT,
  },
  parameters: { expect: { rows: 4 } },
};
