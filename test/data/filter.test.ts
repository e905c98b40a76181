import { expect } from '@open-wc/testing';
import { actorMatches, nameSet } from '../../src/data/filter.js';

describe('data/filter', () => {
  it('nameSet: trimmed, lower-cased names; null when nothing is asked for', () => {
    expect(nameSet([' Mali', 'BURKINA FASO '])).to.deep.equal(new Set(['mali', 'burkina faso']));
    expect(nameSet([])).to.equal(null);
    expect(nameSet(undefined)).to.equal(null);
  });

  it('actorMatches: by the raw name or the aliased one, ignoring case and spaces', () => {
    const aliases = { 'jnim: group for support of islam and muslims': 'JNIM' };
    const wanted = nameSet(['jnim'])!;
    expect(actorMatches('JNIM: Group for Support of Islam and Muslims', wanted, aliases)).to.equal(true);
    expect(actorMatches('  jnim ', wanted, {})).to.equal(true);
    expect(actorMatches('Islamic State Sahel Province', wanted, aliases)).to.equal(false);
    expect(actorMatches('JNIM: Group for Support of Islam and Muslims', nameSet(['JNIM: group for support of Islam and Muslims'])!, {})).to.equal(true);
  });
});
