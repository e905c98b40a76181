import { expect } from '@open-wc/testing';
import { boundariesOf, readBoundaryFile, regionsNotOnMap } from '../../src/charts/map-regions.js';
import { isBoundaries } from '../../src/data/geo/boundaries.js';
import { en } from '../../src/locale/en.js';
import { fr } from '../../src/locale/fr.js';
import { resolveOptions } from '../../src/options/resolve.js';

const FILE = '/data/natural-earth-admin1-ng-ml-ne.topojson';
const mapOptions = (more: Record<string, unknown>) => resolveOptions('conflict-map', more);

describe('the map’s own regions', () => {
  it('reads the boundaries file once, by its URL, and names it by its file name', async () => {
    const asked: string[] = [];
    const read = async (url: string) => (asked.push(url), (await fetch(url)).text());
    const options = await readBoundaryFile(mapOptions({ mark: 'regions', boundaries: `${FILE}?v=2` }), read);
    expect(asked).to.deep.equal([`${FILE}?v=2`]);
    expect(isBoundaries(options.boundaries)).to.equal(true);
    const boundaries = boundariesOf(options)!;
    expect(boundaries.name).to.equal('natural-earth-admin1-ng-ml-ne.topojson');
    expect(boundaries.boxes.has('borno')).to.equal(true);
  });

  it('reads a parsed file given as a property once per key', async () => {
    const topology = await (await fetch(FILE)).json();
    const options = mapOptions({ mark: 'regions', boundaries: topology });
    expect(boundariesOf(options)).to.equal(boundariesOf(options));
    expect(boundariesOf({ ...options, boundaryKey: 'iso_3166_2' })!.boxes.has('ng bo')).to.equal(true);
  });

  it('refuses mark="regions" without boundaries, and draws other maps without them', () => {
    expect(() => boundariesOf(mapOptions({ mark: 'regions' }))).to.throw(
      'mark="regions" shades the regions of a boundaries file',
    );
    expect(boundariesOf(mapOptions({ mark: 'points' }))).to.equal(undefined);
    // The synchronous Node API given a URL it has not read.
    expect(() => boundariesOf(mapOptions({ mark: 'regions', boundaries: FILE }))).to.throw(/boundaries/);
  });

  it('names the regions that matched no boundary, in the reader’s language', () => {
    const rows = [
      { country: 'Nigeria', region: 'Borno state', regionKey: 'borno', value: 9 },
      { country: 'Burkina Faso', region: 'Sahel region', value: 1200 },
      { country: 'Mali', region: '', value: 1 },
    ];
    expect(regionsNotOnMap(rows, en)).to.equal('Sahel region (Burkina Faso) 1,200, (no region) 1');
    expect(regionsNotOnMap(rows, fr)).to.equal('Sahel region (Burkina Faso) 1\u202f200, (sans région) 1');
    expect(regionsNotOnMap(rows.slice(0, 1), en)).to.equal(undefined);
  });
});
