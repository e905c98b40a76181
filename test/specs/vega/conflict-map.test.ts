import { expect } from '@open-wc/testing';
import { readBoundaries } from '../../../src/data/geo/boundaries.js';
import type { MapRow } from '../../../src/data/types.js';
import { fr } from '../../../src/locale/fr.js';
import { conflictMapSpec, conflictMapVegaSpec, type MapSpecOptions } from '../../../src/specs/conflict-map-spec.js';
import { chartConfig } from '../../../src/themes/config.js';
import { DARK_TOKENS } from '../../../src/themes/tokens.js';
import { specContext } from '../spec-context.js';
import { itDrawsTheSamePicture } from './same-picture.js';
import { sceneOfVega, type SceneItem } from './scenegraph.js';
import type { SpecPair } from './seeded-cases.js';

// Real places of the UCDP Nigeria and West Africa files (coordinates as UCDP publishes them).
const dots: MapRow[] = [
  {
    country: 'Nigeria',
    place: 'Maiduguri town',
    latitude: 11.84644,
    longitude: 13.160274,
    group: 'One-sided violence',
    value: 32,
  },
  {
    country: 'Nigeria',
    place: 'Borno state',
    latitude: 11.5,
    longitude: 13,
    approximate: true,
    group: 'State-based conflict',
    value: 12,
  },
  {
    country: 'Mali',
    place: 'Boulikessi village',
    latitude: 14.79832,
    longitude: -1.302596,
    group: 'State-based conflict',
    value: 3,
  },
  { country: 'Burkina Faso', place: 'Djibo town', latitude: 14.1, longitude: -1.63, group: 'Non-state conflict', value: 1 },
];
const countries: MapRow[] = [
  { country: 'Burkina Faso', iso: '854', value: 124 },
  { country: 'Mali', iso: '466', value: 71 },
  { country: 'Niger', iso: '562', value: 0 },
  { country: 'Atlantis', value: 2 },
];

// Natural Earth's states of Nigeria (and Mali's and Niger's regions), as a desk's own boundaries.
const boundaries = readBoundaries(await (await fetch('/data/natural-earth-admin1-ng-ml-ne.topojson')).text(), 'admin1.topojson');
const regions = { name: boundaries.name, features: boundaries.features, boxes: boundaries.boxes };
// The Nigeria file's counts by adm_1 (the largest four), and a region no boundary has.
const regionRows: MapRow[] = [
  { country: 'Nigeria', region: 'Borno state', regionKey: 'borno', value: 912 },
  { country: 'Nigeria', region: 'Benue state', regionKey: 'benue', value: 104 },
  { country: 'Nigeria', region: 'Plateau state', regionKey: 'plateau', value: 97 },
  { country: 'Nigeria', region: 'Adamawa state', regionKey: 'adamawa', value: 81 },
  { country: 'Burkina Faso', region: 'Sahel region', value: 2 },
];

function pair(name: string, rows: MapRow[], options: Partial<MapSpecOptions>): SpecPair {
  const context = { ...specContext(), mark: 'points', groupTitle: 'Event type', ...options } as MapSpecOptions;
  return { name, vegaLite: conflictMapSpec(rows, context), vega: conflictMapVegaSpec(rows, context) } as SpecPair;
}

const tooltipOf = (item: SceneItem) => JSON.parse(String(item.tooltip)) as Record<string, string>;

const ungrouped = dots.map(({ group: _group, ...row }) => row);

describe('conflictMapVegaSpec draws what conflictMapSpec compiles to', () => {
  itDrawsTheSamePicture([
    pair('map points grouped w800 light en', dots, { width: 800 }),
    pair('map points w360 light en', ungrouped, { width: 360 }),
    pair(
      'map points exact only w480',
      dots.filter((row) => !row.approximate),
      { width: 480 },
    ),
    pair('map points grouped w320 dark fr', dots, {
      width: 320,
      tokens: DARK_TOKENS,
      locale: fr,
      config: chartConfig(DARK_TOKENS, fr),
      groupTitle: 'Type d’événement',
    }),
    pair('map countries w800 light en', countries, { width: 800, mark: 'countries', notOnMap: 'Atlantis 2' }),
    pair('map regions w800 light en', regionRows, {
      width: 800,
      mark: 'regions',
      regions,
      notInBoundaries: 'Sahel region (Burkina Faso) 2',
    }),
    pair('map points over own regions w480', ungrouped, { width: 480, regions }),
    pair('map countries under own regions w360 dark fr', countries.slice(0, 3), {
      width: 360,
      mark: 'countries',
      regions,
      tokens: DARK_TOKENS,
      locale: fr,
      config: chartConfig(DARK_TOKENS, fr),
    }),
    pair('map countries w360 dark fr', countries.slice(0, 3), {
      width: 360,
      mark: 'countries',
      tokens: DARK_TOKENS,
      locale: fr,
      config: chartConfig(DARK_TOKENS, fr),
    }),
  ]);
});

