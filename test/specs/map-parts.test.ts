import { expect } from '@open-wc/testing';
import { fr } from '../../src/locale/fr.js';
import { mapParts, wrapLines } from '../../src/specs/map-parts.js';
import { DARK_TOKENS } from '../../src/themes/tokens.js';
import { specContext } from './spec-context.js';

describe('wrapLines', () => {
  it('wraps each caption line at spaces to the width, losing no word', () => {
    const line = 'Hollow dots: approximate location (a region or a line between places, not a point).';
    const wrapped = wrapLines([line, 'Short.'], 200);
    expect(wrapped.length).to.be.greaterThan(2);
    expect(wrapped.every((part) => part.length * 6 <= 200 - 8)).to.equal(true);
    expect(wrapped.slice(0, -1).join(' ')).to.equal(line);
    expect(wrapped.at(-1)).to.equal('Short.');
    expect(wrapLines([line], 800)).to.deep.equal([line]);
  });
});

describe('mapParts', () => {
  const dot = { country: 'Mali', place: 'Mopti', latitude: 14.5, longitude: -4.2, value: 3 };

  it('credits Natural Earth on every map, and says what hollow dots and shading mean only when they are drawn', () => {
    const points = mapParts([dot], { ...specContext(), mark: 'points', groupTitle: '' });
    expect(points.caption).to.deep.equal(['Map: Natural Earth, which draws de facto borders']);
    const hollow = mapParts([{ ...dot, approximate: true }], { ...specContext(), mark: 'points', groupTitle: '' });
    expect(hollow.caption.join(' ')).to.include('Hollow dots: approximate location');
    const countries = mapParts([{ country: 'Mali', iso: '466', value: 3 }], {
      ...specContext(),
      mark: 'countries',
      groupTitle: '',
      notOnMap: 'Atlantis 2',
    });
    expect(countries.caption.join(' ')).to.equal(
      'Map: Natural Earth, which draws de facto borders Shading shows counts, not rates. Grey: no data. Not on the map (name not recognised): Atlantis 2.',
    );
  });

  it('speaks French and shades from dark to light on a dark background, the largest brightest', () => {
    const context = { ...specContext(), locale: fr, tokens: DARK_TOKENS, mark: 'countries' as const, groupTitle: '' };
    const parts = mapParts([{ country: 'Mali', iso: '466', value: 3 }], context);
    expect(parts.caption[0]).to.equal('Carte : Natural Earth, qui trace les frontières de fait');
    const light = mapParts([{ country: 'Mali', iso: '466', value: 3 }], { ...context, tokens: specContext().tokens }).ramp;
    const luminance = (hex: string) =>
      [1, 3, 5].reduce((sum, i, k) => sum + [0.2126, 0.7152, 0.0722][k] * parseInt(hex.slice(i, i + 2), 16), 0);
    expect(luminance(parts.ramp[0])).to.be.lessThan(luminance(parts.ramp.at(-1)!));
    expect(luminance(light[0])).to.be.greaterThan(luminance(light.at(-1)!));
    // "No data" (the land colour) is not the colour of zero.
    expect(parts.land).not.to.equal(parts.ramp[0]);
  });
});
