import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { ADMIN1, NIGERIA, UCDP_SAMPLE_CREDIT, WEST_AFRICA } from '../support/datasets.ts';
import { chartArgTypes } from '../support/manifest.ts';
import { renderChart } from '../support/render-chart.ts';

/**
 * `boundaries`: a desk's own regions (here Natural Earth's states of Nigeria and regions of Mali
 * and Niger), matched by name to UCDP's `adm_1` (`region-field`). `mark="regions"` shades them by
 * their count; over dots or countries, their outlines are drawn.
 */
const meta = {
  title: 'Conflict map/Own boundaries',
  component: 'conflict-map',
  render: (args) => renderChart('conflict-map', args),
  argTypes: chartArgTypes('conflict-map'),
  args: { src: NIGERIA, boundaries: ADMIN1, mark: 'regions' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

export const StatesShaded: Story = {
  args: { heading: 'mark="regions": lethal events per state of Nigeria, 2017–2019' },
};

export const FatalitiesFrenchDark: Story = {
  args: { measure: 'fatalities', locale: 'fr', theme: 'dark', heading: 'Morts par État du Nigeria, 2017–2019' },
};

export const PointsOverStates: Story = {
  args: { mark: 'points', 'group-by': 'event-type', heading: 'Dots over the states’ outlines' },
};

export const RegionsNotInTheFile: Story = {
  args: {
    src: WEST_AFRICA,
    source: UCDP_SAMPLE_CREDIT,
    heading: 'Burkina Faso’s regions are not in these boundaries: listed under the map, not dropped',
  },
};

export const ByYear: Story = {
  args: { 'small-multiples': 'year', heading: 'One map of the states per year' },
};

export const Narrow360: Story = {
  args: { heading: 'On a 360 px phone' },
  render: (args) => renderChart('conflict-map', args, { width: '360px' }),
};

export const ErrorNoBoundaries: Story = {
  args: { boundaries: undefined, heading: 'Error: mark="regions" without a boundaries file' },
  parameters: {
    expect: {
      status: 'error',
      text: 'This chart could not be drawn mark="regions" shades the regions of a boundaries file: set boundaries to its URL (TopoJSON or GeoJSON).',
    },
  },
};

export const ErrorBoundaryKey: Story = {
  args: { 'boundary-key': 'ADM1_EN', heading: 'Error: a boundary-key the regions do not have' },
  parameters: {
    expect: {
      status: 'error',
      text: 'This chart could not be drawn The regions of natural-earth-admin1-ng-ml-ne.topojson have no property "ADM1_EN": set boundary-key to one of name, name_fr, iso_3166_2, country.',
    },
  },
};
