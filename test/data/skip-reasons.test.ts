import { expect } from '@open-wc/testing';
import * as reasons from '../../src/data/skip-reasons.js';
import { loadLocale } from '../../src/locale/registry.js';

describe('skip reasons', () => {
  const all: string[] = Object.values(reasons).filter((value) => typeof value === "string");

  it('are ten distinct phrases a reader understands (README: "nothing silently dropped")', () => {
    expect(new Set(all).size).to.equal(all.length);
    expect([...all].sort()).to.deep.equal([
      // A map's events without a place.
      'coordinates missing or invalid',
      'country missing',
      'date missing',
      'date not recognised',
      // date-precision="exact": dated only to a week, month or year.
      'date only approximate',
      'fatalities missing',
      'fatalities not a number',
      'location known only to the country',
      'value missing',
      'value not a number',
    ]);
  });

  it('each has its French wording, so a French note never falls back to English', async () => {
    const fr = await loadLocale('fr');
    for (const reason of all) expect(fr.strings.skipReasons[reason], reason).to.be.a('string').and.not.equal(reason);
  });
});
