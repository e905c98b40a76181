import { expect } from '@open-wc/testing';
import { geoArea } from 'd3-geo';
import { isBoundaries, readBoundaries } from '../../../src/data/geo/boundaries.js';
import { DataError } from '../../../src/errors/data-error.js';

const FILE = '/data/natural-earth-admin1-ng-ml-ne.topojson';

/** A square region, its outer ring counter-clockwise as RFC 7946 writes it (and geoBoundaries publishes). */
const square = (name: string, west: number, south: number) => ({
  type: 'Feature',
  properties: { shapeName: name, shapeISO: 'XX' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [west, south],
        [west + 1, south],
        [west + 1, south + 1],
        [west, south + 1],
        [west, south],
      ],
    ],
  },
});

describe('readBoundaries', () => {
  it('reads the TopoJSON file’s regions, named by its `name` property, with their extents', async () => {
    const text = await (await fetch(FILE)).text();
    const topology = JSON.parse(text);
    const boundaries = readBoundaries(text, 'admin1.topojson');
    expect(isBoundaries(boundaries)).to.equal(true);
    expect(boundaries.key).to.equal('name');
    expect(boundaries.features).to.have.length(topology.objects.regions.geometries.length);
    const borno = boundaries.features.find((f) => f.properties.name === 'Borno')!;
    expect(borno.id).to.equal('borno');
    // Borno lies between 10° and 14° N, 11.5° and 14.7° E.
    const [west, south, east, north] = boundaries.boxes.get('borno')!;
    expect(west).to.be.within(11, 12.2);
    expect(east).to.be.within(14.4, 15);
    expect(south).to.be.within(9.5, 10.5);
    expect(north).to.be.within(13.6, 14.2);
    // Every region is smaller than a hemisphere as d3-geo reads it: wound the way projections expect.
    // (The largest, Tombouctou, is 0.012 steradians; the sphere is 4π.)
    for (const f of boundaries.features) expect(geoArea(f as never)).to.be.below(0.1);
  });

  it('reverses GeoJSON regions wound the RFC 7946 way, and takes geoBoundaries’ shapeName', () => {
    const collection = { type: 'FeatureCollection', features: [square('Alpha', 0, 10), square('Beta', 1, 10)] };
    expect(geoArea(collection.features[0] as never)).to.be.above(2 * Math.PI);
    const boundaries = readBoundaries(collection, 'regions.geojson');
    expect(boundaries.key).to.equal('shapeName');
    expect(boundaries.features.map((f) => f.id)).to.deep.equal(['alpha', 'beta']);
    for (const f of boundaries.features) expect(geoArea(f as never)).to.be.below(0.001);
    expect(boundaries.boxes.get('beta')).to.deep.equal([1, 10, 2, 11]);
  });

  it('uses the boundary-key given, and names the properties there are when it is not one', () => {
    const collection = { type: 'FeatureCollection', features: [square('Alpha', 0, 10)] };
    expect(readBoundaries(collection, 'regions.geojson', 'shapeISO').features[0].id).to.equal('xx');
    let error: unknown;
    try {
      readBoundaries(collection, 'regions.geojson', 'ADM1_EN');
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(DataError);
    expect((error as DataError).code).to.equal('boundaryKeyMissing');
    expect((error as Error).message).to.equal(
      'The regions of regions.geojson have no property "ADM1_EN": set boundary-key to one of shapeName, shapeISO.',
    );
  });

  it('refuses what is not TopoJSON or GeoJSON, naming the file', () => {
    expect(() => readBoundaries('{"rows": []}', 'regions.json')).to.throw('regions.json has no regions');
    expect(() => readBoundaries('<html>', 'regions.json')).to.throw(/regions\.json.*JSON/);
    expect(() => readBoundaries([{ type: 'Feature', properties: {}, geometry: null }], 'empty.json')).to.throw(
      'empty.json has no regions',
    );
  });
});
