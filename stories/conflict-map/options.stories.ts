import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { CEP_CLAIMS, CEP_CREDIT, NIGERIA, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/**
 * Every option of `<conflict-map>` that changes the drawing. Row counts are distinct places in
 * the files (latitude, longitude and whether UCDP's `where_prec` says approximate), counted
 * apart from the library.
 */
const meta = {
  title: 'Conflict map/Options',
  component: 'conflict-map',
  render: (args) => renderChart('conflict-map', args),
  argTypes: chartArgTypes('conflict-map'),
  args: { src: NIGERIA },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const Default: Story = {
  args: {
    heading: 'Where lethal violence struck in Nigeria, 2017–2019',
    description: 'One dot per place in UCDP GED, its area the number of events there. Hollow dots: approximate locations.',
  },
  parameters: { expect: { rows: 637, skipped: '2 rows skipped: location known only to the country' } },
};

export const GroupByEventType: Story = {
  args: { 'group-by': 'event-type', heading: 'group-by="event-type": dots coloured by UCDP type of violence' },
  parameters: { expect: { rows: 716, groups: 3 } },
};

export const MeasureFatalities: Story = {
  args: {
    measure: 'fatalities',
    heading: 'measure="fatalities": the area is the deaths (UCDP best estimate); places without any have no dot',
  },
  parameters: { expect: { rows: 596 } },
};

export const FromTo: Story = {
  args: { from: '2019', to: '2019', heading: 'from="2019" to="2019"' },
  parameters: { expect: { rows: 266, skipped: '2 rows skipped: location known only to the country' } },
};

export const MarkCountries: Story = {
  args: {
    src: WEST_AFRICA,
    source: UCDP_SAMPLE_CREDIT,
    mark: 'countries',
    heading: 'mark="countries": each country shaded by its count (West Africa sample)',
  },
  parameters: { expect: { rows: 4 } },
};

export const CountriesWithoutCoordinates: Story = {
  args: {
    src: CEP_CLAIMS,
    source: CEP_CREDIT,
    mark: 'countries',
    'date-field': 'month',
    'value-field': 'claimed_attacks',
    'measure-label': 'Claimed attacks',
    heading: 'JNIM’s claimed attacks, May and July 2025: a table of counts per country, without coordinates',
  },
};

export const PointsWestAfrica: Story = {
  args: {
    src: WEST_AFRICA,
    source: UCDP_SAMPLE_CREDIT,
    'group-by': 'actor',
    top: 4,
    heading: 'group-by="actor" top="4": an event between two actors is a dot of each colour',
  },
  parameters: { expect: { groups: 5 } },
};
