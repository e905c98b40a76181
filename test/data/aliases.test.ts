import { expect } from '@open-wc/testing';
import { aliasActor, DEFAULT_ALIASES, isCivilian, mergeAliases } from '../../src/data/aliases.js';

const JOINT = 'JNIM: Group for Support of Islam and Muslims and/or Islamic State (Greater Sahara)';

describe('aliases', () => {
  it('gives the short names of renamed Sahel groups', () => {
    const cases: [string, string][] = [
      ['JNIM: Group for Support of Islam and Muslims', 'JNIM'],
      ['Islamic State (Greater Sahara)', 'IS Sahel'],
      ['Islamic State (West Africa) - Greater Sahara Faction', 'IS Sahel'],
      ['Islamic State Sahel Province', 'IS Sahel'],
      ['Islamic State West Africa Province', 'ISWAP'],
      ['Islamic State (West Africa)', 'ISWAP'],
      ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'Boko Haram (JAS)'],
      ['Boko Haram - Jamatu Ahli is-Sunnah lid-Dawati wal-Jihad', 'Boko Haram (JAS)'],
    ];
    for (const [name, alias] of cases) expect(aliasActor(name, DEFAULT_ALIASES), name).to.equal(alias);
  });

  it('keeps an and/or joint attribution as an actor of its own', () => {
    expect(aliasActor(JOINT, DEFAULT_ALIASES)).to.equal(JOINT);
  });

  it('matches ignoring case and surrounding spaces, and leaves unknown names alone', () => {
    expect(aliasActor(' islamic state sahel province ', DEFAULT_ALIASES)).to.equal('IS Sahel');
    expect(aliasActor('Koglweogo', DEFAULT_ALIASES)).to.equal('Koglweogo');
    expect(aliasActor('constructor', DEFAULT_ALIASES)).to.equal('constructor');
  });

  it('lets custom aliases extend and override the defaults', () => {
    const aliases = mergeAliases({ IS: 'Islamic State', 'Islamic State Sahel Province': 'ISSP' });
    expect(aliasActor('IS', aliases)).to.equal('Islamic State');
    expect(aliasActor('Islamic State Sahel Province', aliases)).to.equal('ISSP');
    expect(aliasActor('Islamic State (Greater Sahara)', aliases)).to.equal('IS Sahel');
    // Merging the author's aliases leaves the built-in ones as the README documents them.
    const builtIn = mergeAliases();
    for (const [raw, shown] of [
      ['JNIM: Group for Support of Islam and Muslims', 'JNIM'],
      ['Islamic State (Greater Sahara)', 'IS Sahel'],
      ['Islamic State (West Africa) - Greater Sahara Faction', 'IS Sahel'],
      ['Islamic State Sahel Province', 'IS Sahel'],
      ['Islamic State West Africa Province', 'ISWAP'],
      ["Jama'atu Ahlis Sunna Lidda'awati wal-Jihad", 'Boko Haram (JAS)'],
    ]) {
      expect(aliasActor(raw, builtIn), raw).to.equal(shown);
    }
    expect(aliasActor('IS', builtIn)).to.equal('IS');
    // A custom alias equal to a built-in name ignoring case wins for names matched that way.
    const shouted = mergeAliases({ 'ISLAMIC STATE SAHEL PROVINCE': 'ISSP' });
    expect(aliasActor(' islamic state sahel province', shouted)).to.equal('ISSP');
    expect(aliasActor('Islamic State Sahel Province', shouted)).to.equal('IS Sahel');
  });

  it('recognises civilians with or without a country', () => {
    for (const name of ['Civilians', 'Civilians (Mali)', 'Civilians (International)', 'civilians (Burkina Faso)']) {
      expect(isCivilian(name), name).to.equal(true);
    }
    for (const name of ['Civilian militia', 'Protesters (Mali)', 'JNIM', 'Civiliansfoo']) {
      expect(isCivilian(name), name).to.equal(false);
    }
  });
});