describe('the map', () => {
  it('draws a dot per row, hollow where approximate, largest first, over the countries around them only', async () => {
    const scene = await sceneOfVega(conflictMapVegaSpec(dots, { ...specContext(), mark: 'points', groupTitle: 'Event type' }));
    const shapes = scene.filter((item) => item.path.endsWith('/shape:mark'));
    const symbols = scene.filter((item) => item.path.endsWith('/symbol:mark'));
    // Nigeria, Mali, Burkina Faso, their neighbours: not the atlas's 177 countries, most of them off the map.
    expect(shapes.length).to.be.within(6, 40);
    expect(symbols.map((item) => tooltipOf(item).Place)).to.deep.equal(dots.map((row) => row.place));
    expect(symbols.map((item) => item.fillOpacity)).to.deep.equal([0.6, 0, 0.6, 0.6]);
    // Area by value: 32 against 12 is the ratio of the dots' sizes.
    expect((symbols[0].size as number) / (symbols[1].size as number)).to.be.closeTo(32 / 12, 1e-9);
  });

  it('shades each country by its value, zero apart from no data, and names the countries it cannot draw', async () => {
    const options = { ...specContext(), mark: 'countries', groupTitle: '', notOnMap: 'Atlantis 2' } as MapSpecOptions;
    const scene = await sceneOfVega(conflictMapVegaSpec(countries, options));
    const shaded = scene.filter((item) => item.path.endsWith('/shape:mark') && item.tooltip);
    expect(shaded.map((item) => tooltipOf(item).Country)).to.deep.equal(['Burkina Faso', 'Mali', 'Niger']);
    const land = scene.find((item) => item.path.endsWith('/shape:mark') && !item.tooltip)!.fill;
    const [top, , zero] = shaded.map((item) => item.fill);
    expect(zero).not.to.equal(land);
    expect(top).not.to.equal(zero);
    const words = scene
      .filter((item) => typeof item.text === 'string' || Array.isArray(item.text))
      .map((item) => String(item.text));
    expect(words.join(' ')).to.include('Not on the map (name not recognised): Atlantis 2.');
    expect(words.join(' ')).to.include('Natural Earth');
    expect(words.join(' ')).to.include('counts, not rates');
  });

  it('shades the regions counted, names those no boundary has, and credits the boundaries file', async () => {
    const options = {
      ...specContext(),
      mark: 'regions',
      groupTitle: '',
      regions,
      notInBoundaries: 'Sahel region (Burkina Faso) 2',
    };
    const scene = await sceneOfVega(conflictMapVegaSpec(regionRows, options as MapSpecOptions));
    const shaded = scene.filter((item) => item.path.endsWith('/shape:mark') && item.tooltip);
    expect(shaded.map((item) => tooltipOf(item).Region)).to.deep.equal([
      'Borno state',
      'Benue state',
      'Plateau state',
      'Adamawa state',
    ]);
    const [borno, benue] = shaded.map((item) => item.fill);
    expect(borno).not.to.equal(benue);
    // Nigeria's other 33 states drawn as land (no events there), with the countries around.
    const land = scene.filter((item) => item.path.endsWith('/shape:mark') && !item.tooltip);
    expect(land.length).to.be.within(33 + 5, 54 + 40);
    expect(new Set(land.map((item) => item.fill)).size).to.equal(1);
    const words = scene
      .filter((item) => typeof item.text === 'string' || Array.isArray(item.text))
      .map((item) => String(item.text))
      .join(' ');
    expect(words).to.include('Regions: admin1.topojson');
    expect(words).to.include('Not on the map (no region of that name in the boundaries): Sahel region (Burkina Faso) 2.');
  });

  it('fits the regions counted, not the boundaries’ whole extent', () => {
    const spec = conflictMapVegaSpec(regionRows.slice(0, 1), {
      ...specContext(),
      mark: 'regions',
      groupTitle: '',
      regions,
    }) as unknown as {
      projections: { fit: { geometry: { coordinates: [number, number][] } } }[];
    };
    const longitudes = spec.projections[0].fit.geometry.coordinates.map(([lon]) => lon);
    // Borno spans about 11.6° to 14.7° E: with its margin, nowhere near Mali's 12° W.
    expect(Math.min(...longitudes)).to.be.above(9);
    expect(Math.max(...longitudes)).to.be.below(17);
  });

  it('names the countries where their names fit, inside the map, under the dots', async () => {
    const labelsAt = async (width: number) => {
      const scene = await sceneOfVega(conflictMapVegaSpec(dots, { ...specContext(), width, mark: 'points', groupTitle: '' }));
      const texts = scene.filter((item) => item.path.endsWith('/text:mark'));
      const dotsAt = scene.findIndex((item) => item.path.endsWith('/symbol:mark'));
      // Each name twice: its halo, then the name; both drawn before the first dot.
      const lastText = scene.map((item) => item.path.endsWith('/text:mark')).lastIndexOf(true);
      expect(lastText).to.be.below(dotsAt);
      return texts.filter((_, i) => i >= texts.length / 2);
    };
    const wide = await labelsAt(800);
    const names = wide.map((item) => String(item.text));
    expect(names).to.include.members(['Nigeria', 'Niger', 'Burkina Faso']);
    expect(names).not.to.include('Russia');
    for (const item of wide) {
      expect(item.x as number, String(item.text)).to.be.within(0, 800);
      expect(item.y as number, String(item.text)).to.be.within(0, 360);
    }
    // A phone's map has room for fewer names.
    expect((await labelsAt(320)).length).to.be.below(wide.length);
  });

  it('fits the projection to the data, not the world', () => {
    const spec = conflictMapVegaSpec(dots, { ...specContext(), mark: 'points', groupTitle: '' }) as unknown as {
      projections: { fit: { geometry: { coordinates: [number, number][] } } }[];
    };
    const points = spec.projections[0].fit.geometry.coordinates;
    const longitudes = points.map(([lon]) => lon);
    const latitudes = points.map(([, lat]) => lat);
    // The dots span 1.63° W to 13.16° E and 11.5° to 14.8° N; a tenth of the span (at least 1°) around them.
    expect(Math.min(...longitudes)).to.be.closeTo(-1.63 - 1.479, 0.01);
    expect(Math.max(...longitudes)).to.be.closeTo(13.160274 + 1.479, 0.01);
    expect(Math.min(...latitudes)).to.be.closeTo(11.5 - 1.35, 0.01);
    expect(Math.max(...latitudes)).to.be.closeTo(14.79832 + 1.35, 0.01);
  });
});
