import type { Meta, StoryObj } from '@storybook/web-components-vite';
import {
  CEP_CLAIMS,
  CEP_CREDIT,
  CLAIMS_2025,
  CLAIMS_ARGS,
  NIGERIA_COUNTS,
  UCDP_CREDIT,
  UCDP_SAMPLE_CREDIT,
  WEST_AFRICA,
  WEST_AFRICA_EVENTS,
  csvRows,
  tableOf,
} from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/** The five ways to give `<attack-timeline>` its data, and the pre-aggregated case. */
const meta = {
  title: 'Attack timeline/Data intake',
  component: 'attack-timeline',
  render: (args) => renderChart('attack-timeline', args),
  argTypes: chartArgTypes('attack-timeline'),
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const SrcCsv: Story = {
  args: { src: WEST_AFRICA, interval: 'year', heading: 'src: a UCDP GED CSV file', source: UCDP_SAMPLE_CREDIT },
  parameters: { expect: { rows: 6 } },
};

export const DataAttribute: Story = {
  args: {
    data: JSON.stringify(WEST_AFRICA_EVENTS),
    'actor-field': 'side_a, side_b',
    interval: 'year',
    'group-by': 'event-type',
    heading: 'data: JSON rows written in the attribute',
    source: UCDP_SAMPLE_CREDIT,
  },
  parameters: { expect: { rows: 18 } },
};

export const DataProperty: Story = {
  loaders: [async () => ({ rows: await csvRows(WEST_AFRICA) })],
  render: (args, { loaded }) => renderChart('attack-timeline', args, { data: loaded.rows }),
  args: {
    interval: 'year',
    heading: '.data: rows set by a script (here, the CSV parsed by the page)',
    source: UCDP_SAMPLE_CREDIT,
  },
  parameters: { expect: { rows: 6 } },
};

export const InlineTable: Story = {
  render: (args) => renderChart('attack-timeline', args, { inner: tableOf(CLAIMS_2025) }),
  args: { ...CLAIMS_ARGS, 'group-by': 'country', heading: 'An inline <table>: what a CMS editor pastes', source: CEP_CREDIT },
  parameters: { expect: { rows: 12 } },
};

export const InlineJson: Story = {
  render: (args) =>
    renderChart('attack-timeline', args, { inner: `<script type="application/json">${JSON.stringify(CLAIMS_2025)}</script>` }),
  args: { ...CLAIMS_ARGS, heading: 'An inline <script type="application/json">', source: CEP_CREDIT },
  parameters: { expect: { rows: 3 } },
};

export const PreAggregatedValueField: Story = {
  args: {
    src: CEP_CLAIMS,
    ...CLAIMS_ARGS,
    'group-by': 'country',
    heading: 'value-field: counts to sum, one row per month and country',
    description: 'Attacks JNIM claimed in its own statements. Claims are propaganda, not verified events.',
    source: CEP_CREDIT,
  },
  parameters: { expect: { rows: 12 } },
};

/**
 * What a data desk publishes instead of raw rows: counts by month, country and actor pair from
 * `conflict-charts aggregate` (or `conflict-charts sql` run in DuckDB, PostgreSQL or ClickHouse), drawn with
 * `value-field`. The chart equals the one drawn from the 1,531 raw events.
 */
export const FromAWarehouse: Story = {
  args: {
    src: NIGERIA_COUNTS,
    'date-field': 'month',
    'value-field': 'events',
    'actor-field': 'actor1,actor2',
    interval: 'year',
    'group-by': 'actor',
    heading: 'From a warehouse: counts by month and actor, not raw rows',
    source: UCDP_CREDIT,
  },
  parameters: { expect: { rows: 27 } },
};
